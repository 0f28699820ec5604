import { sql } from 'drizzle-orm';
import { type Database, queryRows } from './client.ts';

/**
 * A backup is JSON lines: a header, then one line per row (`{"t":table,"r":row}`), tables in foreign-key
 * order. Rows are read with row_to_json in UTC, so a backup made on PGlite restores identically on
 * PostgreSQL and back. One table's rows are held in memory at a time.
 */
export const BACKUP_FORMAT = 'lantang-backup';
export const BACKUP_VERSION = 1;

/** Every table, parents before children. A test checks this list against the live database. */
export const BACKUP_TABLES = [
  'users',
  'organisations',
  'organisation_roles',
  'programmes',
  'programme_organisations',
  'teams',
  'programme_members',
  'agenda_days',
  'activities',
  'join_codes',
  'sessions',
  'invitations',
  'auth_failures',
  'audit_log',
  'app_settings',
  'assessments',
  'assessment_responses',
  'assessment_starts',
  'instruments',
  'social_accounts',
  'social_posts',
  'follower_snapshots',
  'daily_metrics',
  'audit_imports',
  'critiques',
  'critique_votes',
  'campaigns',
  'content_items',
  'campaign_activity',
  'campaign_comments',
  'assets',
  'asset_versions',
  'reviews',
  'review_pins',
  'review_replies',
  'field_sessions',
  'field_volunteers',
  'field_tallies',
  'field_photos',
  'field_scans',
] as const;

/** Tables of data derived from the others, rebuilt when missing: not backed up. */
export const DERIVED_TABLES = ['social_post_digests'] as const;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  schema: string;
  createdAt: string;
}

/** The newest applied migration: a backup restores only into a database at the same schema. */
export async function schemaVersion(db: Database): Promise<string> {
  const rows = await queryRows<{ hash: string }>(
    db,
    sql`select hash from drizzle.__drizzle_migrations order by created_at desc limit 1`,
  );
  const row = rows[0];
  return row?.hash ?? 'none';
}

export async function listPublicTables(db: Database): Promise<string[]> {
  const rows = await queryRows<{ table_name: string }>(
    db,
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  return rows.map((r) => r.table_name);
}

export async function countRows(db: Database): Promise<number> {
  let total = 0;
  for (const table of BACKUP_TABLES) {
    const rows = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from ${sql.identifier(table)}`,
    );
    total += rows[0]?.n ?? 0;
  }
  return total;
}

/** Writes the backup through `write` (one call per line) and returns what it wrote. */
export async function dumpDatabase(
  db: Database,
  write: (line: string) => void | Promise<void>,
  now: Date = new Date(),
): Promise<{ tables: number; rows: number }> {
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    schema: await schemaVersion(db),
    createdAt: now.toISOString(),
  };
  await write(JSON.stringify(header));
  let rows = 0;
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local time zone 'UTC'`);
    for (const table of BACKUP_TABLES) {
      // Ordered by the row's text so that two dumps of the same data are byte-identical.
      const lines = await queryRows<{ j: string }>(
        tx,
        sql`select row_to_json(t)::text as j from ${sql.identifier(table)} t order by t::text`,
      );
      for (const line of lines) {
        await write(`{"t":${JSON.stringify(table)},"r":${line.j}}`);
        rows++;
      }
    }
  });
  return { tables: BACKUP_TABLES.length, rows };
}

export class BackupFormatError extends Error {}
export class SchemaMismatchError extends Error {
  constructor(
    readonly backup: string,
    readonly current: string,
  ) {
    super('schema mismatch');
  }
}

const BATCH = 500;

/** Restores backup lines into a migrated, empty database, in one transaction: all or nothing. */
export async function restoreDatabase(
  db: Database,
  lines: AsyncIterable<string>,
): Promise<{ tables: number; rows: number }> {
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  let header: BackupHeader;
  try {
    header = JSON.parse(first.done ? '' : first.value) as BackupHeader;
  } catch {
    throw new BackupFormatError('no header');
  }
  if (header.format !== BACKUP_FORMAT || header.version !== BACKUP_VERSION)
    throw new BackupFormatError('bad header');
  const current = await schemaVersion(db);
  if (header.schema !== current) throw new SchemaMismatchError(header.schema, current);

  const known = new Set<string>(BACKUP_TABLES);
  let rows = 0;
  const tablesSeen = new Set<string>();
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local time zone 'UTC'`);
    let table: string | null = null;
    let batch: unknown[] = [];
    const flush = async () => {
      if (!table || batch.length === 0) return;
      await tx.execute(
        sql`insert into ${sql.identifier(table)} select * from json_populate_recordset(null::${sql.identifier(table)}, ${JSON.stringify(batch)}::json)`,
      );
      rows += batch.length;
      batch = [];
    };
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      if (next.value.trim() === '') continue;
      let parsed: { t?: unknown; r?: unknown };
      try {
        parsed = JSON.parse(next.value) as { t?: unknown; r?: unknown };
      } catch {
        throw new BackupFormatError('bad line');
      }
      if (typeof parsed.t !== 'string' || !known.has(parsed.t) || typeof parsed.r !== 'object') {
        throw new BackupFormatError('bad row');
      }
      if (parsed.t !== table) {
        await flush();
        table = parsed.t;
        tablesSeen.add(table);
      }
      batch.push(parsed.r);
      if (batch.length >= BATCH) await flush();
    }
    await flush();
  });
  return { tables: BACKUP_TABLES.length, rows };
}
