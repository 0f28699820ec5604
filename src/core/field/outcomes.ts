/**
 * The outcomes a volunteer logs with one tap. Three are always there: Peduli (cares), Acuh (indifferent),
 * Marah (angry). A session may add extras such as Ikut (signed up or followed); extras are counted the same
 * way but are never part of the three-way default comparison unless the facilitator picks them.
 */
import { z } from 'zod';
import type { LocalText } from '../assessment/model.ts';
import { AppError } from '../errors.ts';
import { toFieldIssues } from '../validation.ts';

/**
 * A colour as one of the design system's CSS custom properties, never a hex value: the web app's theme
 * (and a projector's high-contrast theme) decides the actual colour. Outcomes also differ by label and
 * position, never by colour alone, for colour-blind volunteers.
 */
export type OutcomeColour = '--c-success' | '--c-text-muted' | '--c-danger' | '--c-info' | '--c-accent';

export interface Outcome {
  /** Stable id sent with every tally (`cares`, `indifferent`, `angry`, or an extra's id). */
  id: string;
  label: LocalText;
  colour: OutcomeColour;
  /** False for the three defaults, true for a session's extras. */
  extra: boolean;
}

export const DEFAULT_OUTCOME_IDS = ['cares', 'indifferent', 'angry'] as const;
export type DefaultOutcomeId = (typeof DEFAULT_OUTCOME_IDS)[number];

export const DEFAULT_OUTCOMES: readonly Outcome[] = [
  { id: 'cares', label: { id: 'Peduli', en: 'Cares' }, colour: '--c-success', extra: false },
  { id: 'indifferent', label: { id: 'Acuh', en: 'Indifferent' }, colour: '--c-text-muted', extra: false },
  { id: 'angry', label: { id: 'Marah', en: 'Angry' }, colour: '--c-danger', extra: false },
];

/** Extras a facilitator can tick when setting up a session; any other extra can be typed in. */
export const SUGGESTED_EXTRAS: readonly Outcome[] = [
  {
    id: 'joined',
    label: { id: 'Ikut', en: 'Signed up or followed' },
    colour: '--c-info',
    extra: true,
  },
];

/** At most this many extras: more buttons than fit one phone screen would slow the one-tap logging. */
export const MAX_EXTRAS = 3;

/** Lower-case letters, digits and `_`, starting with a letter: safe in URLs, CSV headers and JSON keys. */
export const OutcomeIdSchema = z
  .string()
  .min(1)
  .max(32)
  .regex(/^[a-z][a-z0-9_]*$/, 'outcome_id');

export const ExtraOutcomeSchema = z.strictObject({
  id: OutcomeIdSchema,
  label: z.strictObject({ id: z.string().trim().min(1).max(40), en: z.string().trim().min(1).max(40) }),
  colour: z.enum(['--c-info', '--c-accent']).default('--c-info'),
  /** Allowed so that a suggested extra can be passed as it is. */
  extra: z.literal(true).optional(),
});
export type ExtraOutcomeInput = z.input<typeof ExtraOutcomeSchema>;

/**
 * The session's outcomes: the three defaults, then the extras in the order given. Throws
 * `AppError('validation')` with rule `duplicate` when an extra reuses a default's or another extra's id, and
 * `too_many` above `MAX_EXTRAS`: two buttons with one id could never be told apart in the counts.
 */
export function sessionOutcomes(extras: ReadonlyArray<ExtraOutcomeInput | Outcome> = []): Outcome[] {
  if (extras.length > MAX_EXTRAS)
    throw new AppError('validation', {
      fields: [{ field: 'outcomes', rule: 'too_many', params: { max: MAX_EXTRAS } }],
    });
  const seen = new Set<string>(DEFAULT_OUTCOME_IDS);
  const out: Outcome[] = [...DEFAULT_OUTCOMES];
  extras.forEach((input, index) => {
    const parsed = ExtraOutcomeSchema.safeParse(input);
    if (!parsed.success)
      throw new AppError('validation', {
        fields: toFieldIssues(parsed.error.issues, input).map((f) => ({
          ...f,
          field: f.field === 'body' ? `outcomes.${index}` : `outcomes.${index}.${f.field}`,
        })),
      });
    const extra = parsed.data;
    if (seen.has(extra.id))
      throw new AppError('validation', { fields: [{ field: `outcomes.${index}.id`, rule: 'duplicate' }] });
    seen.add(extra.id);
    out.push({ ...extra, extra: true });
  });
  return out;
}
