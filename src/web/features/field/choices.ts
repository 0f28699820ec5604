/**
 * The quick details' choices, as the server checks them (src/core/field/tally.ts), and the suggested extra
 * outcomes. Copied rather than imported: those modules build their zod schemas on load, which would put zod
 * into the pages' downloads. choices.test.ts holds the copies equal.
 */
export const AGE_BANDS = ['<18', '18-24', '25-34', '35-44', '45-54', '55+'] as const;
export const GENDERS = ['female', 'male', 'other', 'unsaid'] as const;
export const GROUPS = ['worker', 'student', 'family', 'other'] as const;
export type { Details } from './outbox.ts';

/** The extras a facilitator can tick for a new session (`SUGGESTED_EXTRAS` in src/core/field/outcomes.ts). */
export const SUGGESTED_EXTRAS = [
  { id: 'joined', label: { id: 'Ikut', en: 'Signed up or followed' }, colour: '--c-info' as const },
];
