/**
 * The anonymous export of a round: one row per submitted response, in a random order, with group labels only
 * where they cannot single anyone out. Pure logic; the server reads the rows and writes CSV or XLSX.
 */
import { type Cell, slugOf } from '../export-files.ts';
import { round2 } from './present.ts';
import { stageOf } from './scoring.ts';

/** A submitted response as the export sees it: its groups and stored scores, nothing that identifies it. */
export interface ExportSource {
  organisation: string | null;
  team: string | null;
  overall: number | null;
  dimensions: ReadonlyArray<number | null>;
  straightline: boolean | null;
  overclaim: boolean | null;
  speeder: boolean;
}

export interface ShownLabels {
  organisations: Set<string>;
  teams: Set<string>;
}

const BLANK = '';

/**
 * Which organisation and team labels the rows may carry. It starts from the groups the results show (every
 * group hidden there is blank here) and then closes what rows reveal beyond the results: each combination of
 * labels on the rows, blank included, must describe nobody or at least k people. Otherwise one more label is
 * blanked (a small team first, then the smaller group feeding a small blank block) until that holds; with every
 * label blank the rows are one block of the whole round, which has at least k people.
 */
export function exportLabels(
  rows: ReadonlyArray<Pick<ExportSource, 'organisation' | 'team'>>,
  shown: ShownLabels,
  k: number,
): ShownLabels {
  const orgs = new Set(shown.organisations);
  const teams = new Set(shown.teams);
  const label = (r: Pick<ExportSource, 'organisation' | 'team'>) => ({
    org: r.organisation !== null && orgs.has(r.organisation) ? r.organisation : BLANK,
    team: r.team !== null && teams.has(r.team) ? r.team : BLANK,
  });
  // Each pass blanks one label or stops, so this ends.
  for (;;) {
    const counts = new Map<string, { org: string; team: string; n: number }>();
    for (const r of rows) {
      const l = label(r);
      const key = JSON.stringify([l.org, l.team]);
      const cell = counts.get(key) ?? { ...l, n: 0 };
      cell.n += 1;
      counts.set(key, cell);
    }
    const small = [...counts.values()]
      .filter((c) => c.n < k)
      .sort((a, b) => a.n - b.n || a.org.localeCompare(b.org) || a.team.localeCompare(b.team))[0];
    if (!small) break;
    if (small.team !== BLANK) {
      teams.delete(small.team);
    } else if (small.org !== BLANK) {
      orgs.delete(small.org);
    } else {
      // The fully blank block is too small: blank the label that feeds it the fewest rows, or any label left.
      const feeders = [...counts.values()]
        .filter((c) => (c.org === BLANK) !== (c.team === BLANK))
        .sort((a, b) => a.n - b.n || a.org.localeCompare(b.org) || a.team.localeCompare(b.team));
      const next = feeders[0];
      if (next?.org) orgs.delete(next.org);
      else if (next?.team) teams.delete(next.team);
      else {
        const [anyOrg] = orgs;
        const [anyTeam] = teams;
        if (anyOrg !== undefined) orgs.delete(anyOrg);
        else if (anyTeam !== undefined) teams.delete(anyTeam);
        else break;
      }
    }
  }
  return { organisations: orgs, teams };
}

/** Fisher–Yates with a source of random integers in [0, n) (crypto in the server, seeded in tests). */
export function shuffled<T>(items: readonly T[], randomInt: (n: number) => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}

const score = round2;
const flag = (value: boolean | null): number | null => (value === null ? null : value ? 1 : 0);

/**
 * The header and rows of the export: a row number, organisation and team (blank unless shown), the overall
 * score and its stage, the dimension scores in instrument order (two decimals), and the three data-quality flags (1 or 0).
 * Rows are shuffled before numbering, so neither order nor number follows submission.
 */
export function exportRows(
  dimensionIds: readonly string[],
  rows: readonly ExportSource[],
  labels: ShownLabels,
  names: { organisations: ReadonlyMap<string, string>; teams: ReadonlyMap<string, string> },
  randomInt: (n: number) => number,
): { header: string[]; rows: Cell[][] } {
  const header = ['row', 'organisation', 'team', 'overall', 'stage', ...dimensionIds];
  header.push('straightline', 'overclaim', 'speeder');
  const body = shuffled(rows, randomInt).map((r, i): Cell[] => [
    i + 1,
    r.organisation !== null && labels.organisations.has(r.organisation)
      ? (names.organisations.get(r.organisation) ?? null)
      : null,
    r.team !== null && labels.teams.has(r.team) ? (names.teams.get(r.team) ?? null) : null,
    score(r.overall),
    r.overall === null ? null : stageOf(r.overall),
    ...dimensionIds.map((_, d) => score(r.dimensions[d] ?? null)),
    flag(r.straightline),
    flag(r.overclaim),
    r.speeder ? 1 : 0,
  ]);
  return { header, rows: body };
}

/** `asesmen-<name>-<date>.<ext>`, the name without a repeated `asesmen-`. */
export function exportFileName(assessmentName: string, date: Date, ext: 'csv' | 'xlsx'): string {
  const name = slugOf(assessmentName, 'asesmen').replace(/^asesmen-(?=.)/, '');
  return `asesmen-${name}-${date.toISOString().slice(0, 10)}.${ext}`;
}
