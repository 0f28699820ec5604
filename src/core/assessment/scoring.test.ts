import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixture } from './fixture.test-data.ts';
import type { Answer } from './model.ts';
import {
  alphaLabel,
  cronbachAlpha,
  flagsOf,
  itemScore,
  median,
  populationSd,
  scoreRespondent,
  stageOf,
} from './scoring.ts';

const item = (id: string) => {
  const found = fixture.items.find((i) => i.id === id);
  if (!found) throw new Error(id);
  return found;
};
const opt = (option: string): Answer => ({ type: 'option', option });
const opts = (...options: string[]): Answer => ({ type: 'options', options });
const num = (value: number): Answer => ({ type: 'number', value });
const answers = (entries: Record<string, Answer>) => new Map(Object.entries(entries));

describe('item score = points ÷ the item maximum', () => {
  it.each([
    ['single choice, lowest', 'A1', opt('a'), 0],
    ['single choice, middle', 'A1', opt('b'), 0.5],
    ['single choice, best', 'A1', opt('c'), 1],
    ['scenario scored by key, not position', 'A2', opt('a'), 1],
    ['scenario partly right', 'A2', opt('c'), 0.5],
    ['checklist adds up', 'A3', opts('a', 'b'), 2 / 3],
    ['checklist capped at its maximum', 'A3', opts('a', 'b', 'c'), 1],
    ['checklist "none"', 'A3', opts('d'), 0],
    ['numeric band [0, 2)', 'B1', num(1.5), 1],
    ['numeric lower bound inclusive', 'B1', num(2), 0.5],
    ['numeric open upper band', 'B1', num(500), 0],
    ['unknown option', 'A1', opt('z'), null],
    ['wrong kind of answer', 'A1', num(3), null],
    ['unanswered', 'A1', undefined, null],
    ['unscored check', 'CHK', opts('a'), null],
    ['open text', 'OPEN', { type: 'text', value: 'x' } as Answer, null],
  ] as const)('%s', (_label, id, answer, expected) => {
    const score = itemScore(item(id), answer);
    if (expected === null) expect(score).toBeNull();
    else expect(score).toBeCloseTo(expected, 10);
  });
});

describe('dimension, level and overall scores', () => {
  it('dimension = 100 × mean of answered item scores', () => {
    const s = scoreRespondent(fixture, answers({ A1: opt('c'), A2: opt('c'), B1: num(1), B2: opt('c') }));
    // A: items 1 and 0.5 answered of 3 (two of three is at least half) → 75; B: 1 and 0.5 → 75.
    expect(s.dimensions.A).toBeCloseTo(75);
    expect(s.dimensions.B).toBeCloseTo(75);
    expect(s.levels.individual).toBeCloseTo(75);
    expect(s.levels.team).toBeCloseTo(75);
    expect(s.levels.organisation).toBeNull();
    expect(s.overall).toBeCloseTo(75);
  });

  it('a dimension with fewer than half of its items answered has no score, and is left out of means', () => {
    const s = scoreRespondent(fixture, answers({ A1: opt('c'), B1: num(1), B2: opt('a') }));
    expect(s.dimensions.A).toBeNull(); // one of three
    expect(s.dimensions.B).toBeCloseTo(50); // two of two: (1 + 0) / 2
    expect(s.overall).toBeCloseTo(50);
    expect(s.levels.individual).toBeNull();
  });

  it('exactly half answered is enough', () => {
    const s = scoreRespondent(fixture, answers({ B2: opt('e') }));
    expect(s.dimensions.B).toBeCloseTo(100);
  });

  it('nothing answered: everything null', () => {
    const s = scoreRespondent(fixture, answers({}));
    expect(s).toEqual({
      dimensions: { A: null, B: null },
      levels: { individual: null, team: null, organisation: null },
      overall: null,
    });
  });

  it('property: every score stays within 0–100 for any answers', () => {
    const answerFor = (id: string) => {
      const it = item(id);
      if (it.type === 'numeric') return fc.integer({ min: it.inputMin, max: it.inputMax }).map(num);
      if (it.type === 'checklist')
        return fc
          .subarray(
            it.options.map((o) => o.id),
            { minLength: 1 },
          )
          .map((ids) => opts(...ids));
      if (it.type === 'open_text') return fc.string().map((value): Answer => ({ type: 'text', value }));
      return fc.constantFrom(...it.options.map((o) => o.id)).map(opt);
    };
    const record = fc.record(Object.fromEntries(fixture.items.map((i) => [i.id, answerFor(i.id)])), {
      requiredKeys: [],
    });
    fc.assert(
      fc.property(record, (entries) => {
        const s = scoreRespondent(fixture, answers(entries as Record<string, Answer>));
        for (const value of [...Object.values(s.dimensions), ...Object.values(s.levels), s.overall]) {
          if (value !== null && (value < 0 || value > 100 || Number.isNaN(value))) return false;
        }
        return true;
      }),
      { numRuns: 500 },
    );
  });
});

describe('stages', () => {
  it.each([
    [0, 1],
    [19.99, 1],
    [20, 2],
    [39.99, 2],
    [40, 3],
    [59.99, 3],
    [60, 4],
    [79.99, 4],
    [80, 5],
    [100, 5],
  ] as const)('%d → stage %d', (score, stage) => {
    expect(stageOf(score)).toBe(stage);
  });
});

describe('flags', () => {
  const base = { durationSeconds: null };
  it.each([
    [
      'speeder: under half the median',
      { ...base, durationSeconds: 299, answers: answers({}) },
      600,
      ['speeder'],
    ],
    ['not a speeder at exactly half', { ...base, durationSeconds: 300, answers: answers({}) }, 600, []],
    ['no duration, no speeder flag', { ...base, answers: answers({}) }, 600, []],
    [
      'straightline: same item score on every choice item',
      { ...base, answers: answers({ A1: opt('c'), A2: opt('a'), B2: opt('e') }) },
      null,
      ['straightline'],
    ],
    [
      'varied answers are not straightlining',
      { ...base, answers: answers({ A1: opt('c'), A2: opt('b'), B2: opt('c') }) },
      null,
      [],
    ],
    [
      'overclaim: the fictional option',
      { ...base, answers: answers({ CHK: opts('a', 'b') }) },
      null,
      ['overclaim'],
    ],
    ['real options only: no overclaim', { ...base, answers: answers({ CHK: opts('a') }) }, null, []],
  ] as const)('%s', (_label, respondent, roundMedian, expected) => {
    expect(flagsOf(fixture, respondent, roundMedian)).toEqual(expected);
  });

  it('population SD and median helpers', () => {
    expect(populationSd([1, 1, 1])).toBe(0);
    expect(populationSd([0, 1])).toBeCloseTo(0.5);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe("Cronbach's alpha", () => {
  // Item scores (A1, A2, A3): worked out by hand in docs/assessment.md: alpha = 12/13 ≈ 0.923.
  const rows = [
    answers({ A1: opt('c'), A2: opt('a'), A3: opts('a', 'c') }), // 1, 1, 1
    answers({ A1: opt('b'), A2: opt('c'), A3: opts('a', 'b', 'c') }), // .5, .5, 1
    answers({ A1: opt('a'), A2: opt('c'), A3: opts('d') }), // 0, .5, 0
    answers({ A1: opt('a'), A2: opt('b'), A3: opts('d') }), // 0, 0, 0
    answers({ A1: opt('c') }), // incomplete: left out
  ];
  it('uses sample variances over complete respondents only', () => {
    const { alpha, n } = cronbachAlpha(fixture, 'A', rows);
    expect(n).toBe(4);
    expect(alpha).toBeCloseTo(12 / 13, 10);
  });

  it('is null without variance or with fewer than two complete respondents', () => {
    expect(cronbachAlpha(fixture, 'A', rows.slice(0, 1)).alpha).toBeNull();
    expect(
      cronbachAlpha(fixture, 'A', [rows[3] as Map<string, Answer>, rows[3] as Map<string, Answer>]).alpha,
    ).toBeNull();
  });

  it.each([
    [0.95, 'excellent'],
    [0.9, 'excellent'],
    [0.85, 'good'],
    [0.7, 'acceptable'],
    [0.65, 'questionable'],
    [0.5, 'poor'],
    [0.49, 'unacceptable'],
    [-0.2, 'unacceptable'],
  ] as const)('label of %d is %s', (alpha, label) => {
    expect(alphaLabel(alpha)).toBe(label);
  });
});
