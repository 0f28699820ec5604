import { describe, expect, it } from 'vitest';
import { fixture } from './fixture.test-data.ts';
import { instrumentForRespondent, instrumentJson, round2, roundJson } from './present.ts';
import { parseResponsesCsv } from './responses-csv.ts';
import { scoreRound } from './round.ts';

describe('rounding', () => {
  it.each([
    [1.005, 1.01],
    [2.675, 2.68],
    [66.666666, 66.67],
    [-1.005, -1.01],
    [0, 0],
    [null, null],
  ])('%s → %s', (value, expected) => {
    expect(round2(value)).toBe(expected);
  });
});

describe('CLI shapes', () => {
  it('prints the instrument with maxima, options and bands', () => {
    const json = instrumentJson(fixture);
    expect(json.dimensions).toEqual([
      { id: 'A', level: 'individual', name: { id: 'A', en: 'A' } },
      { id: 'B', level: 'team', name: { id: 'B', en: 'B' } },
    ]);
    expect(json.items.find((i) => i.id === 'A3')).toEqual(
      expect.objectContaining({ type: 'checklist', scored: true, max: 3 }),
    );
    expect(json.items.find((i) => i.id === 'B1')).toEqual(
      expect.objectContaining({
        max: 4,
        options: [],
        bands: [
          { min: 0, max: 2, points: 4 },
          { min: 2, max: 24, points: 2 },
          { min: 24, max: null, points: 0 },
        ],
      }),
    );
    expect(json.items.find((i) => i.id === 'CHK')?.options[1]).toEqual(
      expect.objectContaining({ overclaim: true }),
    );
  });

  it('prints a round with stage names and two decimals', () => {
    const { respondents } = parseResponsesCsv('respondent,A1,A2,A3\nr1,b,a,a\n', fixture);
    const json = roundJson(scoreRound(fixture, respondents));
    expect(json.respondents[0]).toEqual({
      id: 'r1',
      group: null,
      // (0.5 + 1 + 1/3) / 3 = 0.6111…
      overall: 61.11,
      stage: 4,
      stage_name: { id: 'Maju', en: 'Advanced' },
      levels: { individual: 61.11, team: null, organisation: null },
      dimensions: { A: 61.11, B: null },
      flags: [],
    });
    expect(json.reliability).toEqual({ A: { alpha: null, n: 1 }, B: { alpha: null, n: 0 } });
  });
});

describe('the instrument a respondent receives', () => {
  it('carries no points, bands, dimensions of items or fictional markers', () => {
    const json = JSON.stringify(instrumentForRespondent(fixture));
    expect(json).not.toMatch(/"points"|"bands"|"overclaim"|"scored"|"max"/);
    const view = instrumentForRespondent(fixture);
    expect(view.items.find((i) => i.id === 'B1')).toEqual(
      expect.objectContaining({ unit: { id: 'hours', en: 'hours' }, inputMin: 0, inputMax: 1000 }),
    );
    expect(view.items.find((i) => i.id === 'A2')?.options).toHaveLength(4);
  });
});
