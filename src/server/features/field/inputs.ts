/**
 * The inputs of the field campaign's routes. The tallies themselves are checked by the core
 * (`#core/field/tally.ts`); these are the facilitator's session settings, a volunteer's join and a photo's
 * query.
 */
import { z } from 'zod';
import { joinCode } from '#core/auth/schemas.ts';
import { ExtraOutcomeSchema, MAX_EXTRAS } from '#core/field/outcomes.ts';
import { DEFAULT_RETENTION_DAYS, RetentionDaysSchema } from '#core/field/retention.ts';
import { isValidTimeZone } from '#core/i18n/format.ts';

/** More variants than this cannot be compared honestly in one morning's tallies. */
export const MAX_VARIANTS = 12;
export const MAX_SESSION_DAYS = 14;

const timeZone = z.string().trim().min(1).max(64).refine(isValidTimeZone, 'time_zone');
const instant = z.iso.datetime({ offset: true });
/** Where a tracked link leads: a petition, an account, a landing page. Only web addresses. */
const targetUrl = z
  .url({ protocol: /^https?$/ })
  .max(2000)
  .nullish()
  .transform((v) => v ?? null);

const VariantInput = z.strictObject({
  name: z.string().trim().min(1).max(80),
  campaignId: z.uuid().nullish(),
  assetId: z.uuid().nullish(),
  targetUrl,
});

const ordered = (s: { startsAt: string; endsAt: string }) => Date.parse(s.endsAt) > Date.parse(s.startsAt);
const notTooLong = (s: { startsAt: string; endsAt: string }) =>
  Date.parse(s.endsAt) - Date.parse(s.startsAt) <= MAX_SESSION_DAYS * 86_400_000;

export const CreateFieldSessionInput = z
  .strictObject({
    name: z.string().trim().min(1).max(120),
    place: z.string().trim().max(200).default(''),
    startsAt: instant,
    endsAt: instant,
    timeZone: timeZone.default('Asia/Jakarta'),
    variants: z.array(VariantInput).min(1).max(MAX_VARIANTS),
    extraOutcomes: z.array(ExtraOutcomeSchema).max(MAX_EXTRAS).default([]),
    teamIds: z.array(z.uuid()).max(50).default([]),
    retentionDays: RetentionDaysSchema.default(DEFAULT_RETENTION_DAYS),
  })
  .refine(ordered, { message: 'time_order', path: ['endsAt'] })
  .refine(notTooLong, { message: 'too_big', path: ['endsAt'] });
export type CreateFieldSession = z.output<typeof CreateFieldSessionInput>;

/**
 * A change of a variant (with its `id`; `remove: true` takes it away) or a new variant (without). Variants
 * the list does not name stay as they are; an existing variant keeps its id and short link, so tallies keep
 * counting and printed QR codes keep working (`#core/field/session-edit.ts`).
 */
const VariantChangeInput = z
  .strictObject({
    id: z.string().min(1).max(64).optional(),
    name: z.string().trim().min(1).max(80).optional(),
    campaignId: z.uuid().nullable().optional(),
    assetId: z.uuid().nullable().optional(),
    targetUrl: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .nullable()
      .optional(),
    remove: z.literal(true).optional(),
  })
  .refine((v) => v.id !== undefined || v.name !== undefined, { message: 'required', path: ['name'] })
  .refine((v) => v.id !== undefined || v.remove === undefined, { message: 'invalid', path: ['remove'] });

/** Any of the settings; the join code is not among them: it never changes once volunteers have it. */
export const UpdateFieldSessionInput = z.strictObject({
  name: z.string().trim().min(1).max(120).optional(),
  place: z.string().trim().max(200).optional(),
  startsAt: instant.optional(),
  endsAt: instant.optional(),
  timeZone: timeZone.optional(),
  variants: z
    .array(VariantChangeInput)
    .max(MAX_VARIANTS * 2)
    .optional(),
  /** The whole list of extras after the change; one with tallies cannot be left out, only relabelled. */
  extraOutcomes: z.array(ExtraOutcomeSchema).max(MAX_EXTRAS).optional(),
  teamIds: z.array(z.uuid()).max(50).optional(),
  retentionDays: RetentionDaysSchema.optional(),
});
export type UpdateFieldSession = z.output<typeof UpdateFieldSessionInput>;

export const FieldJoinInput = z.strictObject({
  code: joinCode,
  name: z.string().trim().min(1).max(80),
});

const flag = z.enum(['0', '1']).transform((v) => v === '1');
export const PhotoQuery = z.object({
  identifiable: flag.default(false),
  consent: flag.default(false),
  caption: z.string().trim().max(280).optional(),
});
