import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_INSTRUMENT as I } from '#core/assessment/instruments/registry.ts';
import type { Item } from '#core/assessment/model.ts';
import { scoreFile } from './assessment.ts';
import { runLantang } from './run-cli.test-support.ts';

let dir: string;

const lantang = (...args: string[]) => runLantang(args);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lantang-assessment-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// --- an oracle written straight from docs/assessment.md, independent of src/core/assessment -----------

type Cell = string;
const maxOf = (item: Item) =>
  item.type === 'checklist'
    ? item.max
    : item.type === 'numeric'
      ? Math.max(...item.bands.map((b) => b.points))
      : item.type === 'open_text'
        ? 0
        : Math.max(...item.options.map((o) => o.points));

function oracleItem(item: Item, cell: Cell | undefined): number | null {
  if (!item.scored || cell === undefined || cell === '') return null;
  if (item.type === 'single_choice' || item.type === 'scenario')
    return (item.options.find((o) => o.id === cell)?.points ?? 0) / maxOf(item);
  if (item.type === 'checklist') {
    const sum = cell
      .split('|')
      .reduce((s, id) => s + (item.options.find((o) => o.id === id)?.points ?? 0), 0);
    return Math.min(sum, item.max) / item.max;
  }
  if (item.type === 'numeric') {
    const v = Number(cell);
    const band = item.bands.find((b) => (b.min === null || v >= b.min) && (b.max === null || v < b.max));
    return (band?.points ?? 0) / maxOf(item);
  }
  return null;
}
const avg = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
const r2 = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);

function oracle(rows: Array<Record<string, Cell>>, k: number) {
  const durations = rows
    .map((r) => r.duration_seconds)
    .filter((d): d is string => !!d)
    .map(Number)
    .sort((a, b) => a - b);
  const med = durations.length
    ? durations.length % 2
      ? durations[(durations.length - 1) / 2]
      : ((durations[durations.length / 2 - 1] as number) + (durations[durations.length / 2] as number)) / 2
    : null;
  const respondents = rows.map((row) => {
    const dims: Record<string, number | null> = {};
    for (const d of I.dimensions) {
      const items = I.items.filter((i) => i.scored && i.dimension === d.id);
      const scores = items.map((i) => oracleItem(i, row[i.id])).filter((s): s is number => s !== null);
      dims[d.id] = scores.length >= items.length / 2 ? 100 * (avg(scores) as number) : null;
    }
    const present = (xs: Array<number | null>) => xs.filter((x): x is number => x !== null);
    const overall = avg(present(Object.values(dims)));
    const levels = Object.fromEntries(
      ['individual', 'team', 'organisation'].map((l) => [
        l,
        avg(present(I.dimensions.filter((d) => d.level === l).map((d) => dims[d.id] ?? null))),
      ]),
    );
    const choice = I.items
      .filter((i) => i.type === 'single_choice' || i.type === 'scenario')
      .map((i) => oracleItem(i, row[i.id]))
      .filter((s): s is number => s !== null);
    const m = avg(choice);
    const sd = m === null ? null : Math.sqrt(choice.reduce((s, x) => s + (x - m) ** 2, 0) / choice.length);
    const flags: string[] = [];
    if (row.duration_seconds && med !== null && med !== undefined && Number(row.duration_seconds) < 0.5 * med)
      flags.push('speeder');
    if (sd !== null && sd < 0.05) flags.push('straightline');
    const claims = I.items.some(
      (i) =>
        'options' in i && i.options.some((o) => o.overclaim && (row[i.id] ?? '').split('|').includes(o.id)),
    );
    if (claims) flags.push('overclaim');
    const stage =
      overall === null ? null : overall < 20 ? 1 : overall < 40 ? 2 : overall < 60 ? 3 : overall < 80 ? 4 : 5;
    return {
      id: row.respondent,
      group: row.group || null,
      overall: r2(overall),
      stage,
      levels: Object.fromEntries(Object.entries(levels).map(([a, b]) => [a, r2(b)])),
      dimensions: Object.fromEntries(Object.entries(dims).map(([a, b]) => [a, r2(b)])),
      flags,
      raw: { overall, dims },
    };
  });
  const names = [...new Set(respondents.map((r) => r.group).filter((g): g is string => g !== null))].sort();
  const groups = names.map((g) => {
    const members = respondents.filter((r) => r.group === g);
    const suppressed = members.length < k;
    const mean = (xs: Array<number | null>) => r2(avg(xs.filter((x): x is number => x !== null)));
    return {
      group: g,
      n: members.length,
      suppressed,
      overall: suppressed ? null : mean(members.map((m) => m.raw.overall)),
      dimensions: Object.fromEntries(
        I.dimensions.map((d) => [
          d.id,
          suppressed ? null : mean(members.map((m) => m.raw.dims[d.id] ?? null)),
        ]),
      ),
    };
  });
  return { respondents: respondents.map(({ raw, ...rest }) => rest), groups };
}

// --- random valid files ------------------------------------------------------------------------------

const cellFor = (item: Item) => {
  if (item.type === 'numeric') return fc.integer({ min: item.inputMin, max: item.inputMax }).map(String);
  if (item.type === 'checklist')
    return fc
      .subarray(
        item.options.map((o) => o.id),
        { minLength: 1 },
      )
      .map((ids) => ids.join('|'));
  if (item.type === 'open_text') return fc.constantFrom('', 'Butuh pelatihan video');
  return fc.constantFrom(...item.options.map((o) => o.id));
};
const rowArb = fc.record({
  group: fc.constantFrom('', 'Tim A', 'Tim B', 'Tim C'),
  duration: fc.option(fc.integer({ min: 60, max: 3600 }), { nil: null }),
  cells: fc.tuple(...I.items.map((i) => fc.option(cellFor(i), { nil: '' }))),
});

function toCsv(rows: Array<{ group: string; duration: number | null; cells: string[] }>) {
  const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const header = ['respondent', 'group', 'duration_seconds', ...I.items.map((i) => i.id)];
  const lines = rows.map((r, n) =>
    [`R${n + 1}`, r.group, r.duration === null ? '' : String(r.duration), ...r.cells].map(quote).join(','),
  );
  const records = rows.map((r, n) =>
    Object.fromEntries(
      header.map((h, j) => [
        h,
        j === 0
          ? `R${n + 1}`
          : j === 1
            ? r.group
            : j === 2
              ? r.duration === null
                ? ''
                : String(r.duration)
              : (r.cells[j - 3] ?? ''),
      ]),
    ),
  );
  return { csv: `${[header.join(','), ...lines].join('\n')}\n`, records };
}

describe('lantang assessment score agrees with the written rules', () => {
  it('on random valid files (scores, stages, flags, groups to two decimals)', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 14 }), fc.constantFrom(3, 5), (rows, k) => {
        const { csv, records } = toCsv(rows);
        const file = join(dir, 'random.csv');
        writeFileSync(file, csv);
        const out = JSON.parse(scoreFile({ responses: file, json: true, k: String(k) })) as ReturnType<
          typeof oracle
        >;
        const expected = oracle(records, k);
        for (const [i, r] of out.respondents.entries()) {
          const e = expected.respondents[i];
          expect({ ...r, stage_name: undefined }).toEqual({ ...e, stage_name: undefined });
        }
        expect(out.groups).toEqual(expected.groups);
      }),
      { numRuns: 40 },
    );
  });

  it('prints the instrument with 60 scored items in ten dimensions', async () => {
    const result = await lantang('assessment', 'instrument', '--json');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as {
      id: string;
      dimensions: unknown[];
      items: Array<{ scored: boolean; type: string; bands?: unknown[]; max: number }>;
    };
    expect(json.id).toBe('kesiapan-digital-serikat');
    expect(json.dimensions).toHaveLength(10);
    expect(json.items.filter((i) => i.scored)).toHaveLength(60);
    expect(json.items.filter((i) => i.type === 'numeric').every((i) => Array.isArray(i.bands))).toBe(true);
  });

  it('scores a file from the command line, and refuses an invalid one with every problem and exit code 2', async () => {
    const good = join(dir, 'good.csv');
    writeFileSync(good, `respondent,group,${I.items[0]?.id}\nA,Tim,a\nB,Tim,b\n`);
    const ok = await lantang('assessment', 'score', '--responses', good, '--json');
    expect(ok.code, ok.stderr).toBe(0);
    expect((JSON.parse(ok.stdout) as { respondents: unknown[] }).respondents).toHaveLength(2);

    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, `respondent,${I.items[0]?.id},NOT-AN-ITEM\nA,zz,1\n`);
    const refused = await lantang('assessment', 'score', '--responses', bad, '--json');
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('row 1, column NOT-AN-ITEM');
    const numeric = I.items.find((i) => i.type === 'numeric');
    writeFileSync(bad, `respondent,${I.items[0]?.id},${numeric?.id}\nA,zz,banyak\n`);
    const both = await lantang('assessment', 'score', '--responses', bad, '--json');
    expect(both.code).toBe(2);
    expect(both.stderr).toContain(`row 2, column ${I.items[0]?.id}: option zz does not exist`);
    expect(both.stderr).toContain(`row 2, column ${numeric?.id}: banyak is not a number`);
  });
});
