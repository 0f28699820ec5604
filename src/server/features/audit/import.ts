/**
 * Importing an export file into an account: streamed, in batches, all or nothing. The file is read once;
 * posts go to the database in batches inside one transaction while every row is accounted for, and a file
 * with any rejected row (or a problem with the file as a whole) is rolled back after every rejection has
 * been listed. Parsing is the core's (src/core/audit/import); this module only stores.
 */
import { and, eq, sql } from 'drizzle-orm';
import { type ImportOptions, type ImportSource, openImport } from '#core/audit/import/import-file.ts';
import type { FileProblem, ImportFormat, ImportRow, Rejection } from '#core/audit/import/outcome.ts';
import { isForeignPost, type OwnAccount } from '#core/audit/import/owner.ts';
import { ImportSummariser, type ImportSummary } from '#core/audit/import/summary.ts';
import type { DailyValue, FollowerSnapshot, ImportedPost, Platform } from '#core/audit/model.ts';
import { normaliseHandle } from '#core/audit/schemas.ts';
import type { Database } from '../../db/client.ts';
import {
  auditImports,
  dailyMetrics,
  followerSnapshots,
  socialAccounts,
  socialPosts,
} from '../../db/schema.ts';

export type AccountRow = typeof socialAccounts.$inferSelect;

/** An account to create inside the import's transaction (so a refused file leaves nothing behind). */
export interface NewAccount {
  organisationId: string;
  platform: Platform;
  handle: string;
  displayName: string;
  timeZone: string;
}

export interface ImportReport {
  account: string;
  accountId: string | null;
  platform: Platform | null;
  format: ImportFormat;
  rows: number;
  imported: number;
  updated: number;
  skipped_foreign: number;
  values: number;
  snapshots: number;
  rejected: Rejection[];
  rejected_count: number;
  problems: FileProblem[];
  /** True when the file was stored; false for a preview or a refused file. */
  committed: boolean;
  /** The first posts as read, for the preview. */
  sample: ImportedPost[];
  own_account: OwnAccount | null;
}

const BATCH = 1000;
const SAMPLE = 20;

/** Raised inside the transaction to roll it back once a file turns out to be refused. */
class Refused extends Error {}

interface Tally {
  postId: string;
  ownerAccountId: string | null;
  ownerHandle: string | null;
  inserted: boolean;
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

/** Reads a file without writing anything: what the preview shows, and the CLI's first look. */
export async function previewImport(source: ImportSource, options: ImportOptions, account = '') {
  const opened = await openImport(source, options);
  const summariser = new ImportSummariser(opened.detection);
  const sample: ImportedPost[] = [];
  for await (const row of opened.rows) {
    summariser.add(row);
    if (row.kind === 'post' && sample.length < SAMPLE) sample.push(row.post);
  }
  const summary = summariser.result();
  const foreign = summary.foreignPosts;
  return reportOf(
    summary,
    account,
    null,
    { imported: summary.posts - foreign, updated: 0, foreign },
    false,
    sample,
  );
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
      const tallies: Tally[] = [];
      let posts: ImportedPost[] = [];
      let values: DailyValue[] = [];
      const snapshots = new Map<string, FollowerSnapshot>();
      let writing = true;
      const flush = async () => {
        if (posts.length > 0) tallies.push(...(await storePosts(tx, account.id, posts, input.metricsAsOf)));
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
      const counts = { imported: 0, updated: 0, foreign: 0 };
      for (const t of tallies) {
        if (isForeignPost(t, own)) counts.foreign++;
        else if (t.inserted) counts.imported++;
        else counts.updated++;
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
  const own = {
    accountId: account.platformAccountId ?? fileOwn?.accountId ?? null,
    handle: account.handle,
  };
  if (!account.platformAccountId && own.accountId) {
    await tx
      .update(socialAccounts)
      .set({ platformAccountId: own.accountId })
      .where(eq(socialAccounts.id, account.id));
  }
  const foreign = own.accountId
    ? sql`owner_account_id is not null and owner_account_id <> ${own.accountId}`
    : sql`owner_handle is not null and lower(owner_handle) <> ${own.handle.toLowerCase()}`;
  await tx
    .update(socialPosts)
    .set({ own: sql`not (${foreign})` })
    .where(eq(socialPosts.accountId, account.id));
  return own;
}

async function storePosts(
  tx: Database,
  accountId: string,
  posts: ImportedPost[],
  asOf: string,
): Promise<Tally[]> {
  const rows = posts.map((p) => ({
    accountId,
    platformPostId: p.platformPostId,
    own: true,
    ownerAccountId: p.ownerAccountId,
    ownerHandle: p.ownerHandle,
    publishedAt: new Date(p.publishedAt),
    type: p.type,
    typeLabel: p.typeLabel,
    caption: p.caption,
    permalink: p.permalink,
    durationSeconds: p.durationSeconds,
    ...p.metrics,
    metricsAsOf: asOf,
  }));
  const newer = (column: string) => sql.raw(`excluded.${column}`);
  const returned = await tx
    .insert(socialPosts)
    .values(rows)
    .onConflictDoUpdate({
      target: [socialPosts.accountId, socialPosts.platformPostId],
      set: Object.fromEntries(
        [
          ['ownerAccountId', 'owner_account_id'],
          ['ownerHandle', 'owner_handle'],
          ['publishedAt', 'published_at'],
          ['type', 'type'],
          ['typeLabel', 'type_label'],
          ['caption', 'caption'],
          ['permalink', 'permalink'],
          ['durationSeconds', 'duration_seconds'],
          ['views', 'views'],
          ['reach', 'reach'],
          ['likes', 'likes'],
          ['reactions', 'reactions'],
          ['comments', 'comments'],
          ['shares', 'shares'],
          ['saves', 'saves'],
          ['follows', 'follows'],
          ['clicks', 'clicks'],
          ['metricsAsOf', 'metrics_as_of'],
          ['importedAt', 'imported_at'],
        ].map(([key, column]) => [key as string, newer(column as string)]),
      ),
      // Older metrics never replace newer ones; the post is still counted as known.
      setWhere: sql`excluded.metrics_as_of >= ${socialPosts.metricsAsOf}`,
    })
    .returning({ postId: socialPosts.platformPostId, inserted: sql<boolean>`(xmax = 0)` });
  const inserted = new Set(returned.filter((r) => r.inserted).map((r) => r.postId));
  return posts.map((p) => ({
    postId: p.platformPostId,
    ownerAccountId: p.ownerAccountId,
    ownerHandle: p.ownerHandle,
    inserted: inserted.has(p.platformPostId),
  }));
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
