/**
 * Campaign plans and their content calendars. A plan is saved whole, naming the version it started from:
 * a save on an older version is refused (`stale_version`) so that one team member never overwrites
 * another's change unseen; calendar posts carry versions of their own, so two people can edit two posts.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import {
  type CampaignPlan,
  CampaignPlanSchema,
  type CommentInput,
  type ContentItemSchema,
  type CreateCampaignInput,
  newPlan,
  type SaveCampaignInput,
  type SaveContentItemInput,
} from '#core/campaign/plan.ts';
import { canEditCampaign, canViewCampaign } from '#core/campaign/policy.ts';
import { AppError } from '#core/errors.ts';
import type { Locale } from '#core/i18n/locales.ts';
import type { Scope } from '../../auth/actor.ts';
import { loadProgramme } from '../../auth/programme-access.ts';
import {
  assets,
  campaignComments,
  campaigns,
  contentItems,
  programmes,
  teams,
  users,
} from '../../db/schema.ts';
import { assertUuid } from '../../http/ids.ts';
import { type CampaignRow, type LoadedCampaign, loadCampaign } from './access.ts';
import { activityOf, recordActivity } from './activity.ts';

type ContentRow = typeof contentItems.$inferSelect;

/** A stored plan, read defensively: what no longer fits the schema is refused loudly rather than shown. */
function planOf(row: CampaignRow): CampaignPlan {
  const parsed = CampaignPlanSchema.safeParse(row.plan);
  if (!parsed.success) throw new AppError('internal', { cause: parsed.error });
  return parsed.data;
}

function presentCampaign(loaded: LoadedCampaign) {
  const { campaign, team } = loaded;
  const plan = planOf(campaign);
  return {
    id: campaign.id,
    programmeId: campaign.programmeId,
    team,
    version: campaign.version,
    plan,
    updatedAt: campaign.updatedAt.toISOString(),
    canEdit: loaded.canEdit,
    canReview: loaded.canReview,
  };
}

function presentContent(row: ContentRow) {
  return {
    id: row.id,
    scheduledAt: row.scheduledAt?.toISOString() ?? null,
    platform: row.platform,
    format: row.format,
    caption: row.caption,
    assetIds: row.assetIds,
    status: row.status,
    link: row.link,
    version: row.version,
  };
}

/** The programme's campaigns the actor may see, with their team and title. */
export async function listCampaigns(scope: Scope, programmeId: string) {
  const programme = await loadProgramme(scope, programmeId);
  const rows = await scope.db
    .select({
      campaign: campaigns,
      team: { id: teams.id, name: teams.name, organisationId: teams.organisationId },
    })
    .from(campaigns)
    .innerJoin(teams, eq(teams.id, campaigns.teamId))
    .where(eq(campaigns.programmeId, programme.id))
    .orderBy(asc(teams.name), asc(campaigns.createdAt));
  const ref = (r: (typeof rows)[number]) => ({
    programmeId: programme.id,
    teamId: r.team.id,
    teamOrganisationId: r.team.organisationId,
  });
  const teamRows = await scope.db
    .select({ id: teams.id, name: teams.name, organisationId: teams.organisationId })
    .from(teams)
    .where(eq(teams.programmeId, programme.id))
    .orderBy(asc(teams.name));
  return {
    themes: programme.themes,
    campaigns: rows
      .filter((r) => canViewCampaign(scope.actor, scope.tree, ref(r)))
      .map((r) => {
        const plan = planOf(r.campaign);
        return {
          id: r.campaign.id,
          team: r.team,
          title: plan.title,
          theme: plan.theme,
          version: r.campaign.version,
          updatedAt: r.campaign.updatedAt.toISOString(),
        };
      }),
    /** Teams the actor may start a campaign for. */
    teams: teamRows.filter((t) =>
      canEditCampaign(scope.actor, scope.tree, {
        programmeId: programme.id,
        teamId: t.id,
        teamOrganisationId: t.organisationId,
      }),
    ),
  };
}

export async function createCampaign(
  scope: Scope,
  programmeId: string,
  input: z.output<typeof CreateCampaignInput>,
  locale: Locale,
) {
  const programme = await loadProgramme(scope, programmeId);
  const [team] = await scope.db
    .select()
    .from(teams)
    .where(and(eq(teams.id, input.teamId), eq(teams.programmeId, programme.id)))
    .limit(1);
  if (!team) throw new AppError('validation', { fields: [{ field: 'teamId', rule: 'choice' }] });
  const ref = { programmeId: programme.id, teamId: team.id, teamOrganisationId: team.organisationId };
  if (!canEditCampaign(scope.actor, scope.tree, ref)) throw new AppError('forbidden');
  if (!programme.themes.includes(input.theme)) {
    throw new AppError('validation', { fields: [{ field: 'theme', rule: 'choice' }] });
  }
  const [row] = await scope.db
    .insert(campaigns)
    .values({
      programmeId: programme.id,
      teamId: team.id,
      plan: newPlan(input, locale),
      createdBy: scope.actor.userId,
      updatedBy: scope.actor.userId,
    })
    .returning();
  if (!row) throw new AppError('internal');
  await recordActivity(scope.db, row.id, scope.actor.userId, 'campaign.created', { title: input.title });
  return getCampaign(scope, row.id);
}

/** The whole campaign as its page shows it: plan, calendar, comments and history. */
export async function getCampaign(scope: Scope, id: string) {
  const loaded = await loadCampaign(scope, id);
  const [content, comments, activity] = await Promise.all([
    scope.db
      .select()
      .from(contentItems)
      .where(eq(contentItems.campaignId, loaded.campaign.id))
      .orderBy(sql`${contentItems.scheduledAt} asc nulls last`, asc(contentItems.createdAt)),
    scope.db
      .select({
        id: campaignComments.id,
        body: campaignComments.body,
        author: users.name,
        createdAt: campaignComments.createdAt,
      })
      .from(campaignComments)
      .leftJoin(users, eq(users.id, campaignComments.authorUserId))
      .where(eq(campaignComments.campaignId, loaded.campaign.id))
      .orderBy(asc(campaignComments.createdAt)),
    activityOf(scope.db, loaded.campaign.id),
  ]);
  return {
    campaign: presentCampaign(loaded),
    content: content.map(presentContent),
    comments: comments.map((c) => ({ ...c, createdAt: c.createdAt.toISOString() })),
    activity,
  };
}

/** Saves the plan if nobody saved since `baseVersion`; the check and the write are one statement. */
export async function saveCampaign(
  scope: Scope,
  id: string,
  input: z.output<typeof SaveCampaignInput>,
  now: Date,
) {
  const loaded = await loadCampaign(scope, id, 'edit');
  // loadCampaign has authorised; only the programme's themes are needed here.
  const [programme] = await scope.db
    .select({ themes: programmes.themes })
    .from(programmes)
    .where(eq(programmes.id, loaded.campaign.programmeId));
  // A theme the programme has since renamed may stay; a new choice must be one of the programme's.
  if (
    programme &&
    !programme.themes.includes(input.plan.theme) &&
    input.plan.theme !== planOf(loaded.campaign).theme
  ) {
    throw new AppError('validation', { fields: [{ field: 'plan.theme', rule: 'choice' }] });
  }
  const [saved] = await scope.db
    .update(campaigns)
    .set({ plan: input.plan, version: input.baseVersion + 1, updatedAt: now, updatedBy: scope.actor.userId })
    .where(and(eq(campaigns.id, loaded.campaign.id), eq(campaigns.version, input.baseVersion)))
    .returning({ version: campaigns.version });
  if (!saved) {
    const [current] = await scope.db
      .select({ version: campaigns.version })
      .from(campaigns)
      .where(eq(campaigns.id, loaded.campaign.id));
    throw new AppError('stale_version', { params: { version: current?.version ?? loaded.campaign.version } });
  }
  await recordActivity(scope.db, loaded.campaign.id, scope.actor.userId, 'campaign.saved', {
    version: saved.version,
  });
  return getCampaign(scope, loaded.campaign.id);
}

async function loadContent(scope: Scope, id: string, need: 'view' | 'edit') {
  const [row] = await scope.db
    .select()
    .from(contentItems)
    .where(eq(contentItems.id, assertUuid(id)))
    .limit(1);
  if (!row) throw new AppError('not_found');
  const loaded = await loadCampaign(scope, row.campaignId, need);
  return { row, loaded };
}

/**
 * Refuses a post that names a poster of another campaign (another team's, or one that does not exist: the
 * answer is the same, so it tells nothing about other teams' posters), each beside its place in the list.
 */
async function assertOwnAssets(scope: Scope, campaignId: string, assetIds: readonly string[]) {
  if (assetIds.length === 0) return;
  const own = await scope.db
    .select({ id: assets.id })
    .from(assets)
    .where(and(eq(assets.campaignId, campaignId), inArray(assets.id, [...new Set(assetIds)])));
  const known = new Set(own.map((a) => a.id));
  const fields = assetIds.flatMap((id, i) =>
    known.has(id) ? [] : [{ field: `assetIds.${i}`, rule: 'not_in_campaign' }],
  );
  if (fields.length > 0) throw new AppError('validation', { fields });
}

/** A calendar post's own columns, as a new post and a save both write them. */
function contentColumns(input: z.output<typeof ContentItemSchema>) {
  return {
    scheduledAt: input.scheduledAt ? new Date(input.scheduledAt) : null,
    platform: input.platform,
    format: input.format,
    caption: input.caption,
    assetIds: input.assetIds,
    status: input.status,
    link: input.link,
  };
}

export async function addContent(
  scope: Scope,
  campaignId: string,
  input: z.output<typeof ContentItemSchema>,
) {
  const loaded = await loadCampaign(scope, campaignId, 'edit');
  await assertOwnAssets(scope, loaded.campaign.id, input.assetIds);
  const [row] = await scope.db
    .insert(contentItems)
    .values({ campaignId: loaded.campaign.id, ...contentColumns(input) })
    .returning();
  if (!row) throw new AppError('internal');
  await recordActivity(scope.db, loaded.campaign.id, scope.actor.userId, 'content.created', { id: row.id });
  return presentContent(row);
}

export async function saveContent(
  scope: Scope,
  id: string,
  input: z.output<typeof SaveContentItemInput>,
  now: Date,
) {
  const { row, loaded } = await loadContent(scope, id, 'edit');
  await assertOwnAssets(scope, loaded.campaign.id, input.assetIds);
  const [saved] = await scope.db
    .update(contentItems)
    .set({
      ...contentColumns(input),
      version: input.baseVersion + 1,
      updatedAt: now,
    })
    .where(and(eq(contentItems.id, row.id), eq(contentItems.version, input.baseVersion)))
    .returning();
  if (!saved) {
    const [current] = await scope.db.select().from(contentItems).where(eq(contentItems.id, row.id));
    throw new AppError('stale_version', { params: { version: current?.version ?? row.version } });
  }
  await recordActivity(scope.db, loaded.campaign.id, scope.actor.userId, 'content.saved', {
    id: row.id,
    version: saved.version,
  });
  return presentContent(saved);
}

export async function deleteContent(scope: Scope, id: string) {
  const { row, loaded } = await loadContent(scope, id, 'edit');
  await scope.db.delete(contentItems).where(eq(contentItems.id, row.id));
  await recordActivity(scope.db, loaded.campaign.id, scope.actor.userId, 'content.deleted', { id: row.id });
  return { deleted: true };
}

/** Anyone who may see the campaign may comment on it (reviewers included). */
export async function addComment(scope: Scope, campaignId: string, input: z.output<typeof CommentInput>) {
  const loaded = await loadCampaign(scope, campaignId);
  const [row] = await scope.db
    .insert(campaignComments)
    .values({ campaignId: loaded.campaign.id, authorUserId: scope.actor.userId, body: input.body })
    .returning({ id: campaignComments.id });
  if (!row) throw new AppError('internal');
  await recordActivity(scope.db, loaded.campaign.id, scope.actor.userId, 'comment.added', { id: row.id });
  return { id: row.id };
}
