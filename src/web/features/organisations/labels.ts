import type { MessageKey } from '#web/app/i18n.ts';
import type { OrganisationKind, OrganisationRole } from '#web/app/types.ts';

export const KIND_LABEL: Record<OrganisationKind, MessageKey> = {
  confederation: 'orgKind.confederation',
  federation: 'orgKind.federation',
  union: 'orgKind.union',
  other: 'orgKind.other',
};

export const ORG_ROLE_LABEL: Record<OrganisationRole, MessageKey> = {
  media_lead: 'orgRole.media_lead',
  member: 'orgRole.member',
};
