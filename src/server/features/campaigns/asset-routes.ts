/** Posters and images of a campaign: upload (the image's bytes are the body), list, and read the files. */
import { type Context, Hono } from 'hono';
import { UploadAssetQuery } from '#core/campaign/image-type.ts';
import { parseInput } from '#core/validation.ts';
import { scopeOf } from '../../auth/actor.ts';
import type { AppEnv } from '../../http/context.ts';
import { imageBodyOf, sendImageFile } from '../../images.ts';
import { listAssets, readVersionFile, uploadAsset, uploadVersion } from './assets.ts';

/** Versions never change (a new upload is a new version), so the browser may keep them a day. */
const IMAGE_MAX_AGE = 86_400;

async function sendVersionFile(c: Context<AppEnv>, which: 'image' | 'thumbnail') {
  const scope = await scopeOf(c);
  const file = await readVersionFile(scope, c.get('deps').storage, c.req.param('id') ?? '', which);
  return sendImageFile(c, file, { maxAge: IMAGE_MAX_AGE });
}

export const assetRoutes = new Hono<AppEnv>()
  .get('/campaigns/:id/assets', async (c) => c.json(await listAssets(await scopeOf(c), c.req.param('id'))))
  // The image's bytes are the body (its type is told from the bytes, whatever the header says).
  .post('/campaigns/:id/assets', async (c) => {
    const scope = await scopeOf(c);
    const query = parseInput(UploadAssetQuery, c.req.query());
    const { storage } = c.get('deps');
    return c.json(
      await uploadAsset(scope, storage, c.req.param('id'), query, imageBodyOf(c.req.raw.body)),
      201,
    );
  })
  .post('/assets/:id/versions', async (c) => {
    const scope = await scopeOf(c);
    const { storage } = c.get('deps');
    return c.json(await uploadVersion(scope, storage, c.req.param('id'), imageBodyOf(c.req.raw.body)), 201);
  })
  .get('/asset-versions/:id/image', (c) => sendVersionFile(c, 'image'))
  .get('/asset-versions/:id/thumbnail', (c) => sendVersionFile(c, 'thumbnail'));
