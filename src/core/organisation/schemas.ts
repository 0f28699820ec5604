import { z } from 'zod';
import { ORGANISATION_KINDS, ORGANISATION_ROLES } from '../access/roles.ts';

const name = z.string().trim().min(1).max(160);
export const CreateOrganisationInput = z.strictObject({
  name,
  shortName: z.string().trim().max(40).nullish(),
  kind: z.enum(ORGANISATION_KINDS),
  parentId: z.uuid().nullish(),
  country: z.string().trim().max(2).nullish(),
});
export const UpdateOrganisationInput = z.strictObject({
  name: name.optional(),
  shortName: z.string().trim().max(40).nullish(),
  kind: z.enum(ORGANISATION_KINDS).optional(),
});
export const SetOrganisationMemberInput = z.strictObject({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  role: z.enum(ORGANISATION_ROLES),
});
