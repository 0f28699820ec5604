/**
 * Documentation photos of a field session and the retention sweep. A photo is re-encoded without any
 * metadata (EXIF with GPS, XMP, IPTC) by the shared image pipeline; a photo of an identifiable person is
 * taken only with their consent, recorded with it. Photos and quotes are deleted when the session's retention
 * period ends (`#core/field/retention.ts`).
 */
import { and, asc, eq, isNotNull, lte, sql } from 'drizzle-orm';
import { AppError } from '#core/errors.ts';
import { deleteAt, pastRetention } from '#core/field/retention.ts';
import type { Scope } from '../../auth/actor.ts';
import type { Database } from '../../db/client.ts';
import { fieldPhotos, fieldSessions, fieldTallies } from '../../db/schema.ts';
import { assertUuid } from '../../http/ids.ts';
import {
  type BodySource,
  discardFiles,
  processImage,
  readStoredImage,
  withStoredFiles,
} from '../../images.ts';
import type { Storage } from '../../storage/storage.ts';
import { coreSession, loadFieldSession } from './sessions.ts';
import type { Volunteer } from './volunteers.ts';

export async function uploadPhoto(
  { db, storage, now }: { db: Database; storage: Storage; now: () => Date },
  volunteer: Volunteer,
  query: { identifiable: boolean; consent: boolean; caption?: string | undefined },
  body: BodySource,
) {
  // Refused before a byte is read: without consent, an identifiable person's photo is never stored.
  if (query.identifiable && !query.consent)
    throw new AppError('validation', { fields: [{ field: 'consent', rule: 'consent_required' }] });
  const image = await processImage(await body());
  const at = now();
  const row = await withStoredFiles(storage, image, async (files) => {
    const [inserted] = await db
      .insert(fieldPhotos)
      .values({
        sessionId: volunteer.session.id,
        volunteerId: volunteer.id,
        ...files,
        width: image.width,
        height: image.height,
        identifiable: query.identifiable,
        consent: query.consent,
        caption: query.caption || null,
        deleteAt: new Date(deleteAt(at.getTime(), coreSession(volunteer.session))),
        createdAt: at,
      })
      .returning();
    if (!inserted) throw new Error('photo insert returned nothing');
    return inserted;
  });
  return presentPhoto(row);
}

function presentPhoto(row: typeof fieldPhotos.$inferSelect) {
  return {
    id: row.id,
    width: row.width,
    height: row.height,
    identifiable: row.identifiable,
    consent: row.consent,
    caption: row.caption,
    createdAt: row.createdAt.toISOString(),
    deleteAt: row.deleteAt.toISOString(),
    imageUrl: `/api/field/photos/${row.id}/image`,
    thumbnailUrl: `/api/field/photos/${row.id}/thumbnail`,
  };
}

export async function listPhotos(db: Database, sessionId: string) {
  const rows = await db
    .select()
    .from(fieldPhotos)
    .where(eq(fieldPhotos.sessionId, sessionId))
    .orderBy(asc(fieldPhotos.createdAt));
  return rows.map(presentPhoto);
}

/** A photo's bytes, for the facilitators of its session. */
export async function readPhotoFile(
  scope: Scope,
  storage: Storage,
  id: string,
  which: 'image' | 'thumbnail',
) {
  const [row] = await scope.db
    .select()
    .from(fieldPhotos)
    .where(eq(fieldPhotos.id, assertUuid(id)))
    .limit(1);
  if (!row) throw new AppError('not_found');
  await loadFieldSession(scope, row.sessionId);
  const key = which === 'image' ? row.storageKey : row.thumbnailKey;
  return readStoredImage(storage, key, { etag: `"${row.id}-${which}"`, what: `field photo ${row.id}` });
}

export interface SweepResult {
  photos: number;
  quotes: number;
}

/**
 * Deletes what is past retention at `now`: photos (rows, then files) and the quotes of tallies (the tally
 * itself stays counted). Safe to run at any time and on several instances at once.
 */
export async function sweepRetention(db: Database, storage: Storage, now: Date): Promise<SweepResult> {
  const photos = await db
    .delete(fieldPhotos)
    .where(lte(fieldPhotos.deleteAt, now))
    .returning({ storageKey: fieldPhotos.storageKey, thumbnailKey: fieldPhotos.thumbnailKey });
  for (const files of photos) await discardFiles(storage, files, 'a photo past retention');

  let quotes = 0;
  const sessions = await db.select().from(fieldSessions);
  for (const session of sessions) {
    const core = coreSession(session);
    // Nothing of a session expires before what was made during it does.
    if (now.getTime() < deleteAt(core.startsAt, core)) continue;
    // Every quote made on or before the session's last day expires together; later ones by their own day.
    const candidates = await db
      .select({ id: fieldTallies.id, at: fieldTallies.at })
      .from(fieldTallies)
      .where(and(eq(fieldTallies.sessionId, session.id), isNotNull(fieldTallies.quote)));
    const due = pastRetention(
      candidates.map((t) => ({ id: t.id, at: t.at.getTime() })),
      core,
      now.getTime(),
    ).map((d) => d.id);
    if (due.length === 0) continue;
    const cleared = await db
      .update(fieldTallies)
      .set({ quote: null })
      .where(
        sql`${fieldTallies.id} in (select value::uuid from json_array_elements_text(${JSON.stringify(due)}::json))`,
      )
      .returning({ id: fieldTallies.id });
    quotes += cleared.length;
  }
  return { photos: photos.length, quotes };
}
