/** Response shapes of the HTTP API (docs/api.md), as the web app reads them. */

import type { OrganisationKind, OrganisationRole, ProgrammeRole } from '#core/access/roles.ts';
import type { Locale } from '#core/i18n/locales.ts';
import type { ActivityModule } from '#core/programme/modules.ts';

// The domain's enumerations come from the core (zod-free modules), so web and server cannot drift apart.
export {
  ORGANISATION_KINDS,
  ORGANISATION_ROLES,
  type OrganisationKind,
  type OrganisationRole,
  PROGRAMME_ROLES,
  type ProgrammeRole,
} from '#core/access/roles.ts';
export { ACTIVITY_MODULES, type ActivityModule } from '#core/programme/modules.ts';

export interface Me {
  user: { id: string; name: string; email: string | null; locale: Locale; isPlatformAdmin: boolean };
  organisations: { id: string; name: string; role: OrganisationRole }[];
  programmes: { id: string; name: string; role: ProgrammeRole }[];
}

export interface Meta {
  version: string;
  demo: boolean;
  demoAccounts: { email: string; role: string }[];
  demoPassword: string | null;
  demoJoinCode: string | null;
}

export interface ProgrammeSummary {
  id: string;
  name: string;
  startsOn: string;
  endsOn: string;
  venue: string | null;
  timeZone: string;
  myRole: ProgrammeRole | null;
}

export interface Programme {
  id: string;
  name: string;
  startsOn: string;
  endsOn: string;
  venue: string | null;
  timeZone: string;
  themes: string[];
  organisations: { id: string; name: string }[];
}

export interface ProgrammeDetail {
  programme: Programme;
  myRole: ProgrammeRole | null;
  can: { manage: boolean };
}

export interface Activity {
  id: string;
  startsAt: string;
  endsAt: string;
  title: string;
  module: ActivityModule;
  notes: string | null;
}

export interface AgendaDay {
  id: string;
  date: string;
  title: string | null;
  activities: Activity[];
}

export interface Agenda {
  today: string;
  timeZone: string;
  days: AgendaDay[];
}

export interface Participant {
  id: string;
  userId: string;
  name: string;
  email: string | null;
  role: ProgrammeRole;
  organisationId: string | null;
  teamId: string | null;
  joinedAt: string;
}

export interface Team {
  id: string;
  name: string;
  organisationId: string | null;
  memberCount: number;
}

export interface JoinCode {
  id: string;
  code: string;
  label: string | null;
  active: boolean;
  url: string;
}

export interface Organisation {
  id: string;
  name: string;
  shortName: string | null;
  kind: OrganisationKind;
  parentId: string | null;
}

export interface OrganisationMember {
  userId: string;
  name: string;
  email: string | null;
  role: OrganisationRole;
}

export interface JoinInfo {
  programme: { id: string; name: string; startsOn: string; endsOn: string; venue: string | null };
  organisations: { id: string; name: string }[];
}

export interface AdminUser {
  id: string;
  name: string;
  email: string;
  isPlatformAdmin: boolean;
  disabled: boolean;
  createdAt: string;
}

export interface AuditEntry {
  id: string;
  at: string;
  actorUserId: string | null;
  actorName: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  details: unknown;
}

export interface InvitationInfo {
  email: string;
  name: string | null;
  organisation: { id: string; name: string } | null;
  programme: { id: string; name: string } | null;
}
