/** Deleting a team takes its campaigns' poster files with it, and leaves every other team's files alone. */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assets, assetVersions } from '../../db/schema.ts';
import { createTestApp, type TestApp } from '../../testing/app.ts';
import { ok } from '../../testing/assessment.ts';
import { insertCampaign } from '../../testing/campaign.ts';
import { makeImage } from '../../testing/images.ts';

let t: TestApp;
let facilitator: string;

beforeAll(async () => {
  t = await createTestApp();
  facilitator = await t.login('facilitator@demo.test');
});
afterAll(() => t.close());

async function posterOf(campaignId: string) {
  const created = await ok<{ asset: { id: string } }>(
    await t.call('POST', `/api/campaigns/${campaignId}/assets?title=Poster`, {
      cookie: facilitator,
      body: await makeImage('jpeg', { width: 120, height: 80 }),
      headers: { 'content-type': 'image/jpeg' },
    }),
    201,
  );
  const versions = await t.db
    .select({ storageKey: assetVersions.storageKey, thumbnailKey: assetVersions.thumbnailKey })
    .from(assetVersions)
    .innerJoin(assets, eq(assets.id, assetVersions.assetId))
    .where(eq(assets.id, created.asset.id));
  return versions.flatMap((v) => [v.storageKey, v.thumbnailKey]);
}

const stored = async (keys: readonly string[]) =>
  Promise.all(keys.map(async (key) => (await t.storage.get(key)) !== null));

describe('deleting a team', () => {
  it('removes its posters’ files once its campaigns are gone', async () => {
    const kept = await insertCampaign(t.db);
    const { team } = await ok<{ team: { id: string; name: string } }>(
      await t.call('POST', `/api/programmes/${kept.programmeId}/teams`, {
        cookie: facilitator,
        body: { name: 'Tim Sementara' },
      }),
      201,
    );
    const doomed = await insertCampaign(t.db, team.name, 'Kampanye yang dihapus');
    const doomedFiles = await posterOf(doomed.id);
    const keptFiles = await posterOf(kept.id);
    expect(await stored([...doomedFiles, ...keptFiles])).toEqual([true, true, true, true]);

    const response = await t.call('DELETE', `/api/programmes/${kept.programmeId}/teams/${team.id}`, {
      cookie: facilitator,
    });
    expect(response.status).toBe(204);
    expect(await stored(doomedFiles)).toEqual([false, false]);
    expect(await stored(keptFiles)).toEqual([true, true]);
  });
});
