import { z } from 'zod';
import { LOCALES } from '../i18n/locales.ts';

const email = z.string().trim().toLowerCase().pipe(z.email().max(254));
export const PASSWORD_MIN = 8;
const password = z.string().min(PASSWORD_MIN).max(200);
const personName = z.string().trim().min(1).max(80);

export const LoginInput = z.strictObject({ email, password: z.string().min(1).max(200) });
export const ChangePasswordInput = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: password,
});
export const UpdateMeInput = z.strictObject({
  locale: z.enum(LOCALES).optional(),
  name: personName.optional(),
});

/** Join codes are typed on phones: case and surrounding spaces don't matter. */
export const joinCode = z
  .string()
  .trim()
  .toUpperCase()
  .min(3)
  .max(32)
  .regex(/^[A-Z0-9-]+$/, 'invalid');
export const JoinInput = z.strictObject({
  code: joinCode,
  name: personName,
  pin: z.string().regex(/^\d{4,6}$/, 'pin'),
  organisationId: z.uuid().nullish(),
});

export const CreateUserInput = z.strictObject({
  email,
  name: personName,
  password,
  isPlatformAdmin: z.boolean().optional(),
  locale: z.enum(LOCALES).optional(),
});
export const UpdateUserInput = z.strictObject({
  name: personName.optional(),
  isPlatformAdmin: z.boolean().optional(),
  disabled: z.boolean().optional(),
});

export const CreateInvitationInput = z.strictObject({
  email,
  name: z.string().trim().max(80).optional(),
  isPlatformAdmin: z.boolean().optional(),
  organisationId: z.uuid().nullish(),
  organisationRole: z.enum(['media_lead', 'member']).nullish(),
  programmeId: z.uuid().nullish(),
  programmeRole: z.enum(['facilitator', 'reviewer', 'participant']).nullish(),
});
export const AcceptInvitationInput = z.strictObject({ name: personName, password });

/** A name as the join flow compares it: case, accents and inner spacing do not make another person. */
export function normaliseJoinName(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('id');
}
