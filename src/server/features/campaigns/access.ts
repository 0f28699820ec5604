/** Loading a campaign the actor may see (or edit, or review), with what the policy needs to decide. */
import { eq } from 'drizzle-orm';
import {
  type CampaignRef,
  canEditCampaign,
  canReviewCampaign,
  canViewCampaign,
} from '#core/campaign/policy.ts';
import { AppError } from '#core/errors.ts';
import type { Scope } from '../../auth/actor.ts';
import { campaigns, teams } from '../../db/schema.ts';
import { assertUuid } from '../../http/ids.ts';

export type CampaignRow = typeof campaigns.$inferSelect;

export interface LoadedCampaign {
  campaign: CampaignRow;
  ref: CampaignRef;
  team: { id: string; name: string; organisationId: string | null };
  canEdit: boolean;
  canReview: boolean;
}

/**
 * A campaign the actor may see, or 404 (an invisible campaign is indistinguishable from a missing one);
 * `edit` or `review` turns a visible campaign the actor may not change into a 403.
 */
export async function loadCampaign(
  scope: Scope,
  id: string,
  need: 'view' | 'edit' | 'review' = 'view',
): Promise<LoadedCampaign> {
  const [row] = await scope.db
    .select({
      campaign: campaigns,
      team: { id: teams.id, name: teams.name, organisationId: teams.organisationId },
    })
    .from(campaigns)
    .innerJoin(teams, eq(teams.id, campaigns.teamId))
    .where(eq(campaigns.id, assertUuid(id)))
    .limit(1);
  if (!row) throw new AppError('not_found');
  const ref: CampaignRef = {
    programmeId: row.campaign.programmeId,
    teamId: row.team.id,
    teamOrganisationId: row.team.organisationId,
  };
  if (!canViewCampaign(scope.actor, scope.tree, ref)) throw new AppError('not_found');
  const canEdit = canEditCampaign(scope.actor, scope.tree, ref);
  const canReview = canReviewCampaign(scope.actor, ref);
  if ((need === 'edit' && !canEdit) || (need === 'review' && !canReview)) throw new AppError('forbidden');
  return { campaign: row.campaign, ref, team: row.team, canEdit, canReview };
}
