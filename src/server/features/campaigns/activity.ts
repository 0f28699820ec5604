/** A campaign's history: one row per change, upload, review or reply, written beside the change itself. */
import { desc, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { campaignActivity, users } from '../../db/schema.ts';

export type CampaignAction =
  | 'campaign.created'
  | 'campaign.saved'
  | 'content.created'
  | 'content.saved'
  | 'content.deleted'
  | 'comment.added'
  | 'asset.uploaded'
  | 'review.saved'
  | 'pin.added'
  | 'pin.resolved'
  | 'reply.added';

export async function recordActivity(
  db: Database,
  campaignId: string,
  actorUserId: string | null,
  action: CampaignAction,
  details: Record<string, unknown> = {},
) {
  await db.insert(campaignActivity).values({ campaignId, actorUserId, action, details });
}

export async function activityOf(db: Database, campaignId: string, limit = 100) {
  const rows = await db
    .select({
      action: campaignActivity.action,
      details: campaignActivity.details,
      at: campaignActivity.at,
      actor: users.name,
    })
    .from(campaignActivity)
    .leftJoin(users, eq(users.id, campaignActivity.actorUserId))
    .where(eq(campaignActivity.campaignId, campaignId))
    .orderBy(desc(campaignActivity.at))
    .limit(limit);
  return rows.map((r) => ({ action: r.action, details: r.details, at: r.at.toISOString(), actor: r.actor }));
}
