import { z } from 'zod';
import { PROGRAMME_ROLES } from '../access/roles.ts';
import { isValidTimeZone } from '../i18n/format.ts';
import { ACTIVITY_MODULES } from './modules.ts';

const isoDate = z.iso.date();
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const clockTime = z.string().regex(CLOCK, 'time');

/** An order check that stays quiet while either end is itself malformed (that has its own message). */
const ordered = (valid: (value: string) => boolean) => (start: string, end: string) =>
  !valid(start) || !valid(end) || end >= start;
const validDate = (value: string) => isoDate.safeParse(value).success;
const validTime = (value: string) => CLOCK.test(value);
const timeZone = z.string().trim().min(1).max(64).refine(isValidTimeZone, 'time_zone');
const theme = z.string().trim().min(1).max(120);

const programmeFields = {
  name: z.string().trim().min(1).max(160),
  startsOn: isoDate,
  endsOn: isoDate,
  venue: z.string().trim().max(200).optional(),
  timeZone: timeZone.optional(),
  themes: z.array(theme).max(20).optional(),
  organisationIds: z.array(z.uuid()).max(200).optional(),
};

export const CreateProgrammeInput = z
  .strictObject(programmeFields)
  .refine((p) => ordered(validDate)(p.startsOn, p.endsOn), { message: 'date_order', path: ['endsOn'] });

export const UpdateProgrammeInput = z.strictObject({
  name: programmeFields.name.optional(),
  startsOn: isoDate.optional(),
  endsOn: isoDate.optional(),
  venue: programmeFields.venue,
  timeZone: programmeFields.timeZone,
  themes: programmeFields.themes,
  organisationIds: programmeFields.organisationIds,
});

export const CreateDayInput = z.strictObject({ date: isoDate, title: z.string().trim().max(160).optional() });
export const UpdateDayInput = z.strictObject({
  date: isoDate.optional(),
  title: z.string().trim().max(160).optional(),
});

const activityFields = {
  startsAt: clockTime,
  endsAt: clockTime,
  title: z.string().trim().min(1).max(200),
  module: z.enum(ACTIVITY_MODULES),
  notes: z.string().trim().max(2000).optional(),
};
export const CreateActivityInput = z
  .strictObject(activityFields)
  .refine((a) => ordered(validTime)(a.startsAt, a.endsAt), { message: 'time_order', path: ['endsAt'] });
export const UpdateActivityInput = z.strictObject({
  startsAt: clockTime.optional(),
  endsAt: clockTime.optional(),
  title: activityFields.title.optional(),
  module: activityFields.module.optional(),
  notes: activityFields.notes,
});

export const AddParticipantInput = z.strictObject({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  role: z.enum(PROGRAMME_ROLES),
  organisationId: z.uuid().nullish(),
  teamId: z.uuid().nullish(),
});
export const UpdateParticipantInput = z.strictObject({
  role: z.enum(PROGRAMME_ROLES).optional(),
  organisationId: z.uuid().nullable().optional(),
  teamId: z.uuid().nullable().optional(),
});

export const CreateTeamInput = z.strictObject({
  name: z.string().trim().min(1).max(80),
  organisationId: z.uuid().nullish(),
});
export const UpdateTeamInput = z.strictObject({
  name: z.string().trim().min(1).max(80).optional(),
  organisationId: z.uuid().nullable().optional(),
});

export const CreateJoinCodeInput = z.strictObject({ label: z.string().trim().max(80).optional() });
export const UpdateJoinCodeInput = z.strictObject({
  label: z.string().trim().max(80).optional(),
  active: z.boolean().optional(),
});

/** An unambiguous alphabet for codes read aloud in a hall and typed on phones (no 0/O, 1/I/L). */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A join code like `K7QM-3XPA` from the given random bytes (at least 8). */
export function joinCodeFromBytes(bytes: Uint8Array): string {
  const chars = Array.from(bytes.slice(0, 8), (b) => CODE_ALPHABET[b % CODE_ALPHABET.length]);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
}
