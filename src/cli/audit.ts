/**
 * `lantang audit import` and `lantang audit kpis`: the audit from the terminal, on the same core and the
 * same storage as the web app. A file with any invalid row exits with code 2 and writes nothing.
 */
import { createReadStream, existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { asc, eq } from 'drizzle-orm';
import type { ImportOptions } from '#core/audit/import/import-file.ts';
import { kpisJson } from '#core/audit/kpis.ts';
import { localDateOf } from '#core/audit/local-time.ts';
import { PLATFORMS, type Platform } from '#core/audit/model.ts';
import { normaliseHandle } from '#core/audit/schemas.ts';
import { AppError } from '#core/errors.ts';
import { slugOf as slug } from '#core/export-files.ts';
import { isValidTimeZone } from '#core/i18n/format.ts';
import type { Database } from '#server/db/client.ts';
import { organisations, socialAccounts } from '#server/db/schema.ts';
import {
  type AccountRow,
  commitImport,
  type NewAccount,
  previewImport,
} from '#server/features/audit/import.ts';
import { kpisOfAccount } from '#server/features/audit/kpis.ts';
import { tt } from '#server/terminal.ts';
import { UsageError } from './assessment.ts';

export interface AuditImportOptions {
  file: string | undefined;
  account: string | undefined;
  platform: string | undefined;
  tz: string | undefined;
  exportDate: string | undefined;
  org: string | undefined;
  json: boolean;
}

const DEFAULT_ZONE = 'Asia/Jakarta';

function platformOf(value: string | undefined): Platform | undefined {
  if (value === undefined) return undefined;
  if ((PLATFORMS as readonly string[]).includes(value)) return value as Platform;
  throw new UsageError(tt('cli.audit.bad_platform', { value, known: PLATFORMS.join(', ') }));
}

function checkOptions(options: AuditImportOptions) {
  if (options.tz !== undefined && !isValidTimeZone(options.tz)) {
    throw new UsageError(tt('cli.audit.bad_zone', { value: options.tz }));
  }
  if (options.exportDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.exportDate)) {
    throw new UsageError(tt('cli.audit.bad_date', { value: options.exportDate }));
  }
}

/** `sobatti-polines_Content.csv` → `sobatti-polines`: TikTok and Instagram name their exports this way. */
export function handleFromFileName(fileName: string): string | null {
  const prefix = fileName.split('_')[0]?.replace(/\.[^.]+$/, '') ?? '';
  return prefix.length > 0 && prefix !== fileName.replace(/\.[^.]+$/, '') ? normaliseHandle(prefix) : null;
}

const fileChunks = (path: string) => createReadStream(path) as AsyncIterable<Uint8Array>;

/** `--org SLUG` matches a short name or a name, ignoring case, spaces and punctuation. */
const slugOf = (text: string) => slug(text, '');

async function resolveOrganisation(db: Database, slug: string | undefined): Promise<string> {
  const all = await db
    .select({ id: organisations.id, name: organisations.name, shortName: organisations.shortName })
    .from(organisations)
    .orderBy(asc(organisations.name));
  if (slug !== undefined) {
    const wanted = slugOf(slug);
    const found = all.find((o) => slugOf(o.shortName ?? '') === wanted || slugOf(o.name) === wanted);
    if (!found) throw new UsageError(tt('cli.audit.unknown_org', { org: slug, known: known(all) }));
    return found.id;
  }
  if (all.length === 1 && all[0]) return all[0].id;
  if (all.length === 0) {
    const [created] = await db
      .insert(organisations)
      .values({ name: tt('cli.audit.imported_org'), kind: 'other' })
      .returning({ id: organisations.id });
    if (!created) throw new AppError('internal');
    return created.id;
  }
  throw new UsageError(tt('cli.audit.need_org', { known: known(all) }));
}

const known = (all: Array<{ name: string; shortName: string | null }>) =>
  all.map((o) => slugOf(o.shortName ?? o.name)).join(', ');

/** The account with this platform and handle: in the named organisation, or the only one anywhere. */
async function findAccount(db: Database, platform: Platform, handle: string, org: string | undefined) {
  const rows = await db.select().from(socialAccounts).where(eq(socialAccounts.handle, handle));
  const candidates = rows.filter((r) => r.platform === platform);
  if (org !== undefined) {
    const organisationId = await resolveOrganisation(db, org);
    return candidates.find((r) => r.organisationId === organisationId) ?? null;
  }
  if (candidates.length > 1) throw new UsageError(tt('cli.audit.ambiguous_account', { account: handle }));
  return candidates[0] ?? null;
}

/** `lantang audit import FILE …`: the JSON report, and the exit code (0, or 2 for a refused file). */
export async function importFile(
  db: Database,
  options: AuditImportOptions,
  now: Date,
): Promise<{ output: string; exitCode: number }> {
  if (!options.file) throw new UsageError(tt('cli.missing_option', { option: 'FILE' }));
  const path = resolve(options.file);
  if (!existsSync(path)) throw new UsageError(tt('cli.file_missing', { file: path }));
  checkOptions(options);
  const requestedPlatform = platformOf(options.platform);
  const fileName = basename(path);
  const timeZone = options.tz ?? DEFAULT_ZONE;
  const importOptions: ImportOptions = {
    fileName,
    timeZone,
    exportDate: options.exportDate ?? null,
    today: localDateOf(now.getTime(), timeZone),
    ...(requestedPlatform ? { platform: requestedPlatform } : {}),
  };

  // A first look, writing nothing: is the file valid, whose is it, which platform?
  const preview = await previewImport(fileChunks(path), importOptions);
  const handle = normaliseHandle(
    options.account ?? preview.own_account?.handle ?? handleFromFileName(fileName) ?? '',
  );
  const platform = requestedPlatform ?? preview.platform;
  const refused = preview.rejected_count > 0 || preview.problems.length > 0 || preview.format === 'unknown';
  if (refused) {
    const rejected = [...preview.problems, ...preview.rejected]
      .map((r) => ({ line: r.line, reason: r.reason, ...(r.column ? { column: r.column } : {}) }))
      .sort((a, b) => a.line - b.line);
    const report = {
      account: handle,
      platform,
      format: preview.format,
      rows: preview.rows,
      imported: 0,
      updated: 0,
      skipped_foreign: 0,
      rejected: rejected.length > 0 ? rejected : [{ line: 1, reason: 'unknown_format' }],
    };
    return {
      output: options.json ? JSON.stringify(report, null, 2) : describeRefusal(path, report.rejected),
      exitCode: 2,
    };
  }
  if (!platform) throw new UsageError(tt('cli.audit.need_platform'));
  if (!handle) throw new UsageError(tt('cli.audit.need_account'));

  const existing: AccountRow | null = await findAccount(db, platform, handle, options.org);
  const account: AccountRow | NewAccount = existing ?? {
    organisationId: await resolveOrganisation(db, options.org),
    platform,
    handle,
    displayName: '',
    timeZone,
  };
  const accountZone = existing?.timeZone ?? timeZone;
  const report = await commitImport(db, {
    account,
    source: fileChunks(path),
    options: { ...importOptions, timeZone: options.tz ?? accountZone, platform },
    metricsAsOf: options.exportDate ?? localDateOf(now.getTime(), accountZone),
    fileName,
    actorUserId: null,
  });
  const result = {
    account: handle,
    platform,
    format: report.format,
    rows: report.rows,
    imported: report.imported,
    updated: report.updated,
    skipped_foreign: report.skipped_foreign,
    rejected: report.rejected.map((r) => ({
      line: r.line,
      reason: r.reason,
      ...(r.column ? { column: r.column } : {}),
    })),
    values: report.values,
    snapshots: report.snapshots,
  };
  if (!report.committed) {
    return {
      output: options.json ? JSON.stringify(result, null, 2) : describeRefusal(path, result.rejected),
      exitCode: 2,
    };
  }
  return {
    output: options.json
      ? JSON.stringify(result, null, 2)
      : tt('cli.audit.imported', {
          file: path,
          account: result.account,
          platform: result.platform,
          format: result.format,
          rows: result.rows,
          imported: result.imported,
          updated: result.updated,
          skipped_foreign: result.skipped_foreign,
        }),
    exitCode: 0,
  };
}

function describeRefusal(path: string, rejected: Array<{ line: number; reason: string; column?: string }>) {
  return [
    tt('cli.audit.refused', { file: path, count: rejected.length }),
    ...rejected.map((r) =>
      tt('cli.audit.rejected_row', {
        line: r.line,
        reason: tt(`cli.audit.reason.${r.reason}` as 'cli.audit.reason.bad_date'),
        column: r.column ?? '-',
      }),
    ),
  ].join('\n');
}

export interface AuditKpiOptions {
  account: string | undefined;
  platform: string | undefined;
  from: string | undefined;
  to: string | undefined;
  org: string | undefined;
  json: boolean;
}

/** `lantang audit kpis --account HANDLE --platform P [--from ISO] [--to ISO] --json` */
export async function printKpis(db: Database, options: AuditKpiOptions): Promise<string> {
  if (!options.json) throw new UsageError(tt('cli.assessment.need_json'));
  if (!options.account) throw new UsageError(tt('cli.missing_option', { option: '--account' }));
  const platform = platformOf(options.platform);
  if (!platform) throw new UsageError(tt('cli.missing_option', { option: '--platform' }));
  const handle = normaliseHandle(options.account);
  const account = await findAccount(db, platform, handle, options.org);
  if (!account) throw new UsageError(tt('cli.audit.unknown_account', { account: handle, platform }));
  try {
    const { kpis } = await kpisOfAccount(db, account, {
      ...(options.from ? { from: options.from } : {}),
      ...(options.to ? { to: options.to } : {}),
    });
    if (!kpis) throw new UsageError(tt('cli.audit.no_posts', { account: handle, platform }));
    return JSON.stringify(kpisJson(kpis), null, 2);
  } catch (error) {
    if (error instanceof AppError && error.code === 'validation') {
      const fields = error.fields.map((f) => f.field.replace(/^window\./, '')).join(', ');
      throw new UsageError(tt('cli.audit.bad_window', { fields }));
    }
    throw error;
  }
}
