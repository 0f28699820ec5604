/**
 * Importing an export file into an account: streamed, in batches, all or nothing. The file is read once;
 * posts go to the database in batches inside one transaction while every row is accounted for, and a file
 * with any rejected row (or a problem with the file as a whole) is rolled back after every rejection has
 * been listed. Parsing is the core's (src/core/audit/import); this module only stores.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { type ImportOptions, type ImportSource, openImport } from '#core/audit/import/import-file.ts';
import type { FileProblem, ImportFormat, ImportRow, Rejection } from '#core/audit/import/outcome.ts';
import { isForeignPost, type OwnAccount } from '#core/audit/import/owner.ts';
import type { ImportReport } from '#core/audit/import/report.ts';
import { ImportSummariser, type ImportSummary } from '#core/audit/import/summary.ts';
import {
  type DailyValue,
  type FollowerSnapshot,
  type ImportedPost,
  METRIC_KEYS,
  type Platform,
} from '#core/audit/model.ts';
import { normaliseHandle } from '#core/audit/schemas.ts';
import { type Database, queryRows } from '../../db/client.ts';
import {
  auditImports,
  dailyMetrics,
  followerSnapshots,
  socialAccounts,
  socialPosts,
} from '../../db/schema.ts';
import { markPostsChanged, postDigest } from './post-digest.ts';

export type AccountRow = typeof socialAccounts.$inferSelect;

export type { ImportReport };

/** An account to create inside the import's transaction (so a refused file leaves nothing behind). */
export interface NewAccount {
  organisationId: string;
  platform: Platform;
  handle: string;
  displayName: string;
  timeZone: string;
}

/**
 * Posts per statement. A batch travels as one array parameter per column (see `storePosts`), so Postgres'
 * limit of 65,535 bind parameters does not apply; 2,000 keeps each statement to a few hundred kilobytes.
 */
const BATCH = 2000;
const SAMPLE = 20;

/** Raised inside the transaction to roll it back once a file turns out to be refused. */
class Refused extends Error {}

/** Posts stored per owner (collab rows name another one): enough to count imported, updated and foreign. */
interface OwnerTally {
  ownerAccountId: string | null;
  ownerHandle: string | null;
  posts: number;
  inserted: number;
}

function reportOf(
  summary: ImportSummary,
  account: string,
  accountId: string | null,
  counts: { imported: number; updated: number; foreign: number },
  committed: boolean,
  sample: ImportedPost[],
): ImportReport {
  return {
    account,
    accountId,
    platform: summary.platform,
    format: summary.format,
    rows: summary.rows,
    imported: counts.imported,
    updated: counts.updated,
    skipped_foreign: counts.foreign,
    values: summary.values,
    snapshots: summary.snapshots,
    rejected: summary.rejected,
    rejected_count: summary.rejectedCount,
    problems: summary.problems,
    committed,
    sample,
    own_account: summary.ownAccount,
  };
}

const refusedSummary = (s: ImportSummary) =>
  s.rejectedCount > 0 || s.problems.length > 0 || s.format === 'unknown';

/**
 * Whose posts count as the account's own: its platform id once known (else the file's most frequent
 * owner's), and its handle. The preview and the import decide with this one rule.
 */
export function ownRule(
  account: Pick<AccountRow, 'platformAccountId' | 'handle'>,
  fileOwn: OwnAccount | null,
): { accountId: string | null; handle: string } {
  return { accountId: account.platformAccountId ?? fileOwn?.accountId ?? null, handle: account.handle };
}

/**
 * Reads a file without writing anything: what the preview shows, and the CLI's first look. Given the
 * account, the counts are the ones the import will report: own posts new to it, own posts it already has,
 * and posts of other accounts, decided by the same rule as the import.
 */
export async function previewImport(
  source: ImportSource,
  options: ImportOptions,
  against?: { db: Database; account: AccountRow },
) {
  const opened = await openImport(source, options);
  const summariser = new ImportSummariser(opened.detection);
  const sample: ImportedPost[] = [];
  const owners = new Map<
    string,
    { ownerAccountId: string | null; ownerHandle: string | null; ids: string[] }
  >();
  for await (const row of opened.rows) {
    summariser.add(row);
    if (row.kind !== 'post') continue;
    if (sample.length < SAMPLE) sample.push(row.post);
    if (!against) continue;
    const { ownerAccountId, ownerHandle, platformPostId } = row.post;
    const key = `${ownerAccountId ?? ''}|${ownerHandle?.toLowerCase() ?? ''}`;
    const owner = owners.get(key) ?? { ownerAccountId, ownerHandle, ids: [] };
    owner.ids.push(platformPostId);
    owners.set(key, owner);
  }
  const summary = summariser.result();
  if (!against) {
    const foreign = summary.foreignPosts;
    const counts = { imported: summary.posts - foreign, updated: 0, foreign };
    return reportOf(summary, '', null, counts, false, sample);
  }
  const own = ownRule(against.account, summary.ownAccount);
  const counts = { imported: 0, updated: 0, foreign: 0 };
  for (const owner of owners.values()) {
    if (isForeignPost(owner, own)) {
      counts.foreign += owner.ids.length;
      continue;
    }
    const known = await countKnown(against.db, against.account.id, owner.ids);
    counts.updated += known;
    counts.imported += owner.ids.length - known;
  }
  return reportOf(summary, against.account.handle, against.account.id, counts, false, sample);
}

/** How many of these post ids the account already has (in slices, to keep each statement small). */
async function countKnown(db: Database, accountId: string, ids: readonly string[]): Promise<number> {
  let known = 0;
  for (let i = 0; i < ids.length; i += 10_000) {
    const slice = ids.slice(i, i + 10_000);
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(socialPosts)
      .where(and(eq(socialPosts.accountId, accountId), inArray(socialPosts.platformPostId, slice)));
    known += Number(row?.n ?? 0);
  }
  return known;
}

/**
 * Stores a file in an account (created here when new). `metricsAsOf` dates the metrics (the export date,
 * else today in the account's zone): a post already known keeps whichever metrics are newer.
 */
export async function commitImport(
  db: Database,
  input: {
    account: AccountRow | NewAccount;
    source: ImportSource;
    options: ImportOptions;
    metricsAsOf: string;
    fileName: string;
    actorUserId: string | null;
  },
): Promise<ImportReport> {
  const opened = await openImport(input.source, input.options);
  const summariser = new ImportSummariser(opened.detection);
  const sample: ImportedPost[] = [];
  const label = input.account.handle;
  let result: { accountId: string; counts: { imported: number; updated: number; foreign: number } } | null =
    null;
  try {
    result = await db.transaction(async (tx) => {
      const account = 'id' in input.account ? input.account : await createAccount(tx, input.account);
      const fresh = 'id' in input.account ? await lockWithoutPosts(tx, account.id) : true;
      const tallies = new Map<string, OwnerTally>();
      let posts: ImportedPost[] = [];
      let values: DailyValue[] = [];
      const snapshots = new Map<string, FollowerSnapshot>();
      let writing = true;
      const flush = async () => {
        if (posts.length > 0) await storePosts(tx, account.id, posts, input.metricsAsOf, tallies, fresh);
        if (values.length > 0) await storeValues(tx, account.id, values);
        posts = [];
        values = [];
      };
      for await (const row of opened.rows as AsyncIterable<ImportRow>) {
        summariser.add(row);
        if (row.kind === 'rejected' || row.kind === 'problem') writing = false;
        if (!writing) continue; // keep reading: every rejection is listed, nothing more is written
        if (row.kind === 'post') {
          if (sample.length < SAMPLE) sample.push(row.post);
          posts.push(row.post);
        } else if (row.kind === 'values') {
          values.push(...row.values);
          if (row.followers) snapshots.set(row.followers.date, row.followers);
        }
        if (posts.length >= BATCH || values.length >= BATCH) await flush();
      }
      const summary = summariser.result();
      if (refusedSummary(summary)) throw new Refused();
      await flush();
      await storeSnapshots(tx, account.id, [...snapshots.values()], summary.format);
      const own = await settleOwnership(tx, account, summary.ownAccount);
      await markPostsChanged(tx, account.id);
      // The KPIs' digest of the posts is built here, once, rather than by the first page view after it.
      await postDigest(tx, account.id);
      const counts = { imported: 0, updated: 0, foreign: 0 };
      for (const t of tallies.values()) {
        if (isForeignPost(t, own)) counts.foreign += t.posts;
        else {
          counts.imported += t.inserted;
          counts.updated += t.posts - t.inserted;
        }
      }
      await tx.insert(auditImports).values({
        accountId: account.id,
        fileName: input.fileName.slice(0, 255),
        format: summary.format,
        rows: summary.rows,
        imported: counts.imported,
        updated: counts.updated,
        skippedForeign: counts.foreign,
        createdBy: input.actorUserId,
      });
      return { accountId: account.id, counts };
    });
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
  }
  const summary = summariser.result();
  if (!result) {
    return reportOf(summary, label, null, { imported: 0, updated: 0, foreign: 0 }, false, sample);
  }
  return reportOf(summary, label, result.accountId, result.counts, true, sample);
}

async function createAccount(tx: Database, account: NewAccount): Promise<AccountRow> {
  const [row] = await tx.insert(socialAccounts).values(account).returning();
  if (!row) throw new Error('account insert returned nothing');
  return row;
}

/**
 * The account's own platform id is learnt from its first file with owners; from then on a post is the
 * account's own when its owner matches. Every post of the account is re-marked in one statement.
 */
async function settleOwnership(tx: Database, account: AccountRow, fileOwn: OwnAccount | null) {
  const own = ownRule(account, fileOwn);
  if (!account.platformAccountId && own.accountId) {
    await tx
      .update(socialAccounts)
      .set({ platformAccountId: own.accountId })
      .where(eq(socialAccounts.id, account.id));
  }
  const foreign = own.accountId
    ? sql`owner_account_id is not null and owner_account_id <> ${own.accountId}`
    : sql`owner_handle is not null and lower(owner_handle) <> ${own.handle.toLowerCase()}`;
  // Only the posts whose mark changes are written: rewriting every row of a 100k-post account would cost
  // more than the import itself.
  await tx
    .update(socialPosts)
    .set({ own: sql`not (${foreign})` })
    .where(
      and(eq(socialPosts.accountId, account.id), sql`${socialPosts.own} is distinct from not (${foreign})`),
    );
  return own;
}

/**
 * The stored columns of a post as the batch sends them: one array per column, unnested into rows. Each
 * column with its SQL type and how a post gives its value, so names and values cannot drift apart.
 */
const POST_COLUMNS: ReadonlyArray<readonly [string, string, (p: ImportedPost) => unknown]> = [
  ['platform_post_id', 'text', (p) => p.platformPostId],
  ['owner_account_id', 'text', (p) => p.ownerAccountId],
  ['owner_handle', 'text', (p) => p.ownerHandle],
  ['published_at', 'timestamptz', (p) => new Date(p.publishedAt).toISOString()],
  ['type', 'text', (p) => p.type],
  ['type_label', 'text', (p) => p.typeLabel],
  ['caption', 'text', (p) => p.caption],
  ['permalink', 'text', (p) => p.permalink],
  ['duration_seconds', 'float8', (p) => p.durationSeconds],
  ...METRIC_KEYS.map((metric) => [metric, 'float8', (p: ImportedPost) => p.metrics[metric]] as const),
];

/** Columns a newer export replaces on a post already known. */
const REPLACED = sql.raw(
  [
    'owner_account_id',
    'owner_handle',
    'published_at',
    'type',
    'type_label',
    'caption',
    'permalink',
    'duration_seconds',
    ...METRIC_KEYS,
    'metrics_as_of',
    'imported_at',
  ]
    .map((column) => `${column} = excluded.${column}`)
    .join(', '),
);

/**
 * Serialises imports into one account (a second waits for the first's transaction) and tells whether the
 * account has no posts yet. While the lock is held no other import can add any, so a first import can
 * insert plainly instead of upserting.
 */
async function lockWithoutPosts(tx: Database, accountId: string): Promise<boolean> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${accountId}, 0))`);
  const [row] = await queryRows<{ known: boolean }>(
    tx,
    sql`select exists (select 1 from ${socialPosts} where account_id = ${accountId}::uuid) as known`,
  );
  return row?.known !== true;
}

/**
 * Writes a batch in one statement and adds to `tallies` how many posts of each owner it holds and how
 * many of those were new. The batch goes as one array parameter per column, unnested into rows, rather
 * than a VALUES list of 20 parameters a row (building and binding such a list costs more than the insert
 * itself) or one JSON document (which PGlite reads about a third slower; bench/audit.ts).
 *
 * Into an account without posts (`fresh`, see `lockWithoutPosts`) every post is new: the importers reject
 * a repeated id before it reaches a batch, so a plain INSERT cannot conflict. Otherwise the batch is
 * upserted and only counts per owner come back, not a row per post; a post whose stored metrics are newer
 * is left as it is and, like any post already known, counted as updated.
 */
async function storePosts(
  tx: Database,
  accountId: string,
  posts: readonly ImportedPost[],
  asOf: string,
  tallies: Map<string, OwnerTally>,
  fresh: boolean,
): Promise<void> {
  const arrays = POST_COLUMNS.map(
    ([, type, value]) => sql`${sql.param(posts.map(value))}::${sql.raw(type)}[]`,
  );
  const names = sql.raw(POST_COLUMNS.map(([name]) => name).join(', '));
  const read = sql.raw(POST_COLUMNS.map(([name]) => `r.${name}`).join(', '));
  const insert = sql`insert into ${socialPosts} (account_id, own, metrics_as_of, ${names})
    select ${accountId}::uuid, true, ${asOf}::date, ${read}
    from unnest(${sql.join(arrays, sql`, `)}) as r(${names})`;
  for (const p of posts) {
    const tally = tallyOf(tallies, p.ownerAccountId, p.ownerHandle);
    tally.posts++;
    if (fresh) tally.inserted++;
  }
  if (fresh) {
    await tx.execute(insert);
    return;
  }
  const counted = await queryRows<{
    owner_account_id: string | null;
    owner_handle: string | null;
    inserted: number;
  }>(
    tx,
    sql`with written as (
      ${insert}
      on conflict (account_id, platform_post_id) do update set ${REPLACED}
      -- Older metrics never replace newer ones; the post is still counted as known.
      where excluded.metrics_as_of >= ${socialPosts}.metrics_as_of
      returning owner_account_id, owner_handle, (xmax = 0) as inserted
    )
    select owner_account_id, owner_handle, (count(*) filter (where inserted))::int as inserted
    from written group by owner_account_id, owner_handle`,
  );
  for (const row of counted)
    tallyOf(tallies, row.owner_account_id, row.owner_handle).inserted += row.inserted;
}

function tallyOf(
  tallies: Map<string, OwnerTally>,
  ownerAccountId: string | null,
  ownerHandle: string | null,
) {
  // JSON of the pair: no separator character can make two different owners share a key.
  const key = JSON.stringify([ownerAccountId, ownerHandle]);
  let tally = tallies.get(key);
  if (!tally) {
    tally = { ownerAccountId, ownerHandle, posts: 0, inserted: 0 };
    tallies.set(key, tally);
  }
  return tally;
}

async function storeValues(tx: Database, accountId: string, values: DailyValue[]) {
  // A file may list a day twice (overlapping sections): the last value wins, as it would in the file.
  const unique = new Map(values.map((v) => [`${v.metric}|${v.date}`, v]));
  await tx
    .insert(dailyMetrics)
    .values([...unique.values()].map((v) => ({ accountId, metric: v.metric, date: v.date, value: v.value })))
    .onConflictDoUpdate({
      target: [dailyMetrics.accountId, dailyMetrics.metric, dailyMetrics.date],
      set: { value: sql`excluded.value` },
    });
}

async function storeSnapshots(
  tx: Database,
  accountId: string,
  snapshots: FollowerSnapshot[],
  format: ImportFormat,
) {
  if (snapshots.length === 0) return;
  await tx
    .insert(followerSnapshots)
    .values(snapshots.map((s) => ({ accountId, date: s.date, followers: s.followers, source: format })))
    .onConflictDoUpdate({
      target: [followerSnapshots.accountId, followerSnapshots.date],
      set: { followers: sql`excluded.followers`, source: sql`excluded.source` },
    });
}

/** The account of an organisation with this platform and handle, if there is one. */
export async function findAccount(db: Database, organisationId: string, platform: Platform, handle: string) {
  const [row] = await db
    .select()
    .from(socialAccounts)
    .where(
      and(
        eq(socialAccounts.organisationId, organisationId),
        eq(socialAccounts.platform, platform),
        eq(socialAccounts.handle, normaliseHandle(handle)),
      ),
    )
    .limit(1);
  return row ?? null;
}
