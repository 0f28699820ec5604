/** What the review routes accept: a review of one thing, a pin's state, a programme's rubric. */
import { z } from 'zod';
import { REVIEW_TARGETS, ReviewInput, RubricSchema } from './rubric.ts';

/** Targets that name one thing of the campaign (a poster: an asset; a caption: a content item). */
export const TARGETS_WITH_ID = ['poster', 'caption'] as const;

export const SaveReviewInput = ReviewInput.extend({
  target: z.enum(REVIEW_TARGETS),
  targetId: z.uuid().nullable(),
}).superRefine((input, ctx) => {
  const needsId = (TARGETS_WITH_ID as readonly string[]).includes(input.target);
  if (needsId && input.targetId === null)
    ctx.addIssue({ code: 'custom', path: ['targetId'], message: 'required' });
  if (!needsId && input.targetId !== null)
    ctx.addIssue({ code: 'custom', path: ['targetId'], message: 'must_be_empty' });
});
export type SaveReview = z.output<typeof SaveReviewInput>;

export const PinStateInput = z.strictObject({ resolved: z.boolean() });

/**
 * A programme's rubric, or null to go back to the default one. `baseVersion` is the `version` the editor
 * started from: when given, a save on a rubric someone else has changed since is refused.
 */
export const ProgrammeRubricInput = z.strictObject({
  rubric: RubricSchema.nullable(),
  baseVersion: z.string().trim().min(1).max(64).optional(),
});
