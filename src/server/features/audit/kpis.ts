/**
 * An account's figures over a window, computed by the core (src/core/audit) from the stored posts.
 * The formulas are in docs/metrics.md; nothing here computes a figure of its own.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { bestTimeCellsOf } from '#core/audit/best-times.ts';
import type { FlagThresholds } from '#core/audit/flags.ts';
import { computeKpis, kpisJson } from '#core/audit/kpis.ts';
import type { ImportedPost, Platform } from '#core/audit/model.ts';
import { AUDIENCE_BASIS } from '#core/audit/post-values.ts';
import { REFERENCE_FIGURES } from '#core/audit/references.ts';
import type { KpiContextQuery, KpiQuery } from '#core/audit/schemas.ts';
import { selectPosts } from '#core/audit/selection.ts';
import { bestAndWorst, RANKED_CAPTION_CHARS, type RankedPost, weeklySeries } from '#core/audit/series.ts';
import { parseWindowBound } from '#core/audit/window.ts';
import type { Scope } from '../../auth/actor.ts';
import type { Database } from '../../db/client.ts';
import { followerSnapshots, socialPosts } from '../../db/schema.ts';
import { loadAccount } from './access.ts';
import type { AccountRow } from './import.ts';
import { postDigest, postsOfDigest } from './post-digest.ts';
import { programmeThresholds } from './thresholds.ts';

type Query = z.output<typeof KpiQuery>;

/**
 * The account's own posts in the window, with what the figures need: id, instant, type and metrics, read
 * from the account's post digest (post-digest.ts). Texts (caption, permalink, type label, owner) are left
 * null; the audit page loads them for the few posts it lists (`withTexts`).
 */
async function ownPosts(db: Database, account: AccountRow, query: Query): Promise<ImportedPost[]> {
  const from = query.from ? parseWindowBound(query.from, account.timeZone, 'from') : null;
  const to = query.to ? parseWindowBound(query.to, account.timeZone, 'to') : null;
  return postsOfDigest(await postDigest(db, account.id), from, to);
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
