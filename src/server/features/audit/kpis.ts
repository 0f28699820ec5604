/**
 * An account's figures over a window, computed by the core (src/core/audit) from the stored posts.
 * The formulas are in docs/metrics.md; nothing here computes a figure of its own.
 */
import { and, asc, eq, gte, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { bestTimeCellsOf } from '#core/audit/best-times.ts';
import type { FlagThresholds } from '#core/audit/flags.ts';
import { computeKpis, kpisJson } from '#core/audit/kpis.ts';
import type { ImportedPost, Platform, PostType } from '#core/audit/model.ts';
import { AUDIENCE_BASIS } from '#core/audit/post-values.ts';
import { REFERENCE_FIGURES } from '#core/audit/references.ts';
import type { KpiContextQuery, KpiQuery } from '#core/audit/schemas.ts';
import { selectPosts } from '#core/audit/selection.ts';
import { bestAndWorst, RANKED_CAPTION_CHARS, type RankedPost, weeklySeries } from '#core/audit/series.ts';
import { parseWindowBound } from '#core/audit/window.ts';
import type { Scope } from '../../auth/actor.ts';
import { type Database, queryRows } from '../../db/client.ts';
import { followerSnapshots, socialPosts } from '../../db/schema.ts';
import { loadAccount } from './access.ts';
import type { AccountRow } from './import.ts';
import { programmeThresholds } from './thresholds.ts';

type Query = z.output<typeof KpiQuery>;

/** Metric columns in the order `ownPosts` reads them. */
const METRICS = [
  'views',
  'reach',
  'likes',
  'reactions',
  'comments',
  'shares',
  'saves',
  'follows',
  'clicks',
] as const satisfies readonly (keyof ImportedPost['metrics'])[];

/**
 * The account's own posts, narrowed in SQL to the window when its bounds are given, with what the figures
 * need: id, instant, type and metrics. Texts (caption, permalink, type label, owner) are left null; the
 * audit page loads them for the few posts it lists (`withTexts`).
 *
 * The posts arrive as one text of one line per post rather than as rows: reading 100,000 rows of a dozen
 * columns through the driver costs seconds on PGlite, one text a fraction of that (bench/audit.ts).
 * A line is `epoch ms,type,views,…,clicks,"id as JSON"`; an empty field is a null metric, and the id
 * comes last, JSON-quoted, so a comma or line break inside it cannot shift a field.
 */
async function ownPosts(db: Database, account: AccountRow, query: Query): Promise<ImportedPost[]> {
  const conditions: SQL[] = [eq(socialPosts.accountId, account.id), eq(socialPosts.own, true)];
  if (query.from)
    conditions.push(
      gte(socialPosts.publishedAt, new Date(parseWindowBound(query.from, account.timeZone, 'from'))),
    );
  if (query.to)
    conditions.push(
      lt(socialPosts.publishedAt, new Date(parseWindowBound(query.to, account.timeZone, 'to'))),
    );
  const metrics = sql.raw(METRICS.map((m) => `coalesce(${m}::text, '')`).join(', '));
  const [row] = await queryRows<{ posts: string | null }>(
    db,
    sql`select string_agg(concat_ws(',', floor(extract(epoch from published_at) * 1000)::bigint, type,
      ${metrics}, to_json(platform_post_id)), E'\\n') as posts
    from ${socialPosts} where ${and(...conditions)}`,
  );
  const text = row?.posts ?? null;
  if (text === null || text === '') return [];
  const posts: ImportedPost[] = [];
  for (const line of text.split('\n')) {
    let at = 0;
    const next = () => {
      const comma = line.indexOf(',', at);
      const field = line.slice(at, comma);
      at = comma + 1;
      return field;
    };
    const publishedAt = Number(next());
    const type = next() as PostType;
    const values = METRICS.map(() => {
      const field = next();
      return field === '' ? null : Number(field);
    });
    const id = line.slice(at);
    posts.push({
      // Ids are digits or paths in practice: only an id with escapes needs the JSON parser.
      platformPostId: id.includes('\\') ? (JSON.parse(id) as string) : id.slice(1, -1),
      ownerAccountId: null,
      ownerHandle: null,
      publishedAt,
      type,
      typeLabel: null,
      caption: null,
      permalink: null,
      durationSeconds: null,
      metrics: {
        views: values[0] ?? null,
        reach: values[1] ?? null,
        likes: values[2] ?? null,
        reactions: values[3] ?? null,
        comments: values[4] ?? null,
        shares: values[5] ?? null,
        saves: values[6] ?? null,
        follows: values[7] ?? null,
        clicks: values[8] ?? null,
      },
    });
  }
  return posts;
}

/** The listed posts with their caption and permalink, which `ownPosts` leaves out. */
async function withTexts(db: Database, accountId: string, listed: RankedPost[]): Promise<RankedPost[]> {
  if (listed.length === 0) return listed;
  const rows = await db
    .select({
      id: socialPosts.platformPostId,
      caption: socialPosts.caption,
      permalink: socialPosts.permalink,
    })
    .from(socialPosts)
    .where(
      and(
        eq(socialPosts.accountId, accountId),
        inArray(
          socialPosts.platformPostId,
          listed.map((p) => p.id),
        ),
      ),
    );
  const texts = new Map(rows.map((r) => [r.id, r]));
  return listed.map((p) => {
    const found = texts.get(p.id);
    return {
      ...p,
      caption: found?.caption == null ? null : found.caption.slice(0, RANKED_CAPTION_CHARS),
      permalink: found?.permalink ?? null,
    };
  });
}

async function snapshotsOf(db: Database, accountId: string) {
  return db
    .select({ date: followerSnapshots.date, followers: followerSnapshots.followers })
    .from(followerSnapshots)
    .where(eq(followerSnapshots.accountId, accountId))
    .orderBy(asc(followerSnapshots.date));
}

/**
 * The KPIs exactly as the CLI prints them (`lantang audit kpis --json`); `kpis` is null for an account
 * without posts when the window is not given whole (there is no first and last post to default to).
 */
export async function kpisOfAccount(
  db: Database,
  account: AccountRow,
  query: Query,
  thresholds: Partial<FlagThresholds> = {},
) {
  const [posts, followers] = await Promise.all([ownPosts(db, account, query), snapshotsOf(db, account.id)]);
  const input = {
    posts,
    platform: account.platform as Platform,
    timeZone: account.timeZone,
    window: { from: query.from, to: query.to },
    followers,
    account: account.handle,
    thresholds,
  };
  const kpis = posts.length === 0 && !(query.from && query.to) ? null : computeKpis(input);
  return { input, kpis };
}

/** Everything the account's audit page shows: the KPIs, the heatmap, the weekly series and the posts. */
export async function accountAudit(scope: Scope, id: string, query: z.output<typeof KpiContextQuery>) {
  const { account } = await loadAccount(scope, id);
  const platform = account.platform as Platform;
  const thresholds = await programmeThresholds(scope, query.programme, platform);
  const window = { ...(query.from ? { from: query.from } : {}), ...(query.to ? { to: query.to } : {}) };
  const { input, kpis } = await kpisOfAccount(scope.db, account, window, thresholds);
  if (!kpis) return { kpis: null, references: REFERENCE_FIGURES.filter((r) => r.platform === platform) };
  const { posts } = selectPosts({
    ...input,
    window: { from: new Date(kpis.window.from).toISOString(), to: new Date(kpis.window.to).toISOString() },
  });
  const ranked = bestAndWorst(posts);
  return {
    kpis: kpisJson(kpis),
    basis: AUDIENCE_BASIS[platform],
    followers: kpis.followers,
    growth: kpis.growth,
    thresholds: kpis.thresholds,
    didNotTravel: kpis.didNotTravel,
    bestTimes: bestTimeCellsOf(posts, account.timeZone),
    weeks: weeklySeries(posts, kpis.window, account.timeZone),
    posts: {
      best: await withTexts(scope.db, account.id, ranked.best),
      worst: await withTexts(scope.db, account.id, ranked.worst),
    },
    references: REFERENCE_FIGURES.filter((r) => r.platform === platform),
  };
}
