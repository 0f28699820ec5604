/**
 * Who may do what with assessments. Answers are anonymous: nobody but the respondent (holding their token or
 * personal code) ever reads one person's answers; results are group figures above the threshold k.
 */
import { canManageProgramme, leadsOrganisation, programmeRoleOf } from '../access/policy.ts';
import type { Actor, OrganisationTree } from '../access/roles.ts';

export function canManageAssessments(actor: Actor, programmeId: string): boolean {
  return canManageProgramme(actor, programmeId);
}

/** Anyone who belongs to the programme may take its open assessments. */
export function canTakeAssessment(actor: Actor, programmeId: string): boolean {
  return actor.isPlatformAdmin || programmeRoleOf(actor, programmeId) !== null;
}

/**
 * Which group results the actor may see: facilitators, reviewers and admins see every organisation's;
 * a media lead sees the organisations they lead (and those below); everyone else the programme as a whole.
 */
export function resultScope(
  actor: Actor,
  tree: OrganisationTree,
  programmeId: string,
  organisationIds: readonly string[],
): { programme: boolean; organisations: string[] } {
  const role = programmeRoleOf(actor, programmeId);
  if (actor.isPlatformAdmin || role === 'facilitator' || role === 'reviewer') {
    return { programme: true, organisations: [...organisationIds] };
  }
  return {
    programme: true,
    organisations: organisationIds.filter((id) => leadsOrganisation(actor, tree, id)),
  };
}
