/**
 * The rubric editor's logic, kept out of the page: new criteria, the same checks the server makes (one
 * schema, so an error can be shown at its field before anything is sent), and what differs between two
 * versions when a save is refused because someone else saved first.
 */

import type { LocalText } from '#core/assessment/model.ts';
import type { FieldIssue } from '#core/errors.ts';
import { ProgrammeRubricInput } from '#core/review/review-inputs.ts';
import { REVIEW_TARGETS } from '#core/review/rubric.ts';
import { toFieldIssues } from '#core/validation.ts';
import type { Criterion } from './types.ts';

/** The server's limits (RubricSchema), so the editor can stop before them. */
export const MAX_CRITERIA = 20;
export const NAME_MAX = 120;
export const DESCRIPTOR_MAX = 400;

const blank = (): LocalText => ({ id: '', en: '' });

/**
 * An id for a new criterion: never shown, never changed, and what every score given against it refers to.
 * Random rather than counted, so a criterion added after another was removed never inherits the removed
 * one's scores in reviews saved earlier.
 */
export function newCriterionId(existing: ReadonlyArray<{ id: string }>, random = Math.random): string {
  const taken = new Set(existing.map((c) => c.id));
  for (;;) {
    const id = `criterion_${Math.floor(random() * 36 ** 6)
      .toString(36)
      .padStart(6, '0')}`;
    if (!taken.has(id)) return id;
  }
}

/** An empty criterion that applies to every kind of thing reviewed. */
export function newCriterion(existing: ReadonlyArray<{ id: string }>, random = Math.random): Criterion {
  return {
    id: newCriterionId(existing, random),
    name: blank(),
    descriptors: [blank(), blank(), blank(), blank()],
    appliesTo: [...REVIEW_TARGETS],
  };
}

/** What the server would refuse in this rubric, as its field issues (`rubric.2.name.en`, …). */
export function rubricIssues(rubric: readonly Criterion[]): FieldIssue[] {
  const input = { rubric };
  const parsed = ProgrammeRubricInput.safeParse(input);
  return parsed.success ? [] : toFieldIssues(parsed.error.issues, input);
}

/** The issue of exactly one field, if any. */
export const issueAt = (issues: readonly FieldIssue[], field: string) =>
  issues.find((i) => i.field === field);

/** The positions of the criteria that have an issue (their panels are opened to show it). */
export function criteriaWithIssues(issues: readonly FieldIssue[]): Set<number> {
  const out = new Set<number>();
  for (const issue of issues) {
    const match = /^rubric\.(\d+)\./.exec(issue.field);
    if (match) out.add(Number(match[1]));
  }
  return out;
}

export const sameRubric = (a: readonly Criterion[], b: readonly Criterion[]) =>
  JSON.stringify(a) === JSON.stringify(b);

export type CriterionChange = 'changed' | 'only_mine' | 'only_theirs';

export interface RubricDifference {
  /** Each criterion that is not the same on both sides, in my order, then theirs that I do not have. */
  criteria: Array<{ id: string; name: LocalText; change: CriterionChange }>;
  /** Both have the same criteria, in another order. */
  reordered: boolean;
}

/** What differs between my rubric and the one saved by someone else meanwhile. */
export function rubricDifference(mine: readonly Criterion[], theirs: readonly Criterion[]): RubricDifference {
  const theirsById = new Map(theirs.map((c) => [c.id, c]));
  const mineIds = new Set(mine.map((c) => c.id));
  const criteria: RubricDifference['criteria'] = [];
  for (const c of mine) {
    const other = theirsById.get(c.id);
    if (!other) criteria.push({ id: c.id, name: c.name, change: 'only_mine' });
    else if (JSON.stringify(c) !== JSON.stringify(other))
      criteria.push({ id: c.id, name: c.name, change: 'changed' });
  }
  for (const c of theirs)
    if (!mineIds.has(c.id)) criteria.push({ id: c.id, name: c.name, change: 'only_theirs' });
  const common = (list: readonly Criterion[], other: Set<string>) =>
    list.filter((c) => other.has(c.id)).map((c) => c.id);
  const reordered = common(mine, new Set(theirsById.keys())).join('|') !== common(theirs, mineIds).join('|');
  return { criteria, reordered };
}
