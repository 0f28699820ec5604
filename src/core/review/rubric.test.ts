import { describe, expect, it } from 'vitest';
import {
  criteriaFor,
  DEFAULT_RUBRIC,
  type ReviewScores,
  RubricSchema,
  scoreProblems,
  summariseReviews,
} from './rubric.ts';

const all = (
  target: 'poster' | 'caption',
  score: number,
  verdict: 'kuat' | 'lemah' | 'perlu_diperbaiki' = 'kuat',
): ReviewScores =>
  criteriaFor(DEFAULT_RUBRIC, target).map((c) => ({ criterion: c.id, score, verdict, comment: '' }));

describe('the default rubric', () => {
  it('has the eight criteria of the brief, visual hierarchy for posters only, and passes its own schema', () => {
    expect(DEFAULT_RUBRIC.map((c) => c.id)).toEqual([
      'clarity',
      'relevance',
      'story',
      'call_to_action',
      'visual',
      'platform_fit',
      'accuracy',
      'theme',
    ]);
    expect(criteriaFor(DEFAULT_RUBRIC, 'poster')).toHaveLength(8);
    expect(criteriaFor(DEFAULT_RUBRIC, 'caption').map((c) => c.id)).not.toContain('visual');
    expect(RubricSchema.safeParse(DEFAULT_RUBRIC).success).toBe(true);
  });
});

describe('scoreProblems', () => {
  it.each([
    ['every criterion once', all('caption', 3), []],
    [
      'a criterion that does not apply',
      [...all('caption', 3), { criterion: 'visual', score: 2, verdict: 'lemah', comment: '' }],
      [{ field: 'scores.7.criterion', rule: 'choice' }],
    ],
    [
      'a criterion twice',
      [...all('caption', 3), { criterion: 'clarity', score: 2, verdict: 'lemah', comment: '' }],
      [{ field: 'scores.7.criterion', rule: 'duplicate_id' }],
    ],
    ['a missing criterion', all('caption', 3).slice(1), [{ field: 'scores.clarity', rule: 'required' }]],
  ] as const)('%s', (_name, scores, expected) => {
    expect(scoreProblems(DEFAULT_RUBRIC, 'caption', [...scores])).toEqual(expected);
  });
});

describe('summariseReviews', () => {
  it('averages reviewers, measures their spread and the share of pairs within one point', () => {
    const [clarity] = summariseReviews(DEFAULT_RUBRIC, 'poster', [
      all('poster', 4),
      all('poster', 2, 'lemah'),
      all('poster', 3),
    ]);
    expect(clarity).toEqual({
      criterion: 'clarity',
      reviewers: 3,
      mean: 3,
      spread: Math.sqrt(2 / 3),
      agreement: 2 / 3, // 4–3 and 2–3 are within one point, 4–2 is not
      verdicts: { kuat: 2, lemah: 1, perlu_diperbaiki: 0 },
    });
  });

  it('reports no spread or agreement for a single reviewer, and nothing for none', () => {
    const [one] = summariseReviews(DEFAULT_RUBRIC, 'caption', [all('caption', 2)]);
    expect(one).toMatchObject({ reviewers: 1, mean: 2, spread: null, agreement: null });
    const [none] = summariseReviews(DEFAULT_RUBRIC, 'caption', []);
    expect(none).toMatchObject({ reviewers: 0, mean: null, spread: null, agreement: null });
  });
});
