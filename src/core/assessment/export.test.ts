import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ExportSource, exportFileName, exportLabels, exportRows, shuffled } from './export.ts';

describe('file names', () => {
  it('slugs Indonesian names and dates the file', () => {
    expect(exportFileName('Baseline', new Date('2026-08-01T10:00:00Z'), 'xlsx')).toBe(
      'asesmen-baseline-2026-08-01.xlsx',
    );
    expect(exportFileName('Asesmen Awal', new Date('2026-08-01T10:00:00Z'), 'csv')).toBe(
      'asesmen-awal-2026-08-01.csv',
    );
  });
});

describe('shuffling', () => {
  it('keeps every item and follows the random source', () => {
    const items = [1, 2, 3, 4, 5];
    expect(shuffled(items, () => 0)).toEqual([2, 3, 4, 5, 1]);
    expect(shuffled(items, (n) => n - 1)).toEqual(items);
    expect(items).toEqual([1, 2, 3, 4, 5]);
  });
});

const row = (organisation: string | null, team: string | null): ExportSource => ({
  organisation,
  team,
  overall: 51.234,
  dimensions: [40, null],
  straightline: false,
  overclaim: null,
  speeder: true,
});

describe('export rows', () => {
  it('numbers shuffled rows and names only the shown groups', () => {
    const { header, rows } = exportRows(
      ['D1', 'D2'],
      [row('o1', 't1'), row('o2', null)],
      { organisations: new Set(['o1']), teams: new Set() },
      {
        organisations: new Map([
          ['o1', 'Org Satu'],
          ['o2', 'Org Dua'],
        ]),
        teams: new Map([['t1', 'Tim']]),
      },
      () => 0,
    );
    expect(header).toEqual([
      'row',
      'organisation',
      'team',
      'overall',
      'stage',
      'D1',
      'D2',
      'straightline',
      'overclaim',
      'speeder',
    ]);
    expect(rows).toEqual([
      [1, null, null, 51.23, 3, 40, null, 0, null, 1],
      [2, 'Org Satu', null, 51.23, 3, 40, null, 0, null, 1],
    ]);
  });
});

describe('labels on the rows', () => {
  const rows = (spec: Array<[string | null, string | null, number]>) =>
    spec.flatMap(([o, t, n]) => Array.from({ length: n }, () => ({ organisation: o, team: t })));

  it('keeps labels when every combination has k people', () => {
    const labels = exportLabels(
      rows([
        ['A', 'T', 5],
        ['B', null, 7],
      ]),
      { organisations: new Set(['A', 'B']), teams: new Set(['T']) },
      5,
    );
    expect([...labels.organisations].sort()).toEqual(['A', 'B']);
    expect([...labels.teams]).toEqual(['T']);
  });

  it('blanks the shown organisation that would give away a hidden one of four', () => {
    const labels = exportLabels(
      rows([
        ['A', null, 4],
        ['B', null, 5],
      ]),
      { organisations: new Set(['B']), teams: new Set() },
      5,
    );
    expect(labels.organisations.size).toBe(0);
  });

  it('blanks a shown team whose people from one organisation are fewer than k', () => {
    const labels = exportLabels(
      rows([
        ['A', 'T', 3],
        ['A', null, 5],
        ['B', 'T', 5],
        ['B', null, 5],
      ]),
      { organisations: new Set(['A', 'B']), teams: new Set(['T']) },
      5,
    );
    expect(labels.teams.size).toBe(0);
    expect([...labels.organisations].sort()).toEqual(['A', 'B']);
  });

  it('never leaves a combination of labels with fewer than k people', () => {
    const key = fc.constantFrom<string | null>('A', 'B', 'C', null);
    const teamKey = fc.constantFrom<string | null>('T1', 'T2', 'T3', null);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(key, teamKey, fc.integer({ min: 1, max: 8 })), { minLength: 1, maxLength: 10 }),
        fc.subarray(['A', 'B', 'C']),
        fc.subarray(['T1', 'T2', 'T3']),
        fc.integer({ min: 3, max: 6 }),
        (spec, shownOrgs, shownTeams, k) => {
          const all = rows(spec);
          fc.pre(all.length >= k);
          const labels = exportLabels(
            all,
            { organisations: new Set(shownOrgs), teams: new Set(shownTeams) },
            k,
          );
          for (const o of labels.organisations) expect(shownOrgs).toContain(o);
          for (const t of labels.teams) expect(shownTeams).toContain(t);
          const counts = new Map<string, number>();
          for (const r of all) {
            const o =
              r.organisation !== null && labels.organisations.has(r.organisation) ? r.organisation : '';
            const t = r.team !== null && labels.teams.has(r.team) ? r.team : '';
            counts.set(`${o}|${t}`, (counts.get(`${o}|${t}`) ?? 0) + 1);
          }
          for (const n of counts.values()) expect(n).toBeGreaterThanOrEqual(k);
        },
      ),
    );
  });
});
