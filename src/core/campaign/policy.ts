/**
 * Who may see, edit and review a team's campaign. Plans are the team's work in progress: open to the team,
 * to the leads of the team's organisation (and above), and to the programme's facilitators and reviewers;
 * closed to everyone else, including leads of other organisations in the same programme.
 */
import { leadsOrganisation, programmeRoleOf } from '../access/policy.ts';
import type { Actor, OrganisationTree } from '../access/roles.ts';

export interface CampaignRef {
  programmeId: string;
  teamId: string;
  /** The organisation the team belongs to, when it has one. */
  teamOrganisationId: string | null;
}

const inTeam = (actor: Actor, c: CampaignRef) =>
  actor.programmeRoles.some((r) => r.programmeId === c.programmeId && r.teamId === c.teamId);

const leadsTeam = (actor: Actor, tree: OrganisationTree, c: CampaignRef) =>
  c.teamOrganisationId !== null && leadsOrganisation(actor, tree, c.teamOrganisationId);

export function canEditCampaign(actor: Actor, tree: OrganisationTree, c: CampaignRef): boolean {
  if (actor.isPlatformAdmin || programmeRoleOf(actor, c.programmeId) === 'facilitator') return true;
  return inTeam(actor, c) || leadsTeam(actor, tree, c);
}

export function canReviewCampaign(actor: Actor, c: Pick<CampaignRef, 'programmeId'>): boolean {
  const role = programmeRoleOf(actor, c.programmeId);
  return actor.isPlatformAdmin || role === 'reviewer' || role === 'facilitator';
}

export function canViewCampaign(actor: Actor, tree: OrganisationTree, c: CampaignRef): boolean {
  return canEditCampaign(actor, tree, c) || canReviewCampaign(actor, c);
}
