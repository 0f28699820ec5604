import { randomInt } from 'node:crypto';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { exportFileName, exportLabels, exportRows } from '#core/assessment/export.ts';
import { canManageAssessments } from '#core/assessment/policy.ts';
import { AppError } from '#core/errors.ts';
import { type Cell, toCsv } from '#core/export-files.ts';
import type { Scope } from '../../auth/actor.ts';
import { loadProgramme } from '../../auth/programme-access.ts';
import { instrumentOfRow } from './instruments.ts';
import { assessmentResults } from './results.ts';
import { loadAssessment } from './service.ts';

interface SourceRow {
  organisation_id: string | null;
  team_id: string | null;
  overall: number | null;
  dimension_scores: Array<number | null> | null;
  straightline: boolean | null;
  overclaim: boolean | null;
  speeder: boolean | null;
}

type Results = Awaited<ReturnType<typeof assessmentResults>>;

/**
 * Everything an export needs, for facilitators and admins only: the round's group results (with their
 * suppression) and its submitted responses without anything that identifies them. The speeder flag is worked
 * out here against the round's median, so the duration itself never leaves the database.
 */
async function exportData(scope: Scope, id: string) {
  const row = await loadAssessment(scope.db, id);
  const programme = await loadProgramme(scope, row.programmeId);
  if (!canManageAssessments(scope.actor, programme.id)) throw new AppError('forbidden');
  const results = await assessmentResults(scope, row.id);
  // Fewer than k people cannot be anonymous in a file of rows, whatever is blanked.
  if (results.programme.n < results.assessment.k) throw new AppError('conflict');
  const instrument = await instrumentOfRow(scope.db, row);
  const source = (await scope.db.execute(sql`
    with round as (
      select * from assessment_responses where assessment_id = ${row.id} and submitted_at is not null
    ), m as (select percentile_cont(0.5) within group (order by duration_seconds) as median from round)
    select organisation_id, team_id, overall, dimension_scores, straightline, overclaim,
      coalesce(duration_seconds < 0.5 * m.median, false) as speeder
    from round, m
    order by random()`)) as unknown as { rows: SourceRow[] };
  const rows = source.rows.map((r) => ({
    organisation: r.organisation_id,
    team: r.team_id,
    overall: r.overall,
    dimensions: r.dimension_scores ?? [],
    straightline: r.straightline,
    overclaim: r.overclaim,
    speeder: r.speeder === true,
  }));
  const labels = exportLabels(
    rows,
    {
      organisations: new Set(results.organisations.filter((o) => !o.suppressed).map((o) => o.id)),
      teams: new Set(results.teams.filter((t) => !t.suppressed).map((t) => t.id)),
    },
    results.assessment.k,
  );
  const table = exportRows(
    instrument.dimensions.map((d) => d.id),
    rows,
    labels,
    {
      organisations: new Map(results.organisations.map((o) => [o.id, o.name])),
      teams: new Map(results.teams.map((t) => [t.id, t.name])),
    },
    (n) => randomInt(n),
  );
  return { programme, results, table };
}

export async function exportCsv(scope: Scope, id: string, now: Date) {
  const { results, table } = await exportData(scope, id);
  return {
    fileName: exportFileName(results.assessment.name, now, 'csv'),
    body: toCsv([table.header, ...table.rows]),
  };
}

const HIDDEN = (k: number) => `disembunyikan (< ${k})`;

/** A group's row on the "Kelompok" sheet: n, then the means, or why there are none. */
function groupRow(kind: string, name: string, figures: Results['programme'], results: Results): Cell[] {
  const round1 = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);
  if (figures.suppressed || figures.dimensions === null)
    return [kind, name, figures.n, HIDDEN(results.assessment.k)];
  const dims = figures.dimensions;
  return [
    kind,
    name,
    figures.n,
    round1(figures.overall),
    ...results.dimensions.map((d) => round1(dims[d.id] ?? null)),
  ];
}

export async function exportXlsx(scope: Scope, id: string, now: Date) {
  const { programme, results, table } = await exportData(scope, id);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Lantang';
  workbook.created = now;
  const responses = workbook.addWorksheet('Respons', { views: [{ state: 'frozen', ySplit: 1 }] });
  responses.addRow(table.header).font = { bold: true };
  for (const r of table.rows) responses.addRow(r);
  responses.columns.forEach((column, i) => {
    column.width = i === 1 || i === 2 ? 28 : Math.max(8, (table.header[i] ?? '').length + 2);
  });

  const groups = workbook.addWorksheet('Kelompok', { views: [{ state: 'frozen', ySplit: 1 }] });
  groups.addRow(['kelompok', 'nama', 'n', 'overall', ...results.dimensions.map((d) => d.id)]).font = {
    bold: true,
  };
  groups.addRow(groupRow('program', programme.name, results.programme, results));
  for (const o of results.organisations) groups.addRow(groupRow('organisasi', o.name, o, results));
  for (const t of results.teams) groups.addRow(groupRow('tim', t.name, t, results));
  groups.columns.forEach((column, i) => {
    column.width = i === 1 ? 32 : i === 3 ? 22 : 10;
  });

  const buffer = await workbook.xlsx.writeBuffer();
  return {
    fileName: exportFileName(results.assessment.name, now, 'xlsx'),
    body: new Uint8Array(buffer),
  };
}
