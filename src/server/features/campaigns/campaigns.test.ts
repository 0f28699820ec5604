import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CampaignPlan } from '#core/campaign/plan.ts';
import { assets } from '../../db/schema.ts';
import { createTestApp, type TestApp } from '../../testing/app.ts';
import { ok } from '../../testing/assessment.ts';
import { insertCampaign } from '../../testing/campaign.ts';
import { snapshotData } from '../../testing/snapshot.ts';

let t: TestApp;
let cadre: string;
let programmeId: string;
let campaignId: string;
let themes: string[];

interface Loaded {
  campaign: { id: string; version: number; plan: CampaignPlan; canEdit: boolean };
  content: Array<{ id: string; version: number; caption: string }>;
  activity: Array<{ action: string }>;
}

beforeAll(async () => {
  t = await createTestApp();
  cadre = await t.login('cadre@demo.test');
  const list = await ok<{ programmes: Array<{ id: string }> }>(
    await t.call('GET', '/api/programmes', { cookie: cadre }),
  );
  programmeId = list.programmes[0]?.id ?? '';
});
afterAll(() => t.close());

describe('campaign plans', () => {
  it('a team member starts a plan on a programme theme, with the default storyline and venue rules', async () => {
    const overview = await ok<{ themes: string[]; teams: Array<{ id: string; name: string }> }>(
      await t.call('GET', `/api/programmes/${programmeId}/campaigns`, { cookie: cadre }),
    );
    themes = overview.themes;
    expect(overview.teams.map((x) => x.name)).toEqual(['Tim Energi']);
    const created = await ok<Loaded>(
      await t.call('POST', `/api/programmes/${programmeId}/campaigns`, {
        cookie: cadre,
        body: { teamId: overview.teams[0]?.id, theme: themes[0], title: 'Energi untuk siapa?' },
      }),
      201,
    );
    campaignId = created.campaign.id;
    expect(created.campaign.version).toBe(1);
    expect(created.campaign.plan.storyline.map((b) => b.kind)).toEqual([
      'hook',
      'problem',
      'human_story',
      'demand',
      'call_to_action',
    ]);
    expect(created.campaign.plan.fieldPlan.rules.length).toBeGreaterThanOrEqual(4);
    expect(created.activity.map((a) => a.action)).toEqual(['campaign.created']);
  });

  it('refuses a theme the programme does not have', async () => {
    const overview = await ok<{ teams: Array<{ id: string }> }>(
      await t.call('GET', `/api/programmes/${programmeId}/campaigns`, { cookie: cadre }),
    );
    const response = await t.call('POST', `/api/programmes/${programmeId}/campaigns`, {
      cookie: cadre,
      body: { teamId: overview.teams[0]?.id, theme: 'Tema lain', title: 'X' },
    });
    expect(response.status).toBe(400);
  });

  it('refuses the second of two saves made on the same version, and keeps the first', async () => {
    const lead = await t.login('media.lead@demo.test');
    const base = await ok<Loaded>(await t.call('GET', `/api/campaigns/${campaignId}`, { cookie: cadre }));
    const first = { ...base.campaign.plan, keyMessage: 'Transisi energi harus adil bagi pekerja.' };
    const second = { ...base.campaign.plan, keyMessage: 'Pesan lain yang ditulis bersamaan.' };
    const saved = await ok<Loaded>(
      await t.call('PUT', `/api/campaigns/${campaignId}`, {
        cookie: cadre,
        body: { baseVersion: 1, plan: first },
      }),
    );
    expect(saved.campaign.version).toBe(2);
    const before = await snapshotData(t.db);
    const stale = await t.call('PUT', `/api/campaigns/${campaignId}`, {
      cookie: lead,
      body: { baseVersion: 1, plan: second },
    });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as { error: { code: string } }).error.code).toBe('stale_version');
    expect(await snapshotData(t.db)).toBe(before);
    const now = await ok<Loaded>(await t.call('GET', `/api/campaigns/${campaignId}`, { cookie: lead }));
    expect(now.campaign.plan.keyMessage).toBe('Transisi energi harus adil bagi pekerja.');
  });

  it('keeps a calendar of posts, each with its own version', async () => {
    const post = (caption: string, day: number) => ({
      scheduledAt: `2026-08-${String(day).padStart(2, '0')}T09:00:00+07:00`,
      platform: 'instagram',
      format: 'carousel',
      caption,
      assetIds: [],
      status: 'idea',
      link: null,
    });
    const items: Array<{ id: string; version: number }> = [];
    for (const [i, caption] of ['Satu', 'Dua', 'Tiga'].entries()) {
      const { item } = await ok<{ item: { id: string; version: number } }>(
        await t.call('POST', `/api/campaigns/${campaignId}/content`, {
          cookie: cadre,
          body: post(caption, i + 1),
        }),
        201,
      );
      items.push(item);
    }
    const [firstItem] = items;
    const edited = await ok<{ item: { version: number; status: string } }>(
      await t.call('PUT', `/api/content/${firstItem?.id}`, {
        cookie: cadre,
        body: { ...post('Satu, diperbaiki', 1), status: 'draft', baseVersion: 1 },
      }),
    );
    expect(edited.item).toMatchObject({ version: 2, status: 'draft' });
    const stale = await t.call('PUT', `/api/content/${firstItem?.id}`, {
      cookie: cadre,
      body: { ...post('Lama', 1), baseVersion: 1 },
    });
    expect(stale.status).toBe(409);
    const loaded = await ok<Loaded>(await t.call('GET', `/api/campaigns/${campaignId}`, { cookie: cadre }));
    expect(loaded.content.map((c) => c.caption)).toEqual(['Satu, diperbaiki', 'Dua', 'Tiga']);
  });

  it('refuses a post naming a poster of another campaign, beside the poster, in the reader’s language', async () => {
    const insertAsset = async (ownerId: string, title: string) => {
      const [row] = await t.db.insert(assets).values({ campaignId: ownerId, title }).returning();
      if (!row) throw new Error('asset insert returned nothing');
      return row.id;
    };
    const own = await insertAsset(campaignId, 'Poster tim sendiri');
    // Another team's campaign in the same programme, and its poster.
    const other = await insertCampaign(t.db, 'Tim Transportasi', 'Transportasi publik');
    const foreign = await insertAsset(other.id, 'Poster tim lain');
    const post = (assetIds: string[]) => ({
      scheduledAt: null,
      platform: 'instagram',
      format: 'feed',
      caption: 'Poster kami.',
      assetIds,
      status: 'idea',
      link: null,
    });
    type Refusal = {
      error: { code: string; fields: Array<{ field: string; rule: string; message: string }> };
    };

    const before = await snapshotData(t.db);
    const refused = await t.call('POST', `/api/campaigns/${campaignId}/content`, {
      cookie: cadre,
      body: post([own, foreign]),
    });
    expect(refused.status).toBe(400);
    const body = (await refused.json()) as Refusal;
    expect(body.error.code).toBe('validation');
    expect(body.error.fields).toEqual([
      {
        field: 'assetIds.1',
        rule: 'not_in_campaign',
        message: 'Poster yang dipilih bukan bagian dari kampanye ini.',
      },
    ]);
    // A poster that does not exist at all is answered the same way: nothing is told about other teams.
    const unknown = await t.call('POST', `/api/campaigns/${campaignId}/content`, {
      cookie: cadre,
      body: post(['00000000-0000-4000-8000-000000000000']),
    });
    expect(((await unknown.json()) as Refusal).error.fields.map((f) => f.rule)).toEqual(['not_in_campaign']);
    expect(await snapshotData(t.db)).toBe(before);

    // Its own poster is fine; changing the post to name the other team's is refused too, in English.
    const { item } = await ok<{ item: { id: string; version: number; assetIds: string[] } }>(
      await t.call('POST', `/api/campaigns/${campaignId}/content`, { cookie: cadre, body: post([own]) }),
      201,
    );
    expect(item.assetIds).toEqual([own]);
    await ok(await t.call('PATCH', '/api/auth/me', { cookie: cadre, body: { locale: 'en' } }));
    try {
      const changed = await t.call('PUT', `/api/content/${item.id}`, {
        cookie: cadre,
        body: { ...post([foreign]), baseVersion: item.version },
      });
      expect(changed.status).toBe(400);
      expect(((await changed.json()) as Refusal).error.fields).toEqual([
        {
          field: 'assetIds.0',
          rule: 'not_in_campaign',
          message: 'A chosen poster is not part of this campaign.',
        },
      ]);
    } finally {
      await t.call('PATCH', '/api/auth/me', { cookie: cadre, body: { locale: 'id' } });
    }
    const loaded = await ok<{ content: Array<{ id: string; assetIds: string[] }> }>(
      await t.call('GET', `/api/campaigns/${campaignId}`, { cookie: cadre }),
    );
    expect(loaded.content.find((c) => c.id === item.id)?.assetIds).toEqual([own]);
  });

  it('lets the reviewer comment but not edit, and keeps the plan from lead2 and other teams', async () => {
    const reviewer = await t.login('reviewer@demo.test');
    const seen = await ok<Loaded>(await t.call('GET', `/api/campaigns/${campaignId}`, { cookie: reviewer }));
    expect(seen.campaign.canEdit).toBe(false);
    await ok(
      await t.call('POST', `/api/campaigns/${campaignId}/comments`, {
        cookie: reviewer,
        body: { body: 'Kuatkan kisahnya.' },
      }),
      201,
    );
    const refused = await t.call('PUT', `/api/campaigns/${campaignId}`, {
      cookie: reviewer,
      body: { baseVersion: seen.campaign.version, plan: seen.campaign.plan },
    });
    expect(refused.status).toBe(403);

    const lead2 = await t.login('lead2@demo.test');
    expect((await t.call('GET', `/api/campaigns/${campaignId}`, { cookie: lead2 })).status).toBe(404);
    // Nor the public's response to its field variants: the scorecard's data is the campaign's.
    expect(
      (await t.call('GET', `/api/campaigns/${campaignId}/field-response`, { cookie: lead2 })).status,
    ).toBe(404);
    const list = await ok<{ campaigns: unknown[] }>(
      await t.call('GET', `/api/programmes/${programmeId}/campaigns`, { cookie: lead2 }),
    );
    expect(list.campaigns).toEqual([]);
  });
});
