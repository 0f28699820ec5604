import { eq } from 'drizzle-orm';
import { newPlan } from '#core/campaign/plan.ts';
import type { Database } from '../db/client.ts';
import { campaigns, contentItems, teams } from '../db/schema.ts';

/** A campaign of a demo team, written straight into the database (for tests of what hangs off it). */
export async function insertCampaign(db: Database, teamName = 'Tim Energi', title = 'Energi untuk siapa?') {
  const [team] = await db.select().from(teams).where(eq(teams.name, teamName)).limit(1);
  if (!team) throw new Error(`no team ${teamName}`);
  const [row] = await db
    .insert(campaigns)
    .values({
      programmeId: team.programmeId,
      teamId: team.id,
      plan: newPlan({ theme: 'Transisi Berkeadilan', title }, 'id'),
    })
    .returning();
  if (!row) throw new Error('campaign insert returned nothing');
  return row;
}

/** A post of a campaign's calendar, written straight into the database. */
export async function insertContentItem(
  db: Database,
  campaignId: string,
  caption = 'Energi bersih untuk semua.',
) {
  const [row] = await db
    .insert(contentItems)
    .values({ campaignId, platform: 'instagram', caption })
    .returning();
  if (!row) throw new Error('content item insert returned nothing');
  return row;
}
