import { sql } from 'drizzle-orm';
import { assertKey, type Storage } from '../storage/storage.ts';
import { type Database, queryRows } from './client.ts';

/**
 * A backup is JSON lines: a header, then one line per row (`{"t":table,"r":row}`), tables in foreign-key
 * order, then one line per stored file the rows name (`{"f":key,"b":base64}`, posters and field photos
 * with their thumbnails), in key order. Rows are read with row_to_json in UTC, so a backup made on PGlite
 * restores identically on PostgreSQL and back. One table's rows, or one file, is held in memory at a time.
 */
export const BACKUP_FORMAT = 'lantang-backup';
/** 2: the stored files follow the rows. */
export const BACKUP_VERSION = 2;
/** Version 1 held the rows only; it still restores (its files must be copied into FILES_DIR by hand). */
const RESTORABLE_VERSIONS: readonly number[] = [1, 2];

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

/**
 * The columns that name a file in the storage: the files a backup carries beside the rows. A test checks
 * this list against every `…_key` column of the live database.
 */
export const FILE_KEY_COLUMNS = {
  asset_versions: ['storage_key', 'thumbnail_key'],
  field_photos: ['storage_key', 'thumbnail_key'],
} as const satisfies Partial<Record<(typeof BACKUP_TABLES)[number], readonly string[]>>;

type FileTable = keyof typeof FILE_KEY_COLUMNS;
const isFileTable = (table: string): table is FileTable => Object.hasOwn(FILE_KEY_COLUMNS, table);

/** The storage keys a row of a file table names (a restore reads them from the backup's rows). */
function keysOfRow(table: FileTable, row: Record<string, unknown>): string[] {
  return FILE_KEY_COLUMNS[table].flatMap((column) => {
    const key = row[column];
    return typeof key === 'string' && key !== '' ? [key] : [];
  });
}

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

export interface DumpResult {
  tables: number;
  rows: number;
  /** Files written into the backup. */
  files: number;
  /** Keys a row names whose file was not in the storage (each logged): the backup has the row only. */
  missingFiles: number;
}

/**
 * Writes the backup through `write` (one call per line) and returns what it wrote. With a `storage`, the
 * files the rows name follow the rows; without one (a test's snapshot of the data) the backup has rows only.
 */
export async function dumpDatabase(
  db: Database,
  write: (line: string) => void | Promise<void>,
  { now = new Date(), storage }: { now?: Date; storage?: Storage } = {},
): Promise<DumpResult> {
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    schema: await schemaVersion(db),
    createdAt: now.toISOString(),
  };
  await write(JSON.stringify(header));
  let rows = 0;
  const keys = new Set<string>();
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
      // The keys in the same snapshot as the rows, so the files match what the backup says exists.
      if (storage && isFileTable(table)) {
        const named = await queryRows<Record<string, unknown>>(
          tx,
          sql`select ${sql.join(
            FILE_KEY_COLUMNS[table].map((c) => sql.identifier(c)),
            sql`, `,
          )} from ${sql.identifier(table)}`,
        );
        for (const row of named) for (const key of keysOfRow(table, row)) keys.add(key);
      }
    }
  });
  // Read after the transaction, one at a time: a file removed meanwhile (a photo past retention) is
  // logged and left out, as its row soon will be.
  let files = 0;
  let missingFiles = 0;
  if (storage) {
    for (const key of [...keys].sort()) {
      const bytes = await storage.get(key);
      if (!bytes) {
        console.error('[backup] a file the database names is missing from the storage', key);
        missingFiles++;
        continue;
      }
      await write(`{"f":${JSON.stringify(key)},"b":"${Buffer.from(bytes).toString('base64')}"}`);
      files++;
    }
  }
  return { tables: BACKUP_TABLES.length, rows, files, missingFiles };
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

export interface RestoreResult {
  tables: number;
  rows: number;
  /** Files written to the storage from the backup. */
  files: number;
  /**
   * Keys the restored rows name whose file is neither in the backup nor already in the storage (a backup
   * of version 1, or a file missing when the backup was made): those posters and photos show as missing.
   */
  missingFiles: number;
}

/**
 * Restores backup lines into a migrated, empty database, in one transaction: all or nothing. The files go
 * to `storage` as they come; when the restore fails, the files it wrote are removed again. A file only
 * restores under a key that one of the backup's rows names.
 */
export async function restoreDatabase(
  db: Database,
  lines: AsyncIterable<string>,
  storage: Storage,
): Promise<RestoreResult> {
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  let header: BackupHeader;
  try {
    header = JSON.parse(first.done ? '' : first.value) as BackupHeader;
  } catch {
    throw new BackupFormatError('no header');
  }
  if (header.format !== BACKUP_FORMAT || !RESTORABLE_VERSIONS.includes(header.version))
    throw new BackupFormatError('bad header');
  const current = await schemaVersion(db);
  if (header.schema !== current) throw new SchemaMismatchError(header.schema, current);

  const known = new Set<string>(BACKUP_TABLES);
  let rows = 0;
  const tablesSeen = new Set<string>();
  /** Keys the restored rows name, and those written from the backup (removed again on failure). */
  const named = new Set<string>();
  const written: string[] = [];
  try {
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
        let parsed: { t?: unknown; r?: unknown; f?: unknown; b?: unknown };
        try {
          parsed = JSON.parse(next.value) as typeof parsed;
        } catch {
          throw new BackupFormatError('bad line');
        }
        if (header.version >= 2 && parsed.f !== undefined) {
          await flush();
          table = null;
          const key = fileKeyOf(parsed.f, named);
          if (typeof parsed.b !== 'string') throw new BackupFormatError('bad file');
          const existed = await storage.exists(key);
          await storage.put(key, Buffer.from(parsed.b, 'base64'));
          if (!existed) written.push(key);
          continue;
        }
        if (
          typeof parsed.t !== 'string' ||
          !known.has(parsed.t) ||
          typeof parsed.r !== 'object' ||
          parsed.r === null
        ) {
          throw new BackupFormatError('bad row');
        }
        if (parsed.t !== table) {
          await flush();
          table = parsed.t;
          tablesSeen.add(table);
        }
        if (isFileTable(parsed.t))
          for (const key of keysOfRow(parsed.t, parsed.r as Record<string, unknown>)) named.add(key);
        batch.push(parsed.r);
        if (batch.length >= BATCH) await flush();
      }
      await flush();
    });
  } catch (error) {
    for (const key of written) {
      await storage.delete(key).catch((cleanup: unknown) => {
        console.error('[backup] could not remove a file of a failed restore', key, cleanup);
      });
    }
    throw error;
  }
  let missingFiles = 0;
  for (const key of named) if (!(await storage.exists(key))) missingFiles++;
  return { tables: BACKUP_TABLES.length, rows, files: written.length, missingFiles };
}

/** A file line's key: one a restored row names (so a backup cannot place a file anywhere else). */
function fileKeyOf(value: unknown, named: ReadonlySet<string>): string {
  if (typeof value !== 'string' || !named.has(value)) throw new BackupFormatError('bad file');
  try {
    return assertKey(value);
  } catch {
    throw new BackupFormatError('bad file');
  }
}
