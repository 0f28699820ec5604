/**
 * Who may see and change an organisation's audit: its accounts, posts, figures and critique board.
 * The audit is open inside the organisation (the point is honest critique by its own people) and closed
 * to everyone else, including leads of other organisations in the same programme.
 *
 * - Platform admins: everything.
 * - Media leads of the organisation or one above it: see and manage.
 * - Members of the organisation or one below it, and programme participants who joined for one of those:
 *   see, critique and +1.
 * - Facilitators of a programme the organisation (or one above it) takes part in: see and manage;
 *   reviewers of such a programme: see.
 */
import { isMemberOfOrganisation, isWithin, leadsOrganisation } from '../access/policy.ts';
import type { Actor, OrganisationTree } from '../access/roles.ts';

/** Organisations of the programmes the actor facilitates or reviews, loaded by the server per request. */
export interface ProgrammeReach {
  facilitated: ReadonlySet<string>;
  reviewed: ReadonlySet<string>;
}

const reachedBy = (tree: OrganisationTree, organisationId: string, roots: ReadonlySet<string>) =>
  [...roots].some((root) => isWithin(tree, organisationId, root));

export function canManageAudit(
  actor: Actor,
  tree: OrganisationTree,
  reach: ProgrammeReach,
  organisationId: string,
): boolean {
  return (
    actor.isPlatformAdmin ||
    leadsOrganisation(actor, tree, organisationId) ||
    reachedBy(tree, organisationId, reach.facilitated)
  );
}

export function canViewAudit(
  actor: Actor,
  tree: OrganisationTree,
  reach: ProgrammeReach,
  organisationId: string,
): boolean {
  if (canManageAudit(actor, tree, reach, organisationId)) return true;
  if (reachedBy(tree, organisationId, reach.reviewed)) return true;
  if (isMemberOfOrganisation(actor, tree, organisationId)) return true;
  return actor.programmeRoles.some(
    (r) => r.organisationId !== null && isWithin(tree, r.organisationId, organisationId),
  );
}
