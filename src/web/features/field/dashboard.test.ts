import { describe, expect, it } from 'vitest';
import { comparisonOf, hourLabel, percent, ranked, segments } from './dashboard.ts';
import type { FieldSummary } from './types.ts';

const outcomes = [
  { id: 'cares', label: { id: 'Peduli', en: 'Cares' }, colour: '--c-success', extra: false },
  { id: 'indifferent', label: { id: 'Acuh', en: 'Indifferent' }, colour: '--c-text-muted', extra: false },
  { id: 'angry', label: { id: 'Marah', en: 'Angry' }, colour: '--c-danger', extra: false },
];
const row = (cares: number, indifferent: number, angry: number) => ({
  total: cares + indifferent + angry,
  by_outcome: { cares, indifferent, angry },
});

describe('the live dashboard figures', () => {
  it('writes shares as whole percentages in the reader’s language', () => {
    expect(percent('id', 0.237)).toBe('24%');
    expect(percent('en', 0.8916)).toBe('89%');
  });

  it('compares the variants here when the server sent no comparison', () => {
    const summary: FieldSummary = {
      ...row(20, 15, 5),
      by_variant: [
        { variant: 'a', ...row(12, 6, 2) },
        { variant: 'b', ...row(8, 9, 3) },
      ],
      by_team: [],
      by_hour: [],
    };
    const comparison = comparisonOf({ summary }, outcomes);
    expect(comparison.verdict.code).toBe('likely_leader');
    expect(comparison.verdict.params.leader).toBe('a');
    expect(comparison.variants[0]?.pBest).toBeCloseTo(0.89, 1);
  });

  it('gives each outcome its share of a row, and an empty row zeros', () => {
    expect(segments(row(3, 1, 0), outcomes).map((s) => s.share)).toEqual([0.75, 0.25, 0]);
    expect(segments(row(0, 0, 0), outcomes).map((s) => s.share)).toEqual([0, 0, 0]);
  });

  it('labels hours in the session’s zone as written and ranks volunteers steadily', () => {
    expect(hourLabel('2024-05-12T06:00:00+07:00', 'id')).toBe('06.00');
    expect(hourLabel('2024-05-12T06:00:00+07:00', 'en')).toBe('06:00');
    expect(
      ranked([
        { id: '1', name: 'B', tallies: 3 },
        { id: '2', name: 'A', tallies: 3 },
        { id: '3', name: 'C', tallies: 9 },
      ]).map((r) => r.name),
    ).toEqual(['C', 'A', 'B']);
  });
});
