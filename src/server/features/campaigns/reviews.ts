/**
 * Reviews of a campaign against the programme's rubric (one per reviewer and thing reviewed), comments
 * pinned on posters, and the team's replies. Reviewers, facilitators and admins review; everyone who may
 * see the campaign may reply; pins are resolved by the team or the reviewers.
 */

import { and, asc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '#core/errors.ts';
import type { SaveReview } from '#core/review/review-inputs.ts';
import {
  type Criterion,
  DEFAULT_RUBRIC,
  type PinInput,
  type ReplyInput,
  type ReviewScores,
  type ReviewTarget,
  RubricSchema,
  scoreProblems,
  summariseReviews,
} from '#core/review/rubric.ts';
import type { Scope } from '../../auth/actor.ts';
import { loadProgramme } from '../../auth/programme-access.ts';
import { sha256Hex } from '../../crypto.ts';
import {
  assets,
  contentItems,
  programmes,
  reviewPins,
  reviewReplies,
  reviews,
  users,
} from '../../db/schema.ts';
import { assertUuid } from '../../http/ids.ts';
import { loadCampaign } from './access.ts';
import { recordActivity } from './activity.ts';
import { loadAsset, presentPin, presentReply, versionOfAsset } from './assets.ts';

type ReviewRow = typeof reviews.$inferSelect;

/** The rubric stored on a programme, read defensively: anything that no longer fits counts as not set. */
function storedRubric(value: unknown): Criterion[] | null {
  if (value === null || value === undefined) return null;
  const parsed = RubricSchema.safeParse(value);
  if (!parsed.success) {
    console.error('[reviews] a programme rubric no longer fits the schema; the default one is used');
    return null;
  }
  return parsed.data;
}

async function rubricOfProgramme(scope: Scope, programmeId: string): Promise<Criterion[] | null> {
  const [row] = await scope.db
    .select({ rubric: programmes.reviewRubric })
    .from(programmes)
    .where(eq(programmes.id, programmeId))
    .limit(1);
  return storedRubric(row?.rubric);
}

const presentReview = (
  review: ReviewRow,
  reviewer: string | null,
  actorUserId: string,
  replies: Array<ReturnType<typeof presentReply>>,
) => ({
  id: review.id,
  target: review.targetKind as ReviewTarget,
  targetId: review.targetId,
  reviewer: { id: review.reviewerUserId, name: reviewer },
  mine: review.reviewerUserId === actorUserId,
  // Written only through SaveReviewInput, so the stored shape is the validated one.
  scores: review.scores as ReviewScores,
  summary: review.summary,
  createdAt: review.createdAt.toISOString(),
  updatedAt: review.updatedAt.toISOString(),
  replies,
});

/** The rubric in use, every review with its replies, and per thing reviewed the reviewers' summary. */
export async function listReviews(scope: Scope, campaignId: string) {
  const { campaign, canEdit, canReview } = await loadCampaign(scope, campaignId, 'view');
  const own = await rubricOfProgramme(scope, campaign.programmeId);
  const rubric = own ?? DEFAULT_RUBRIC;
  const rows = await scope.db
    .select({ review: reviews, reviewer: users.name })
    .from(reviews)
    .leftJoin(users, eq(users.id, reviews.reviewerUserId))
    .where(eq(reviews.campaignId, campaign.id))
    .orderBy(asc(reviews.createdAt), asc(reviews.id));
  const reviewIds = rows.map((r) => r.review.id);
  const replies =
    reviewIds.length === 0
      ? []
      : await scope.db
          .select({ reply: reviewReplies, author: users.name })
          .from(reviewReplies)
          .leftJoin(users, eq(users.id, reviewReplies.authorUserId))
          .where(inArray(reviewReplies.reviewId, reviewIds))
          .orderBy(asc(reviewReplies.createdAt), asc(reviewReplies.id));
  const list = rows.map(({ review, reviewer }) =>
    presentReview(
      review,
      reviewer,
      scope.actor.userId,
      replies.filter((r) => r.reply.reviewId === review.id).map((r) => presentReply(r.reply, r.author)),
    ),
  );
  const groups = new Map<string, { target: ReviewTarget; targetId: string | null; scores: ReviewScores[] }>();
  for (const review of list) {
    const key = `${review.target}|${review.targetId ?? ''}`;
    const group = groups.get(key) ?? { target: review.target, targetId: review.targetId, scores: [] };
    group.scores.push(review.scores);
    groups.set(key, group);
  }
  const summaries = [...groups.values()].map((g) => ({
    target: g.target,
    targetId: g.targetId,
    reviewers: g.scores.length,
    criteria: summariseReviews(rubric, g.target, g.scores),
  }));
  return { rubric, rubricIsDefault: own === null, canEdit, canReview, reviews: list, summaries };
}

/** The poster (an asset) or caption (a content item) reviewed must belong to this campaign. */
async function assertTargetInCampaign(scope: Scope, campaignId: string, input: SaveReview) {
  if (input.targetId === null) return;
  const table = input.target === 'poster' ? assets : contentItems;
  const [row] = await scope.db
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.id, input.targetId), eq(table.campaignId, campaignId)))
    .limit(1);
  if (!row) throw new AppError('validation', { fields: [{ field: 'targetId', rule: 'not_in_campaign' }] });
}

/** Saves the actor's review of one thing (a second save replaces the first). */
export async function saveReview(scope: Scope, campaignId: string, input: SaveReview) {
  const { campaign } = await loadCampaign(scope, campaignId, 'review');
  const rubric = (await rubricOfProgramme(scope, campaign.programmeId)) ?? DEFAULT_RUBRIC;
  const problems = scoreProblems(rubric, input.target, input.scores);
  if (problems.length > 0) throw new AppError('validation', { fields: problems });
  await assertTargetInCampaign(scope, campaign.id, input);
  const userId = scope.actor.userId;
  const { review, created } = await scope.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(reviews)
      .values({
        campaignId: campaign.id,
        targetKind: input.target,
        targetId: input.targetId,
        reviewerUserId: userId,
        scores: input.scores,
        summary: input.summary,
      })
      .onConflictDoUpdate({
        target: [reviews.campaignId, reviews.targetKind, reviews.targetId, reviews.reviewerUserId],
        set: { scores: input.scores, summary: input.summary, updatedAt: sql`now()` },
      })
      .returning({ ...getTableColumns(reviews), created: sql<boolean>`(xmax = 0)` });
    if (!row) throw new Error('review upsert returned nothing');
    await recordActivity(tx, campaign.id, userId, 'review.saved', {
      reviewId: row.id,
      target: input.target,
      targetId: input.targetId,
    });
    const { created: isNew, ...saved } = row;
    return { review: saved, created: isNew };
  });
  const [me] = await scope.db.select({ name: users.name }).from(users).where(eq(users.id, userId));
  return { review: presentReview(review, me?.name ?? null, userId, []), created };
}

/** A comment pinned at a point of a poster version (fractions of its width and height). Reviewers only. */
export async function addPin(scope: Scope, assetId: string, input: z.output<typeof PinInput>) {
  const { asset, loaded } = await loadAsset(scope, assetId, 'review');
  const version = await versionOfAsset(scope, asset.id, input.assetVersionId);
  if (!version) {
    throw new AppError('validation', { fields: [{ field: 'assetVersionId', rule: 'not_of_asset' }] });
  }
  const userId = scope.actor.userId;
  const pin = await scope.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(reviewPins)
      .values({
        assetId: asset.id,
        assetVersionId: version.id,
        authorUserId: userId,
        x: input.x,
        y: input.y,
        body: input.body,
        verdict: input.verdict,
      })
      .returning();
    if (!row) throw new Error('pin insert returned nothing');
    await recordActivity(tx, loaded.campaign.id, userId, 'pin.added', {
      pinId: row.id,
      assetId: asset.id,
      version: version.version,
    });
    return row;
  });
  const [me] = await scope.db.select({ name: users.name }).from(users).where(eq(users.id, userId));
  return presentPin(pin, me?.name ?? null, version.version, []);
}

/** A pin with its campaign, if the actor may see the campaign. */
async function loadPin(scope: Scope, pinId: string) {
  const [row] = await scope.db
    .select({ pin: reviewPins, campaignId: assets.campaignId })
    .from(reviewPins)
    .innerJoin(assets, eq(assets.id, reviewPins.assetId))
    .where(eq(reviewPins.id, assertUuid(pinId)))
    .limit(1);
  if (!row) throw new AppError('not_found');
  return { pin: row.pin, loaded: await loadCampaign(scope, row.campaignId, 'view') };
}

/** Marks a pin resolved (or open again): the team when it has dealt with it, or a reviewer. */
export async function setPinResolved(scope: Scope, pinId: string, resolved: boolean) {
  const { pin, loaded } = await loadPin(scope, pinId);
  if (!loaded.canEdit && !loaded.canReview) throw new AppError('forbidden');
  await scope.db.transaction(async (tx) => {
    await tx.update(reviewPins).set({ resolved }).where(eq(reviewPins.id, pin.id));
    await recordActivity(tx, loaded.campaign.id, scope.actor.userId, 'pin.resolved', {
      pinId: pin.id,
      resolved,
    });
  });
  return { pin: { id: pin.id, resolved } };
}

async function addReply(
  scope: Scope,
  campaignId: string,
  to: { reviewId: string } | { pinId: string },
  input: z.output<typeof ReplyInput>,
) {
  const userId = scope.actor.userId;
  const reply = await scope.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(reviewReplies)
      .values({ ...to, authorUserId: userId, body: input.body })
      .returning();
    if (!row) throw new Error('reply insert returned nothing');
    await recordActivity(tx, campaignId, userId, 'reply.added', { ...to, replyId: row.id });
    return row;
  });
  const [me] = await scope.db.select({ name: users.name }).from(users).where(eq(users.id, userId));
  return presentReply(reply, me?.name ?? null);
}

/** A reply to a review, by anyone who may see the campaign (the team answers its reviewer). */
export async function replyToReview(scope: Scope, reviewId: string, input: z.output<typeof ReplyInput>) {
  const [review] = await scope.db
    .select({ id: reviews.id, campaignId: reviews.campaignId })
    .from(reviews)
    .where(eq(reviews.id, assertUuid(reviewId)))
    .limit(1);
  if (!review) throw new AppError('not_found');
  const { campaign } = await loadCampaign(scope, review.campaignId, 'view');
  return addReply(scope, campaign.id, { reviewId: review.id }, input);
}

/** A reply to a pinned comment, by anyone who may see the campaign. */
export async function replyToPin(scope: Scope, pinId: string, input: z.output<typeof ReplyInput>) {
  const { pin, loaded } = await loadPin(scope, pinId);
  return addReply(scope, loaded.campaign.id, { pinId: pin.id }, input);
}

/**
 * The version of a stored rubric: a digest of what is stored (`default` when nothing is). The programme row
 * has no version column of its own, and its `updatedAt` moves with every other setting too; a digest changes
 * only when the rubric does. jsonb gives its keys back in one order, so the same rubric has the same digest.
 */
function rubricVersion(stored: unknown): string {
  return stored === null || stored === undefined ? 'default' : sha256Hex(JSON.stringify(stored)).slice(0, 16);
}

/** A programme's rubric (its own, else the default), for anyone who may see the programme. */
export async function getRubric(scope: Scope, programmeId: string) {
  const programme = await loadProgramme(scope, programmeId);
  const own = storedRubric(programme.reviewRubric);
  return {
    rubric: own ?? DEFAULT_RUBRIC,
    isDefault: own === null,
    defaultRubric: DEFAULT_RUBRIC,
    version: rubricVersion(programme.reviewRubric),
  };
}

/**
 * Sets a programme's rubric, or (null) goes back to the default. Facilitators and admins. With
 * `baseVersion`, the save is refused (`stale_version`, nothing written) when the rubric has changed since.
 */
export async function saveRubric(
  scope: Scope,
  programmeId: string,
  rubric: Criterion[] | null,
  baseVersion?: string,
) {
  const programme = await loadProgramme(scope, programmeId, 'manage');
  await scope.db.transaction(async (tx) => {
    // The row is locked from the check to the write, so two saves on one version cannot both pass.
    const [current] = await tx
      .select({ rubric: programmes.reviewRubric })
      .from(programmes)
      .where(eq(programmes.id, programme.id))
      .for('update');
    const version = rubricVersion(current?.rubric);
    if (baseVersion !== undefined && baseVersion !== version) {
      throw new AppError('stale_version', { params: { version } });
    }
    await tx
      .update(programmes)
      .set({ reviewRubric: rubric as Array<Record<string, unknown>> | null, updatedAt: sql`now()` })
      .where(eq(programmes.id, programme.id));
  });
  return getRubric(scope, programme.id);
}
