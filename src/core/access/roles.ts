export const ORGANISATION_KINDS = ['confederation', 'federation', 'union', 'other'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const ORGANISATION_ROLES = ['media_lead', 'member'] as const;
export type OrganisationRole = (typeof ORGANISATION_ROLES)[number];

export const PROGRAMME_ROLES = ['facilitator', 'reviewer', 'participant'] as const;
export type ProgrammeRole = (typeof PROGRAMME_ROLES)[number];

/** Who is asking: everything a policy needs to decide, loaded once per request. */
export interface Actor {
  userId: string;
  isPlatformAdmin: boolean;
  organisationRoles: ReadonlyArray<{ organisationId: string; role: OrganisationRole }>;
  programmeRoles: ReadonlyArray<{
    programmeId: string;
    role: ProgrammeRole;
    organisationId: string | null;
    teamId: string | null;
  }>;
}

/** The organisation hierarchy as child → parent; roots map to null. */
export type OrganisationTree = ReadonlyMap<string, string | null>;
