/** Downloads of an account's audit: its posts as CSV, or posts, KPIs and critiques as one workbook. */
import { asc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { critiqueTable, type ExportedPost, kpiTable, postsTable } from '#core/audit/export.ts';
import { kpisJson } from '#core/audit/kpis.ts';
import type { PostType } from '#core/audit/model.ts';
import { type Cell, slugOf, toCsv } from '#core/export-files.ts';
import type { Scope } from '../../auth/actor.ts';
import { socialPosts } from '../../db/schema.ts';
import { loadAccount } from './access.ts';
import { critiqueRows } from './critiques.ts';
import { kpisOfAccount } from './kpis.ts';

async function postsOf(scope: Scope, accountId: string): Promise<ExportedPost[]> {
  const rows = await scope.db
    .select()
    .from(socialPosts)
    .where(eq(socialPosts.accountId, accountId))
    .orderBy(asc(socialPosts.publishedAt));
  return rows.map((r) => ({
    platformPostId: r.platformPostId,
    ownerAccountId: r.ownerAccountId,
    ownerHandle: r.ownerHandle,
    publishedAt: r.publishedAt.getTime(),
    type: r.type as PostType,
    typeLabel: r.typeLabel,
    caption: r.caption,
    permalink: r.permalink,
    durationSeconds: r.durationSeconds,
    metrics: {
      views: r.views,
      reach: r.reach,
      likes: r.likes,
      reactions: r.reactions,
      comments: r.comments,
      shares: r.shares,
      saves: r.saves,
      follows: r.follows,
      clicks: r.clicks,
    },
    own: r.own,
    metricsAsOf: r.metricsAsOf,
  }));
}

const fileName = (platform: string, handle: string, now: Date, ext: 'csv' | 'xlsx') =>
  `bedah-akun-${platform}-${slugOf(handle)}-${now.toISOString().slice(0, 10)}.${ext}`;

export async function exportPostsCsv(scope: Scope, id: string, now: Date) {
  const { account } = await loadAccount(scope, id);
  return {
    fileName: fileName(account.platform, account.handle, now, 'csv'),
    body: toCsv(postsTable(await postsOf(scope, account.id))),
  };
}

function sheet(workbook: ExcelJS.Workbook, name: string, rows: Cell[][]) {
  const ws = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const [header, ...body] = rows;
  if (header) ws.addRow(header).font = { bold: true };
  for (const row of body) ws.addRow(row);
}

export async function exportWorkbook(scope: Scope, id: string, now: Date) {
  const { account } = await loadAccount(scope, id);
  const [posts, { kpis }, critiques] = await Promise.all([
    postsOf(scope, account.id),
    kpisOfAccount(scope.db, account, {}),
    critiqueRows(scope, account.id),
  ]);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Lantang';
  workbook.created = now;
  if (kpis) sheet(workbook, 'KPI', kpiTable(kpisJson(kpis)));
  sheet(workbook, 'Unggahan', postsTable(posts));
  sheet(workbook, 'Kritik', critiqueTable(critiques));
  return {
    fileName: fileName(account.platform, account.handle, now, 'xlsx'),
    body: new Uint8Array(await workbook.xlsx.writeBuffer()),
  };
}
