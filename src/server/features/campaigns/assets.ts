/**
 * A campaign's posters and images, each with its versions (v1, v2, …). An upload is checked and re-encoded
 * (server/images.ts) before anything is written; the files go to the storage first and the rows after, and the
 * files are removed again when the rows cannot be written, so a failed upload leaves nothing behind.
 */
import { and, asc, eq, inArray, max } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { AppError } from '#core/errors.ts';
import type { Scope } from '../../auth/actor.ts';
import { assets, assetVersions, reviewPins, reviewReplies, users } from '../../db/schema.ts';
import { assertUuid } from '../../http/ids.ts';
import {
  type BodySource,
  type ProcessedImage,
  processImage,
  readStoredImage,
  type StoredFiles,
  withStoredFiles,
} from '../../images.ts';
import type { Storage } from '../../storage/storage.ts';
import { type LoadedCampaign, loadCampaign } from './access.ts';
import { recordActivity } from './activity.ts';

export type AssetRow = typeof assets.$inferSelect;

/** An asset and its campaign, if the actor may see the campaign (else 404; `edit`/`review`: 403). */
export async function loadAsset(
  scope: Scope,
  id: string,
  need: 'view' | 'edit' | 'review' = 'view',
): Promise<{ asset: AssetRow; loaded: LoadedCampaign }> {
  const [asset] = await scope.db
    .select()
    .from(assets)
    .where(eq(assets.id, assertUuid(id)))
    .limit(1);
  if (!asset) throw new AppError('not_found');
  return { asset, loaded: await loadCampaign(scope, asset.campaignId, need) };
}

const versionValues = (image: ProcessedImage, files: StoredFiles) => ({
  ...files,
  format: image.format,
  width: image.width,
  height: image.height,
  bytes: image.image.byteLength,
});

/** A new asset of a campaign, as version 1. Editors of the campaign only. */
export async function uploadAsset(
  scope: Scope,
  storage: Storage,
  campaignId: string,
  input: { title: string; kind: 'poster' | 'image' },
  body: BodySource,
) {
  const { campaign } = await loadCampaign(scope, campaignId, 'edit');
  const image = await processImage(await body());
  const userId = scope.actor.userId;
  const ids = await withStoredFiles(storage, image, (files) =>
    scope.db.transaction(async (tx) => {
      const [asset] = await tx
        .insert(assets)
        .values({ campaignId: campaign.id, title: input.title, kind: input.kind, createdBy: userId })
        .returning({ id: assets.id });
      if (!asset) throw new Error('asset insert returned nothing');
      const [version] = await tx
        .insert(assetVersions)
        .values({ assetId: asset.id, version: 1, uploadedBy: userId, ...versionValues(image, files) })
        .returning({ id: assetVersions.id });
      if (!version) throw new Error('asset version insert returned nothing');
      await recordActivity(tx, campaign.id, userId, 'asset.uploaded', {
        assetId: asset.id,
        title: input.title,
        version: 1,
      });
      return { assetId: asset.id, versionId: version.id };
    }),
  );
  return { asset: await assetOf(scope, ids.assetId), versionId: ids.versionId };
}

/** The next version of an asset (v2, v3, …). Editors of its campaign only. */
export async function uploadVersion(scope: Scope, storage: Storage, assetId: string, body: BodySource) {
  const { asset } = await loadAsset(scope, assetId, 'edit');
  const image = await processImage(await body());
  const userId = scope.actor.userId;
  const ids = await withStoredFiles(storage, image, (files) =>
    scope.db.transaction(async (tx) => {
      // The asset row is locked so two uploads at once get v2 and v3, not two v2s.
      await tx.select({ id: assets.id }).from(assets).where(eq(assets.id, asset.id)).for('update');
      const [last] = await tx
        .select({ version: max(assetVersions.version) })
        .from(assetVersions)
        .where(eq(assetVersions.assetId, asset.id));
      const next = (last?.version ?? 0) + 1;
      const [version] = await tx
        .insert(assetVersions)
        .values({ assetId: asset.id, version: next, uploadedBy: userId, ...versionValues(image, files) })
        .returning({ id: assetVersions.id });
      if (!version) throw new Error('asset version insert returned nothing');
      await recordActivity(tx, asset.campaignId, userId, 'asset.uploaded', {
        assetId: asset.id,
        title: asset.title,
        version: next,
      });
      return { versionId: version.id };
    }),
  );
  return { asset: await assetOf(scope, asset.id), versionId: ids.versionId };
}

const uploader = alias(users, 'uploader');

/** The assets of some campaign (already authorised), with versions oldest first and pins with replies. */
async function presentAssets(scope: Scope, where: { campaignId: string } | { assetId: string }) {
  const rows = await scope.db
    .select({ asset: assets, creator: users.name })
    .from(assets)
    .leftJoin(users, eq(users.id, assets.createdBy))
    .where('campaignId' in where ? eq(assets.campaignId, where.campaignId) : eq(assets.id, where.assetId))
    .orderBy(asc(assets.createdAt), asc(assets.id));
  const assetIds = rows.map((r) => r.asset.id);
  if (assetIds.length === 0) return [];
  const [versions, pins] = await Promise.all([
    scope.db
      .select({ version: assetVersions, uploader: uploader.name })
      .from(assetVersions)
      .leftJoin(uploader, eq(uploader.id, assetVersions.uploadedBy))
      .where(inArray(assetVersions.assetId, assetIds))
      .orderBy(asc(assetVersions.assetId), asc(assetVersions.version)),
    scope.db
      .select({ pin: reviewPins, author: users.name, version: assetVersions.version })
      .from(reviewPins)
      .innerJoin(assetVersions, eq(assetVersions.id, reviewPins.assetVersionId))
      .leftJoin(users, eq(users.id, reviewPins.authorUserId))
      .where(inArray(reviewPins.assetId, assetIds))
      .orderBy(asc(reviewPins.createdAt), asc(reviewPins.id)),
  ]);
  const pinIds = pins.map((p) => p.pin.id);
  const replies =
    pinIds.length === 0
      ? []
      : await scope.db
          .select({ reply: reviewReplies, author: users.name })
          .from(reviewReplies)
          .leftJoin(users, eq(users.id, reviewReplies.authorUserId))
          .where(inArray(reviewReplies.pinId, pinIds))
          .orderBy(asc(reviewReplies.createdAt), asc(reviewReplies.id));
  return rows.map(({ asset, creator }) => ({
    id: asset.id,
    title: asset.title,
    kind: asset.kind,
    createdAt: asset.createdAt.toISOString(),
    createdBy: creator,
    versions: versions
      .filter((v) => v.version.assetId === asset.id)
      .map(({ version: v, uploader: name }) => presentVersion(v, name)),
    // Pins of every version: placed on one, shown on all (as fractions they land on the same spot).
    pins: pins
      .filter((p) => p.pin.assetId === asset.id)
      .map(({ pin, author, version }) =>
        presentPin(
          pin,
          author,
          version,
          replies
            .filter((r) => r.reply.pinId === pin.id)
            .map(({ reply, author: name }) => presentReply(reply, name)),
        ),
      ),
  }));
}

export const presentPin = (
  pin: typeof reviewPins.$inferSelect,
  author: string | null,
  version: number,
  replies: Array<ReturnType<typeof presentReply>>,
) => ({
  id: pin.id,
  assetVersionId: pin.assetVersionId,
  /** The version number it was placed on. */
  version,
  x: pin.x,
  y: pin.y,
  body: pin.body,
  verdict: pin.verdict,
  resolved: pin.resolved,
  author,
  createdAt: pin.createdAt.toISOString(),
  replies,
});

export const presentReply = (reply: typeof reviewReplies.$inferSelect, author: string | null) => ({
  id: reply.id,
  body: reply.body,
  author,
  createdAt: reply.createdAt.toISOString(),
});

function presentVersion(v: typeof assetVersions.$inferSelect, uploadedBy: string | null) {
  return {
    id: v.id,
    version: v.version,
    format: v.format,
    width: v.width,
    height: v.height,
    bytes: v.bytes,
    createdAt: v.createdAt.toISOString(),
    uploadedBy,
    imageUrl: `/api/asset-versions/${v.id}/image`,
    thumbnailUrl: `/api/asset-versions/${v.id}/thumbnail`,
  };
}

async function assetOf(scope: Scope, assetId: string) {
  const [asset] = await presentAssets(scope, { assetId });
  if (!asset) throw new AppError('not_found');
  return asset;
}

export async function listAssets(scope: Scope, campaignId: string) {
  const { campaign, canEdit, canReview } = await loadCampaign(scope, campaignId, 'view');
  return { canEdit, canReview, assets: await presentAssets(scope, { campaignId: campaign.id }) };
}

/** One stored file of a version (the image or its thumbnail), for anyone who may see the campaign. */
export async function readVersionFile(
  scope: Scope,
  storage: Storage,
  versionId: string,
  which: 'image' | 'thumbnail',
) {
  const [row] = await scope.db
    .select({ version: assetVersions, campaignId: assets.campaignId })
    .from(assetVersions)
    .innerJoin(assets, eq(assets.id, assetVersions.assetId))
    .where(eq(assetVersions.id, assertUuid(versionId)))
    .limit(1);
  if (!row) throw new AppError('not_found');
  await loadCampaign(scope, row.campaignId, 'view');
  const key = which === 'image' ? row.version.storageKey : row.version.thumbnailKey;
  // The type comes from the key's extension, which the upload wrote from the sniffed format.
  return readStoredImage(storage, key, {
    etag: `"${row.version.id}-${which}"`,
    what: `asset version ${row.version.id}`,
  });
}

/** The version of an asset with this id, or null. */
export async function versionOfAsset(scope: Scope, assetId: string, versionId: string) {
  const [row] = await scope.db
    .select({ id: assetVersions.id, version: assetVersions.version })
    .from(assetVersions)
    .where(and(eq(assetVersions.id, versionId), eq(assetVersions.assetId, assetId)))
    .limit(1);
  return row ?? null;
}
