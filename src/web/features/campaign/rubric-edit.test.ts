import { describe, expect, it } from 'vitest';
import { DEFAULT_RUBRIC } from '#core/review/rubric.ts';
import {
  criteriaWithIssues,
  issueAt,
  newCriterion,
  newCriterionId,
  rubricDifference,
  rubricIssues,
  sameRubric,
} from './rubric-edit.ts';
import type { Criterion } from './types.ts';

const copy = (): Criterion[] => structuredClone(DEFAULT_RUBRIC) as Criterion[];

/** A generator that returns the given values in turn. */
const sequence = (...values: number[]) => {
  let i = 0;
  return () => values[i++ % values.length] as number;
};

describe('new criteria', () => {
  it('get an id the server accepts, never one already in the rubric', () => {
    const first = newCriterionId([], sequence(0));
    expect(first).toBe('criterion_000000');
    expect(newCriterionId([{ id: first }], sequence(0, 0.5))).toBe(
      `criterion_${Math.floor(0.5 * 36 ** 6).toString(36)}`,
    );
    for (let i = 0; i < 50; i++) expect(newCriterionId(copy())).toMatch(/^[a-z0-9_]{1,40}$/);
  });

  it('start empty, apply to everything, and are refused until named and described', () => {
    const added = newCriterion(copy());
    expect(added.appliesTo).toEqual(['poster', 'caption', 'storyline', 'campaign']);
    const issues = rubricIssues([...copy(), added]);
    const fields = issues.map((i) => [i.field, i.rule]);
    expect(fields).toContainEqual(['rubric.8.name.id', 'required']);
    expect(fields).toContainEqual(['rubric.8.descriptors.3.en', 'required']);
    expect(fields).toHaveLength(10);
    expect([...criteriaWithIssues(issues)]).toEqual([8]);
  });
});

describe('the same checks as the server', () => {
  const cases: Array<[string, (r: Criterion[]) => Criterion[], Array<[string, string]>]> = [
    ['the default rubric', (r) => r, []],
    [
      'a name left blank in English',
      (r) => r.map((c, i) => (i === 1 ? { ...c, name: { ...c.name, en: '   ' } } : c)),
      [['rubric.1.name.en', 'required']],
    ],
    [
      'a criterion that applies to nothing',
      (r) => r.map((c, i) => (i === 4 ? { ...c, appliesTo: [] } : c)),
      [['rubric.4.appliesTo', 'too_few']],
    ],
    [
      'a descriptor over the length limit',
      (r) =>
        r.map((c, i) =>
          i === 0
            ? {
                ...c,
                descriptors: c.descriptors.map((d, j) => (j === 2 ? { ...d, id: 'x'.repeat(401) } : d)),
              }
            : c,
        ) as Criterion[],
      [['rubric.0.descriptors.2.id', 'too_long']],
    ],
    ['no criteria at all', () => [], [['rubric', 'too_few']]],
    ['the same id twice', (r) => [...r, { ...(r[0] as Criterion) }], [['rubric.8.id', 'duplicate_id']]],
  ];
  it.each(cases)('%s', (_, change, expected) => {
    const issues = rubricIssues(change(copy()));
    expect(issues.map((i) => [i.field, i.rule])).toEqual(expected);
    for (const [field, rule] of expected) expect(issueAt(issues, field)?.rule).toBe(rule);
  });

  it('finds an issue at its exact field only', () => {
    const issues = [{ field: 'rubric.1.name.en', rule: 'required' }];
    expect(issueAt(issues, 'rubric.1.name')).toBeUndefined();
    expect(issueAt(issues, 'rubric.11.name.en')).toBeUndefined();
  });
});

describe('what differs from the version saved meanwhile', () => {
  it('names changed, added and removed criteria, and a new order', () => {
    const theirs = copy();
    const mine = copy();
    (mine[0] as Criterion).name = { id: 'Pesan', en: 'Message' };
    mine.splice(2, 1);
    const extra = newCriterion(mine, sequence(0.25));
    mine.push({ ...extra, name: { id: 'Baru', en: 'New' } });
    expect(rubricDifference(mine, theirs)).toEqual({
      criteria: [
        { id: 'clarity', name: { id: 'Pesan', en: 'Message' }, change: 'changed' },
        { id: extra.id, name: { id: 'Baru', en: 'New' }, change: 'only_mine' },
        { id: 'story', name: (theirs[2] as Criterion).name, change: 'only_theirs' },
      ],
      reordered: false,
    });
    const swapped = copy();
    [swapped[0], swapped[1]] = [swapped[1] as Criterion, swapped[0] as Criterion];
    expect(rubricDifference(swapped, theirs)).toEqual({ criteria: [], reordered: true });
    expect(sameRubric(swapped, theirs)).toBe(false);
    expect(sameRubric(copy(), theirs)).toBe(true);
  });
});
