/**
 * One tally: a volunteer's single tap saying how one member of the public responded to one variant. This
 * file checks a batch sent by the offline outbox. A bad tally is rejected with a stable reason and the good
 * ones in the same batch are kept; only a batch that is not a batch at all, or is too big, is refused whole.
 * Whether a valid tally is new or a retry is the database's business (its id is the primary key), not this
 * file's. Every rule is written out in docs/field.md ("Tallies").
 */
import { z } from 'zod';
import { AppError } from '../errors.ts';
import { toFieldIssues } from '../validation.ts';
import { type FieldSession, MINUTE_MS } from './session.ts';

/** The most tallies one request may carry; the outbox sends more in several requests. */
export const MAX_BATCH = 500;

/**
 * Age bands of the public, guessed at a glance by the volunteer. `<18` is kept apart because minors need
 * extra care in any follow-up; the rest are the ten-year bands most Indonesian surveys (BPS, APJII) use, with
 * 18–24 split off as first-time voters and students.
 */
export const AGE_BANDS = ['<18', '18-24', '25-34', '35-44', '45-54', '55+'] as const;
export const GENDERS = ['female', 'male', 'other', 'unsaid'] as const;
export const GROUPS = ['worker', 'student', 'family', 'other'] as const;
export const MAX_QUOTE = 280;

export type AgeBand = (typeof AGE_BANDS)[number];
export type Gender = (typeof GENDERS)[number];
export type Group = (typeof GROUPS)[number];

/** A detail left out, sent as `null` or as an empty string by a form: all mean "not given". */
const optional = <T extends z.ZodType>(schema: T) => z.union([schema, z.literal('')]).nullish();

/**
 * One tally as the API receives it. Unknown keys are dropped rather than refused: a tally logged offline
 * by an older or newer version of the page must still count, because a refused tally is lost for good.
 */
export const TallySchema = z.object({
  /** Made by the phone when the button is tapped (crypto.randomUUID); the same id always counts once. */
  id: z.uuid(),
  variant: z.string().min(1).max(64),
  outcome: z.string().min(1).max(32),
  /** When the button was tapped, by the phone's clock, with its offset (`…Z` or `…+07:00`). */
  at: z.iso.datetime({ offset: true }),
  team: optional(z.string().min(1).max(64)),
  age_band: optional(z.enum(AGE_BANDS)),
  gender: optional(z.enum(GENDERS)),
  group: optional(z.enum(GROUPS)),
  /** What the person said, in a few words; the page warns not to write names. */
  quote: optional(z.string().trim().max(MAX_QUOTE)),
});
export type TallyInput = z.input<typeof TallySchema>;

/** The request body of `POST /api/field/tallies`, for the OpenAPI document and typed clients. */
export const TallyBatchSchema = z.object({ tallies: z.array(TallySchema).max(MAX_BATCH) });

/**
 * Only the envelope is checked as a whole; each tally is checked on its own below so that one bad tally
 * cannot sink the other 499.
 */
const EnvelopeSchema = z.object({ tallies: z.array(z.unknown()).max(MAX_BATCH) });

/** A tally that passed every check, normalised: lower-case id, instant in ms, absent details as null. */
export interface Tally {
  id: string;
  variant: string;
  outcome: string;
  /** UTC instant in milliseconds. */
  at: number;
  team: string | null;
  ageBand: AgeBand | null;
  gender: Gender | null;
  group: Group | null;
  /** Trimmed; an empty quote is null. */
  quote: string | null;
}

export const REJECT_REASONS = [
  'invalid',
  'duplicate_in_batch',
  'unknown_variant',
  'unknown_outcome',
  'unknown_team',
  'bad_time',
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export interface Rejection {
  /** The tally's id (lower-case), its text as sent when it is no UUID (cut to 100 characters), or null. */
  id: string | null;
  reason: RejectReason;
}

export interface TimeTolerance {
  /** How long before the session's start a tap still counts (volunteers start early, clocks run fast). */
  beforeStartMs: number;
  /** How long after the session's end a tap still counts (the last conversation runs over). */
  afterEndMs: number;
  /** How far in the future, by the server's clock, a tap may lie: phones' clocks drift. */
  futureSkewMs: number;
}

export const DEFAULT_TOLERANCE: TimeTolerance = {
  beforeStartMs: 30 * MINUTE_MS,
  afterEndMs: 30 * MINUTE_MS,
  futureSkewMs: 5 * MINUTE_MS,
};

export interface BatchSession
  extends Pick<FieldSession, 'variants' | 'outcomes' | 'teams' | 'startsAt' | 'endsAt'> {
  /** The server's clock, UTC ms. */
  now: number;
  tolerance?: Partial<TimeTolerance>;
}

export interface CheckedBatch {
  valid: Tally[];
  rejected: Rejection[];
}

const MAX_ECHOED_ID = 100;

function idOf(item: unknown): string | null {
  if (item === null || typeof item !== 'object') return null;
  const id = (item as { id?: unknown }).id;
  if (typeof id !== 'string') return null;
  // A UUID is case-insensitive: `A1…` and `a1…` are the same tally and must meet in one key.
  return TallySchema.shape.id.safeParse(id).success ? id.toLowerCase() : id.slice(0, MAX_ECHOED_ID);
}

/**
 * Checks the body of one `POST /api/field/tallies`. The whole request is refused with
 * `AppError('validation')` when the body is not `{tallies: [...]}` or holds more than `MAX_BATCH` tallies
 * (field `tallies`, rule `too_many`, `{max: 500}`): splitting a batch is the client's job, and keeping the
 * first 500 would make it think the rest were sent. Otherwise every tally gets the first reason that applies,
 * in this order: `invalid` (fails `TallySchema`), `duplicate_in_batch` (its id appeared earlier in this
 * batch, whatever happened to that one), `unknown_variant`, `unknown_outcome`, `unknown_team`, `bad_time`
 * (outside the session's window widened by the tolerance, or later than now plus the clock skew).
 * The valid tallies keep the order they were sent in.
 */
export function checkBatch(body: unknown, session: BatchSession): CheckedBatch {
  const envelope = EnvelopeSchema.safeParse(body);
  if (!envelope.success)
    throw new AppError('validation', { fields: toFieldIssues(envelope.error.issues, body) });

  const tolerance = { ...DEFAULT_TOLERANCE, ...session.tolerance };
  const earliest = session.startsAt - tolerance.beforeStartMs;
  const end = session.endsAt + tolerance.afterEndMs;
  const future = session.now + tolerance.futureSkewMs;
  const variants = new Set(session.variants);
  const outcomes = new Set(session.outcomes);
  const teams = new Set(session.teams);

  const seen = new Set<string>();
  const valid: Tally[] = [];
  const rejected: Rejection[] = [];

  for (const item of envelope.data.tallies) {
    const id = idOf(item);
    const reject = (reason: RejectReason) => rejected.push({ id, reason });
    const parsed = TallySchema.safeParse(item);
    // The id is claimed before any other check, so a repeat of an invalid tally is still a repeat.
    const repeat = id !== null && seen.has(id);
    if (id !== null) seen.add(id);
    if (!parsed.success || id === null) {
      reject('invalid');
      continue;
    }
    const t = parsed.data;
    const at = Date.parse(t.at);
    if (repeat) reject('duplicate_in_batch');
    else if (!variants.has(t.variant)) reject('unknown_variant');
    else if (!outcomes.has(t.outcome)) reject('unknown_outcome');
    else if (t.team && !teams.has(t.team)) reject('unknown_team');
    // Written so that NaN (should the format ever let an impossible date through) fails too.
    else if (!(at >= earliest && at < end && at <= future)) reject('bad_time');
    else
      valid.push({
        id,
        variant: t.variant,
        outcome: t.outcome,
        at,
        team: t.team || null,
        ageBand: t.age_band || null,
        gender: t.gender || null,
        group: t.group || null,
        quote: t.quote || null,
      });
  }
  return { valid, rejected };
}
