/**
 * The quick details' choices, as the server checks them (src/core/field/tally.ts). Copied rather than
 * imported: that module builds its zod schemas on load, which would put zod into the volunteer's first
 * download. choices.test.ts holds the copies equal.
 */
export const AGE_BANDS = ['<18', '18-24', '25-34', '35-44', '45-54', '55+'] as const;
export const GENDERS = ['female', 'male', 'other', 'unsaid'] as const;
export const GROUPS = ['worker', 'student', 'family', 'other'] as const;
export type { Details } from './outbox.ts';
