/**
 * Authorisation as pure functions of (actor, thing, organisation tree). Every use-case calls one of these
 * before it reads or writes; nothing here touches the database, so the whole matrix is testable by tables.
 *
 * The rules in words:
 * - A platform admin may do everything.
 * - A media lead sees and manages their organisation and every organisation below it.
 * - A programme is seen by its members (facilitators, reviewers, participants) and by media leads of a
 *   participating organisation (or of an organisation above one); it is managed by its facilitators.
 * - People's details inside a programme are private to their organisation: a lead of another organisation
 *   sees the programme, its agenda and team names, but not who from the first organisation takes part.
 */
import type { Actor, OrganisationTree, ProgrammeRole } from './roles.ts';

/** The organisation and all its ancestors, nearest first. Cycles are cut (the tree is validated on write). */
export function ancestorsOf(tree: OrganisationTree, organisationId: string): string[] {
  const chain: string[] = [];
  let current: string | null | undefined = organisationId;
  while (current && !chain.includes(current)) {
    chain.push(current);
    current = tree.get(current);
  }
  return chain;
}

/** True when `organisationId` is `ancestorId` itself or lies below it. */
export function isWithin(tree: OrganisationTree, organisationId: string, ancestorId: string): boolean {
  return ancestorsOf(tree, organisationId).includes(ancestorId);
}

/** True when the actor leads `organisationId` or an organisation above it. */
export function leadsOrganisation(actor: Actor, tree: OrganisationTree, organisationId: string): boolean {
  const leads = actor.organisationRoles.filter((r) => r.role === 'media_lead').map((r) => r.organisationId);
  if (leads.length === 0) return false;
  return ancestorsOf(tree, organisationId).some((id) => leads.includes(id));
}

export function isMemberOfOrganisation(
  actor: Actor,
  tree: OrganisationTree,
  organisationId: string,
): boolean {
  return actor.organisationRoles.some((r) => isWithin(tree, r.organisationId, organisationId));
}

export function programmeRoleOf(actor: Actor, programmeId: string): ProgrammeRole | null {
  return actor.programmeRoles.find((r) => r.programmeId === programmeId)?.role ?? null;
}

// --- organisations -------------------------------------------------------------------------------

/** Members, roles and everything not shown in public lists. */
export function canViewOrganisationPrivate(
  actor: Actor,
  tree: OrganisationTree,
  organisationId: string,
): boolean {
  return actor.isPlatformAdmin || leadsOrganisation(actor, tree, organisationId);
}

export function canManageOrganisation(actor: Actor, tree: OrganisationTree, organisationId: string): boolean {
  return actor.isPlatformAdmin || leadsOrganisation(actor, tree, organisationId);
}

/** Creating a root organisation is for admins; a lead may add organisations below their own. */
export function canCreateOrganisation(
  actor: Actor,
  tree: OrganisationTree,
  parentId: string | null,
): boolean {
  if (actor.isPlatformAdmin) return true;
  return parentId !== null && leadsOrganisation(actor, tree, parentId);
}

// --- programmes ----------------------------------------------------------------------------------

export interface ProgrammeRef {
  id: string;
  organisationIds: readonly string[];
}

/** Admins and anyone who already facilitates a programme may start a new one (and facilitate it). */
export function canCreateProgramme(actor: Actor): boolean {
  return actor.isPlatformAdmin || actor.programmeRoles.some((r) => r.role === 'facilitator');
}

export function canViewProgramme(actor: Actor, tree: OrganisationTree, programme: ProgrammeRef): boolean {
  if (actor.isPlatformAdmin || programmeRoleOf(actor, programme.id) !== null) return true;
  return programme.organisationIds.some((orgId) => leadsOrganisation(actor, tree, orgId));
}

export function canManageProgramme(actor: Actor, programmeId: string): boolean {
  return actor.isPlatformAdmin || programmeRoleOf(actor, programmeId) === 'facilitator';
}

export interface ParticipantRef {
  userId: string;
  programmeId: string;
  organisationId: string | null;
  teamId: string | null;
}

/**
 * Who may see a person's membership in a programme (name, role, organisation, team).
 * Facilitators and reviewers work with everyone; a participant sees themself and their own team;
 * a media lead sees the people of their own organisations.
 */
export function canViewParticipant(actor: Actor, tree: OrganisationTree, person: ParticipantRef): boolean {
  if (actor.isPlatformAdmin || actor.userId === person.userId) return true;
  const own = actor.programmeRoles.find((r) => r.programmeId === person.programmeId);
  if (own?.role === 'facilitator' || own?.role === 'reviewer') return true;
  if (own && person.teamId !== null && own.teamId === person.teamId) return true;
  return person.organisationId !== null && leadsOrganisation(actor, tree, person.organisationId);
}

// --- accounts ------------------------------------------------------------------------------------

export function canManageAccounts(actor: Actor): boolean {
  return actor.isPlatformAdmin;
}

/**
 * Inviting someone: admins invite anyone; a lead may invite into their organisations (as member or lead);
 * a facilitator may invite into their programme.
 */
export function canInvite(
  actor: Actor,
  tree: OrganisationTree,
  target: { organisationId: string | null; programmeId: string | null; platformAdmin: boolean },
): boolean {
  if (actor.isPlatformAdmin) return true;
  if (target.platformAdmin) return false;
  if (target.organisationId === null && target.programmeId === null) return false;
  if (target.organisationId !== null && !leadsOrganisation(actor, tree, target.organisationId)) return false;
  if (target.programmeId !== null && !canManageProgramme(actor, target.programmeId)) return false;
  return true;
}
