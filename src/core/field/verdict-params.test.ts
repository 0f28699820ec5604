import { describe, expect, it } from 'vitest';
import { en } from '../i18n/messages/en.ts';
import { id } from '../i18n/messages/id.ts';
import { interpolate } from '../i18n/translate.ts';
import { formatPValue, formatShare, type VerdictNames, verdictParams } from './verdict-params.ts';

const names: VerdictNames = {
  variant: (v) => ({ a: 'Poster A', b: 'Poster B' })[v] ?? v,
  outcome: (o) => ({ cares: 'Peduli', angry: 'Marah' })[o] ?? o,
};

describe('p-values in words', () => {
  it.each([
    ['id', 0.00001, 'p < 0,001'],
    ['en', 0.00001, 'p < 0.001'],
    ['id', 0, 'p < 0,001'],
    ['id', 0.000999, 'p < 0,001'],
    ['id', 0.001, 'p = 0,001'],
    ['en', 0.001, 'p = 0.001'],
    ['id', 0.03, 'p = 0,03'],
    ['en', 0.03, 'p = 0.03'],
    ['id', 0.0432, 'p = 0,043'],
    ['en', 0.0432, 'p = 0.043'],
    ['id', 0.2, 'p = 0,2'],
    ['en', 1, 'p = 1'],
  ] as const)('%s %d → %s', (locale, p, expected) => {
    expect(formatPValue(locale, p)).toBe(expected);
  });
});

describe('shares as whole percentages', () => {
  it.each([
    ['id', 0.237, '24%'],
    ['en', 0.8916, '89%'],
    ['id', 0.625, '63%'],
    ['en', 1, '100%'],
  ] as const)('%s %d → %s', (locale, fraction, expected) => {
    expect(formatShare(locale, fraction)).toBe(expected);
  });
});

describe('verdict parameters', () => {
  it.each([
    [
      'a leader: names, percentages, the outcome lower-cased, p with its sign',
      'id',
      {
        outcome: 'cares',
        leader: 'a',
        runner_up: 'b',
        share: 0.6,
        low: 0.387,
        high: 0.781,
        probability: 0.8916,
        runner_up_share: 0.4,
        p: 0.2,
      },
      {
        outcome: 'peduli',
        leader: 'Poster A',
        runner_up: 'Poster B',
        share: '60%',
        low: '39%',
        high: '78%',
        probability: '89%',
        runner_up_share: '40%',
        p: 'p = 0,2',
      },
    ],
    [
      'too few: counts stay numbers',
      'en',
      { outcome: 'angry', variant: 'b', n: 4, min: 20 },
      { outcome: 'marah', variant: 'Poster B', n: 4, min: 20 },
    ],
    [
      'a tiny p-value as a bound',
      'en',
      { outcome: 'joined', variants: 1, p: 0.0001 },
      { outcome: 'joined', variants: 1, p: 'p < 0.001' },
    ],
    ['a variant no longer listed keeps its id', 'id', { variant: 'gone' }, { variant: 'gone' }],
  ] as const)('%s', (_, locale, params, expected) => {
    expect(verdictParams(params, names, locale)).toEqual(expected);
  });
});

describe('the chi-square sentence', () => {
  it.each([
    ['id', 'field.test.differs', 0.0001, 'uji khi-kuadrat, p < 0,001)'],
    ['en', 'field.test.differs', 0.0001, 'chi-square test, p < 0.001)'],
    ['id', 'field.test.differs', 0.03, 'uji khi-kuadrat, p = 0,03)'],
    ['en', 'field.test.no_evidence', 0.3, 'chi-square test, p = 0.3)'],
  ] as const)('%s %s at p = %d', (locale, key, p, expected) => {
    const catalogue = locale === 'id' ? id : en;
    const sentence = interpolate(catalogue[key], verdictParams({ p }, names, locale));
    expect(sentence).toContain(expected);
    expect(sentence).not.toMatch(/p = </);
  });
});
