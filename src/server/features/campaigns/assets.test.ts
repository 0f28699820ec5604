import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_IMAGE_BYTES } from '#core/campaign/image-type.ts';
import { loadActor, loadOrganisationTree } from '../../auth/actor.ts';
import type { Database } from '../../db/client.ts';
import { assets, assetVersions, campaignActivity, users } from '../../db/schema.ts';
import { createTestApp, type TestApp } from '../../testing/app.ts';
import { ok } from '../../testing/assessment.ts';
import { insertCampaign } from '../../testing/campaign.ts';
import { exifHasGps, makeImage, metadataOf } from '../../testing/images.ts';
import { snapshotData } from '../../testing/snapshot.ts';
import { uploadAsset } from './assets.ts';

interface Version {
  id: string;
  version: number;
  format: string;
  width: number;
  height: number;
  bytes: number;
  uploadedBy: string | null;
  imageUrl: string;
  thumbnailUrl: string;
}
interface Asset {
  id: string;
  title: string;
  kind: string;
  versions: Version[];
  pins: unknown[];
}
interface ErrorBody {
  error: { code: string; message: string; fields: Array<{ field: string; rule: string; message: string }> };
}

let t: TestApp;
const cookies: Record<string, string> = {};
let campaignId: string;

/** Every file in the uploads folder, as paths under it. */
async function storedFiles(): Promise<string[]> {
  const entries = await readdir(t.filesDir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

const upload = (bytes: Uint8Array, cookie: string | null = cookies.cadre ?? null, title = 'Poster utama') =>
  t.call('POST', `/api/campaigns/${campaignId}/assets?title=${encodeURIComponent(title)}`, {
    cookie,
    body: bytes,
    headers: { 'content-type': 'image/jpeg' },
  });

async function versionRow(id: string) {
  const [row] = await t.db.select().from(assetVersions).where(eq(assetVersions.id, id));
  if (!row) throw new Error('no version row');
  return row;
}

beforeAll(async () => {
  t = await createTestApp();
  for (const who of ['cadre', 'media.lead', 'reviewer', 'lead2', 'facilitator'])
    cookies[who] = await t.login(`${who}@demo.test`);
  campaignId = (await insertCampaign(t.db)).id;
});
afterAll(() => t.close());

describe('uploading a poster', () => {
  it('stores a JPEG whose EXIF carries GPS without any metadata, upright, with a WebP thumbnail', async () => {
    const input = await makeImage('jpeg', { width: 64, height: 48, gps: true, orientation: 6 });
    const inputMeta = await metadataOf(input);
    expect(exifHasGps(inputMeta.exif), 'the test image must carry GPS').toBe(true);

    const { asset, versionId } = await ok<{ asset: Asset; versionId: string }>(await upload(input), 201);
    expect(asset).toMatchObject({ title: 'Poster utama', kind: 'poster' });
    expect(asset.versions).toHaveLength(1);
    const [v1] = asset.versions;
    // Orientation 6 means the camera was turned: the stored image is upright, so width and height swap.
    expect(v1).toMatchObject({ id: versionId, version: 1, format: 'jpeg', width: 48, height: 64 });
    expect(v1?.uploadedBy).toBe('Agus Santoso');

    const row = await versionRow(versionId);
    const stored = await t.storage.get(row.storageKey);
    const thumbnail = await t.storage.get(row.thumbnailKey);
    if (!stored || !thumbnail) throw new Error('files missing');
    expect(row.bytes).toBe(stored.byteLength);
    for (const [name, bytes, format] of [
      ['stored file', stored, 'jpeg'],
      ['thumbnail', thumbnail, 'webp'],
    ] as const) {
      const meta = await metadataOf(bytes);
      expect(meta.format, name).toBe(format);
      expect(meta.exif, `${name} has no EXIF`).toBeUndefined();
      expect(meta.xmp, `${name} has no XMP`).toBeUndefined();
      expect(meta.iptc, `${name} has no IPTC`).toBeUndefined();
      expect(Buffer.from(bytes).includes(Buffer.from('Exif\0\0', 'latin1')), name).toBe(false);
      expect(Buffer.from(bytes).includes(Buffer.from('TestCam', 'latin1')), name).toBe(false);
    }
    expect(await storedFiles()).toHaveLength(2);

    const image = await t.call('GET', `/api/asset-versions/${versionId}/image`, { cookie: cookies.cadre });
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/jpeg');
    expect(image.headers.get('cache-control')).toMatch(/^private, max-age=\d+$/);
    expect(image.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await image.arrayBuffer()).equals(Buffer.from(stored))).toBe(true);

    const thumb = await t.call('GET', `/api/asset-versions/${versionId}/thumbnail`, {
      cookie: cookies.reviewer,
    });
    expect(thumb.status).toBe(200);
    expect(thumb.headers.get('content-type')).toBe('image/webp');
    const etag = thumb.headers.get('etag') ?? '';
    const again = await t.call('GET', `/api/asset-versions/${versionId}/thumbnail`, {
      cookie: cookies.reviewer,
      headers: { 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
  });

  it('keeps PNG as PNG and WebP as WebP, strips their EXIF too, and scales down to the thumbnail size', async () => {
    for (const format of ['png', 'webp'] as const) {
      const input = await makeImage(format, { width: 900, height: 600, gps: true });
      expect(exifHasGps((await metadataOf(input)).exif)).toBe(true);
      const { asset, versionId } = await ok<{ asset: Asset; versionId: string }>(
        await upload(input, cookies['media.lead'] ?? null, `Gambar ${format}`),
        201,
      );
      expect(asset.versions[0]).toMatchObject({ format, width: 900, height: 600 });
      const row = await versionRow(versionId);
      const stored = await metadataOf((await t.storage.get(row.storageKey)) ?? new Uint8Array());
      expect(stored).toMatchObject({ format, width: 900, height: 600 });
      expect(stored.exif).toBeUndefined();
      const thumb = await metadataOf((await t.storage.get(row.thumbnailKey)) ?? new Uint8Array());
      expect(thumb).toMatchObject({ format: 'webp', width: 480, height: 320 });
      expect(thumb.exif).toBeUndefined();
    }
  });

  it('scales a very large image down to 3000 px on its longer side', async () => {
    const input = await makeImage('jpeg', { width: 4000, height: 1000 });
    const { asset } = await ok<{ asset: Asset }>(await upload(input, undefined, 'Spanduk'), 201);
    expect(asset.versions[0]).toMatchObject({ width: 3000, height: 750 });
  });
});

describe('refused uploads store nothing', () => {
  const refusals: Array<[string, () => Promise<Uint8Array>, number, string, string | null]> = [
    [
      'a text file',
      async () => Buffer.from('Ini bukan gambar, hanya teks.\n'),
      415,
      'unsupported_media_type',
      'image_type',
    ],
    [
      'a GIF',
      async () => Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'),
      415,
      'unsupported_media_type',
      'image_type',
    ],
    ['an empty body', async () => new Uint8Array(), 415, 'unsupported_media_type', 'image_type'],
    [
      'a corrupt JPEG',
      async () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.from('sampah '.repeat(50))]),
      400,
      'invalid_image',
      null,
    ],
    [
      'a JPEG cut off halfway',
      async () => {
        const whole = await makeImage('jpeg', { width: 300, height: 200 });
        return whole.subarray(0, Math.floor(whole.length / 2));
      },
      400,
      'invalid_image',
      null,
    ],
    [
      'an oversize file',
      async () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(MAX_IMAGE_BYTES)]),
      413,
      'payload_too_large',
      'file_too_big',
    ],
  ];

  it.each(refusals)('%s', async (_name, make, status, code, rule) => {
    const before = await snapshotData(t.db);
    const filesBefore = await storedFiles();
    const response = await upload(await make());
    const body = (await response.json()) as ErrorBody;
    expect(response.status, JSON.stringify(body)).toBe(status);
    expect(body.error.code).toBe(code);
    if (rule) expect(body.error.fields.map((f) => [f.field, f.rule])).toEqual([['file', rule]]);
    expect(await snapshotData(t.db)).toBe(before);
    expect(await storedFiles()).toEqual(filesBefore);
  });

  it('explains a refused file in both languages, naming the formats accepted', async () => {
    const text = Buffer.from('bukan gambar');
    const id = (await (await upload(text)).json()) as ErrorBody;
    expect(id.error.message).toContain('JPEG, PNG atau WebP');
    expect(id.error.fields[0]?.message).toBe('Berkas harus berupa gambar JPEG, PNG atau WebP.');
    const enCadre = await t.call('PATCH', '/api/auth/me', { cookie: cookies.cadre, body: { locale: 'en' } });
    expect(enCadre.status).toBe(200);
    const english = (await (await upload(text)).json()) as ErrorBody;
    expect(english.error.message).toContain('JPEG, PNG or WebP');
    const corrupt = (await (
      await upload(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.from('x'.repeat(99))]))
    ).json()) as ErrorBody;
    expect(corrupt.error.message).toMatch(/damaged or incomplete/);
    await t.call('PATCH', '/api/auth/me', { cookie: cookies.cadre, body: { locale: 'id' } });
  });

  it('needs a title', async () => {
    const response = await upload(await makeImage('png'), undefined, '   ');
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorBody).error.fields.map((f) => f.field)).toEqual(['title']);
  });

  it('removes the files again when the rows cannot be written', async () => {
    const [user] = await t.db.select().from(users).where(eq(users.email, 'cadre@demo.test'));
    if (!user) throw new Error('no cadre');
    const failing = new Proxy(t.db, {
      get(target, property, receiver) {
        if (property === 'transaction') return () => Promise.reject(new Error('database went away'));
        return Reflect.get(target, property, receiver);
      },
    }) as Database;
    const scope = { db: failing, actor: await loadActor(t.db, user), tree: await loadOrganisationTree(t.db) };
    const filesBefore = await storedFiles();
    const bytes = await makeImage('jpeg');
    await expect(
      uploadAsset(scope, t.storage, campaignId, { title: 'Gagal', kind: 'poster' }, async () => bytes),
    ).rejects.toThrow('database went away');
    expect(await storedFiles()).toEqual(filesBefore);
  });
});

describe('versions', () => {
  it('adds v2 beside v1, and lists both oldest first with who uploaded them', async () => {
    const first = await ok<{ asset: Asset }>(
      await upload(await makeImage('jpeg'), undefined, 'Poster v'),
      201,
    );
    const second = await ok<{ asset: Asset; versionId: string }>(
      await t.call('POST', `/api/assets/${first.asset.id}/versions`, {
        cookie: cookies['media.lead'],
        body: await makeImage('png', { width: 80, height: 60 }),
      }),
      201,
    );
    expect(second.asset.versions.map((v) => [v.version, v.format, v.uploadedBy])).toEqual([
      [1, 'jpeg', 'Agus Santoso'],
      [2, 'png', 'Maya Kusuma'],
    ]);
    const list = await ok<{ canEdit: boolean; canReview: boolean; assets: Asset[] }>(
      await t.call('GET', `/api/campaigns/${campaignId}/assets`, { cookie: cookies.reviewer }),
    );
    expect(list).toMatchObject({ canEdit: false, canReview: true });
    const listed = list.assets.find((a) => a.id === first.asset.id);
    expect(listed?.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(listed?.versions[1]?.imageUrl).toBe(`/api/asset-versions/${second.versionId}/image`);
    const activity = await t.db
      .select({ action: campaignActivity.action, details: campaignActivity.details })
      .from(campaignActivity)
      .where(eq(campaignActivity.campaignId, campaignId));
    expect(
      activity.filter((a) => a.details.assetId === first.asset.id).map((a) => a.details.version),
    ).toEqual([1, 2]);
  });
});

describe('who may upload and see', () => {
  it('lets reviewers see but not upload, and keeps the second confederation and strangers out', async () => {
    const [asset] = await t.db.select().from(assets).where(eq(assets.campaignId, campaignId)).limit(1);
    const [version] = await t.db
      .select()
      .from(assetVersions)
      .where(eq(assetVersions.assetId, asset?.id ?? ''))
      .limit(1);
    if (!asset || !version) throw new Error('nothing uploaded');
    const jpeg = await makeImage('jpeg');
    const before = await snapshotData(t.db);
    const filesBefore = await storedFiles();

    expect((await upload(jpeg, cookies.reviewer ?? null)).status).toBe(403);
    for (const [who, status] of [
      ['lead2', 404],
      [null, 401],
    ] as const) {
      const cookie = who ? (cookies[who] ?? null) : null;
      expect((await upload(jpeg, cookie)).status).toBe(status);
      for (const [method, path] of [
        ['GET', `/api/campaigns/${campaignId}/assets`],
        ['GET', `/api/asset-versions/${version.id}/image`],
        ['GET', `/api/asset-versions/${version.id}/thumbnail`],
        ['POST', `/api/assets/${asset.id}/versions`],
      ] as const) {
        const response = await t.call(method, path, {
          cookie,
          ...(method === 'POST' ? { body: jpeg } : {}),
        });
        expect(response.status, `${who} ${method} ${path}`).toBe(status);
      }
    }
    expect(await snapshotData(t.db)).toBe(before);
    expect(await storedFiles()).toEqual(filesBefore);
  });

  it('treats an unknown or malformed id as not found', async () => {
    for (const path of [
      '/api/asset-versions/not-a-uuid/image',
      '/api/asset-versions/4b1f3c3e-1111-4222-8333-444455556666/image',
      '/api/campaigns/4b1f3c3e-1111-4222-8333-444455556666/assets',
    ]) {
      expect((await t.call('GET', path, { cookie: cookies.facilitator })).status).toBe(404);
    }
  });
});
