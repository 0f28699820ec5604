import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Criterion, criteriaFor, DEFAULT_RUBRIC, type ReviewTarget } from '#core/review/rubric.ts';
import { campaignActivity, reviews } from '../../db/schema.ts';
import { createTestApp, type TestApp } from '../../testing/app.ts';
import { ok } from '../../testing/assessment.ts';
import { insertCampaign, insertContentItem } from '../../testing/campaign.ts';
import { makeImage } from '../../testing/images.ts';
import { snapshotData } from '../../testing/snapshot.ts';

interface Reply {
  id: string;
  body: string;
  author: string | null;
}
interface Review {
  id: string;
  target: ReviewTarget;
  targetId: string | null;
  reviewer: { id: string; name: string | null };
  mine: boolean;
  scores: Array<{ criterion: string; score: number; verdict: string; comment: string }>;
  summary: string;
  replies: Reply[];
}
interface Listing {
  rubric: Criterion[];
  rubricIsDefault: boolean;
  canReview: boolean;
  canEdit: boolean;
  reviews: Review[];
  summaries: Array<{
    target: ReviewTarget;
    targetId: string | null;
    reviewers: number;
    criteria: Array<{
      criterion: string;
      reviewers: number;
      mean: number | null;
      agreement: number | null;
      verdicts: Record<string, number>;
    }>;
  }>;
}
interface Pin {
  id: string;
  assetVersionId: string;
  version: number;
  x: number;
  y: number;
  body: string;
  verdict: string | null;
  resolved: boolean;
  author: string | null;
  replies: Reply[];
}
interface Asset {
  id: string;
  versions: Array<{ id: string; version: number }>;
  pins: Pin[];
}
interface ErrorBody {
  error: { code: string; fields: Array<{ field: string; rule: string }> };
}

let t: TestApp;
const cookies: Record<string, string> = {};
let campaignId: string;
let programmeId: string;
let asset: Asset;
let captionId: string;

/** Scores for every criterion that applies; `score(id)` picks each one's score. */
function scoresFor(target: ReviewTarget, score: (criterion: string) => number, rubric = DEFAULT_RUBRIC) {
  return criteriaFor(rubric, target).map((c) => ({
    criterion: c.id,
    score: score(c.id),
    verdict: score(c.id) >= 3 ? 'kuat' : 'perlu_diperbaiki',
    comment: `Catatan tentang ${c.id}`,
  }));
}

const saveReview = (cookie: string | undefined, body: unknown) =>
  t.call('PUT', `/api/campaigns/${campaignId}/reviews`, { cookie: cookie ?? null, body });
const listing = (cookie = cookies.cadre) =>
  t
    .call('GET', `/api/campaigns/${campaignId}/reviews`, { cookie: cookie ?? null })
    .then((r) => ok<Listing>(r));
const assetsOf = async (cookie = cookies.cadre) =>
  (
    await ok<{ assets: Asset[] }>(
      await t.call('GET', `/api/campaigns/${campaignId}/assets`, { cookie: cookie ?? null }),
    )
  ).assets;

beforeAll(async () => {
  t = await createTestApp();
  for (const who of ['cadre', 'media.lead', 'reviewer', 'lead2', 'facilitator'])
    cookies[who] = await t.login(`${who}@demo.test`);
  const campaign = await insertCampaign(t.db);
  campaignId = campaign.id;
  programmeId = campaign.programmeId;
  captionId = (await insertContentItem(t.db, campaignId)).id;
  asset = (
    await ok<{ asset: Asset }>(
      await t.call('POST', `/api/campaigns/${campaignId}/assets?title=Poster`, {
        cookie: cookies.cadre ?? null,
        body: await makeImage('jpeg', { width: 300, height: 400 }),
      }),
      201,
    )
  ).asset;
});
afterAll(() => t.close());

describe('reviews against the rubric', () => {
  it('shows the default rubric and no reviews at first', async () => {
    const list = await listing();
    expect(list).toMatchObject({ rubricIsDefault: true, canReview: false, canEdit: true, reviews: [] });
    expect(list.rubric.map((c) => c.id)).toEqual(DEFAULT_RUBRIC.map((c) => c.id));
  });

  it('averages two reviewers’ scores of a poster and reports how far they agree', async () => {
    const poster = { target: 'poster', targetId: asset.id };
    const first = await ok<{ review: Review }>(
      await saveReview(cookies.reviewer, {
        ...poster,
        scores: scoresFor('poster', (c) => (c === 'clarity' ? 4 : 3)),
        summary: 'Kuat, tapi ajakannya samar.',
      }),
      201,
    );
    expect(first.review).toMatchObject({ mine: true, reviewer: { name: 'Rudi Konsultan' } });
    await ok(
      await saveReview(cookies.facilitator, {
        ...poster,
        scores: scoresFor('poster', (c) => (c === 'clarity' ? 2 : 3)),
        summary: 'Pesan utamanya tenggelam.',
      }),
      201,
    );
    // A second save replaces the reviewer's first: still one review each.
    const again = await ok<{ review: Review }>(
      await saveReview(cookies.reviewer, {
        ...poster,
        scores: scoresFor('poster', (c) => (c === 'clarity' ? 4 : c === 'visual' ? 4 : 3)),
        summary: 'Kuat; ajakan perlu dipertegas.',
      }),
      200,
    );
    expect(again.review.id).toBe(first.review.id);

    const list = await listing();
    expect(list.reviews).toHaveLength(2);
    const summary = list.summaries.find((s) => s.target === 'poster' && s.targetId === asset.id);
    expect(summary?.reviewers).toBe(2);
    const clarity = summary?.criteria.find((c) => c.criterion === 'clarity');
    expect(clarity).toMatchObject({ reviewers: 2, mean: 3, agreement: 0 });
    expect(clarity?.verdicts).toEqual({ kuat: 1, lemah: 0, perlu_diperbaiki: 1 });
    expect(summary?.criteria.find((c) => c.criterion === 'visual')).toMatchObject({
      mean: 3.5,
      agreement: 1,
    });
    expect(summary?.criteria.map((c) => c.criterion)).toEqual(
      criteriaFor(DEFAULT_RUBRIC, 'poster').map((c) => c.id),
    );
  });

  it('reviews a caption, the storyline and the whole campaign', async () => {
    for (const [target, targetId] of [
      ['caption', captionId],
      ['storyline', null],
      ['campaign', null],
    ] as const) {
      await ok(
        await saveReview(cookies.reviewer, {
          target,
          targetId,
          scores: scoresFor(target, () => 2),
          summary: '',
        }),
        201,
      );
    }
    // The storyline has no target id: saving it again is the same review, not a second one.
    await ok(
      await saveReview(cookies.reviewer, {
        target: 'storyline',
        targetId: null,
        scores: scoresFor('storyline', () => 3),
        summary: 'Lebih baik.',
      }),
      200,
    );
    const rows = await t.db.select().from(reviews).where(eq(reviews.campaignId, campaignId));
    expect(rows.filter((r) => r.targetKind === 'storyline')).toHaveLength(1);
    const list = await listing();
    expect(list.summaries.map((s) => s.target).sort()).toEqual([
      'campaign',
      'caption',
      'poster',
      'storyline',
    ]);
  });

  it('refuses scores that do not cover the rubric, and things of another campaign', async () => {
    const other = await insertCampaign(t.db, 'Tim Transportasi', 'Lain');
    const otherItem = await insertContentItem(t.db, other.id);
    const before = await snapshotData(t.db);
    const cases: Array<[unknown, Array<[string, string]>]> = [
      [
        { target: 'poster', targetId: asset.id, scores: scoresFor('caption', () => 3), summary: '' },
        [['scores.visual', 'required']],
      ],
      [
        { target: 'caption', targetId: captionId, scores: scoresFor('poster', () => 3), summary: '' },
        [['scores.4.criterion', 'choice']],
      ],
      [
        { target: 'caption', targetId: otherItem.id, scores: scoresFor('caption', () => 3), summary: '' },
        [['targetId', 'not_in_campaign']],
      ],
      [
        { target: 'poster', targetId: captionId, scores: scoresFor('poster', () => 3), summary: '' },
        [['targetId', 'not_in_campaign']],
      ],
      [
        { target: 'campaign', targetId: asset.id, scores: scoresFor('campaign', () => 3), summary: '' },
        [['targetId', 'must_be_empty']],
      ],
      [
        { target: 'campaign', targetId: null, scores: scoresFor('campaign', () => 5), summary: '' },
        criteriaFor(DEFAULT_RUBRIC, 'campaign').map((_, i) => [`scores.${i}.score`, 'too_big']),
      ],
    ];
    for (const [body, fields] of cases) {
      const response = await saveReview(cookies.reviewer, body);
      const error = (await response.json()) as ErrorBody;
      expect(response.status, JSON.stringify(error)).toBe(400);
      expect(error.error.fields.map((f) => [f.field, f.rule])).toEqual(fields);
    }
    expect(await snapshotData(t.db)).toBe(before);
  });

  it('lets only reviewers, facilitators and admins review', async () => {
    const body = { target: 'campaign', targetId: null, scores: scoresFor('campaign', () => 4), summary: '' };
    const before = await snapshotData(t.db);
    expect((await saveReview(cookies.cadre, body)).status).toBe(403);
    expect((await saveReview(cookies['media.lead'], body)).status).toBe(403);
    expect((await saveReview(cookies.lead2, body)).status).toBe(404);
    expect((await saveReview(undefined, body)).status).toBe(401);
    expect(await snapshotData(t.db)).toBe(before);
  });
});

describe('pins and replies', () => {
  let pin: Pin;

  it('pins a reviewer’s comment at fractions of the poster, and carries it to the next version', async () => {
    const v1 = asset.versions[0]?.id ?? '';
    pin = (
      await ok<{ pin: Pin }>(
        await t.call('POST', `/api/assets/${asset.id}/pins`, {
          cookie: cookies.reviewer ?? null,
          body: { assetVersionId: v1, x: 0.25, y: 0.75, body: 'Logo terlalu kecil.', verdict: 'lemah' },
        }),
        201,
      )
    ).pin;
    expect(pin).toMatchObject({ version: 1, x: 0.25, y: 0.75, resolved: false, author: 'Rudi Konsultan' });

    await ok(
      await t.call('POST', `/api/assets/${asset.id}/versions`, {
        cookie: cookies.cadre ?? null,
        body: await makeImage('jpeg', { width: 600, height: 800 }),
      }),
      201,
    );
    const [listed] = await assetsOf();
    expect(listed?.versions.map((v) => v.version)).toEqual([1, 2]);
    // Placed on v1, listed for the asset: the UI shows it at the same fractions on v2.
    expect(listed?.pins).toEqual([
      expect.objectContaining({ id: pin.id, assetVersionId: v1, version: 1, x: 0.25, y: 0.75 }),
    ]);
  });

  it('refuses a pin off the image, on another asset’s version, or by the team', async () => {
    const other = (
      await ok<{ asset: Asset }>(
        await t.call('POST', `/api/campaigns/${campaignId}/assets?title=Lain`, {
          cookie: cookies.cadre ?? null,
          body: await makeImage('png'),
        }),
        201,
      )
    ).asset;
    const v1 = asset.versions[0]?.id ?? '';
    const before = await snapshotData(t.db);
    const pinOn = (cookie: string | undefined, body: Record<string, unknown>) =>
      t.call('POST', `/api/assets/${asset.id}/pins`, {
        cookie: cookie ?? null,
        body: { assetVersionId: v1, x: 0.5, y: 0.5, body: 'x', verdict: null, ...body },
      });
    const off = await pinOn(cookies.reviewer, { x: 1.5 });
    expect(off.status).toBe(400);
    expect(((await off.json()) as ErrorBody).error.fields).toEqual([
      expect.objectContaining({ field: 'x', rule: 'too_big' }),
    ]);
    const foreign = await pinOn(cookies.reviewer, { assetVersionId: other.versions[0]?.id });
    expect(((await foreign.json()) as ErrorBody).error.fields).toEqual([
      expect.objectContaining({ field: 'assetVersionId', rule: 'not_of_asset' }),
    ]);
    expect((await pinOn(cookies.cadre, {})).status).toBe(403);
    expect((await pinOn(cookies.lead2, {})).status).toBe(404);
    expect(await snapshotData(t.db)).toBe(before);
  });

  it('lets the team reply to a review and a pin and resolve the pin; lead2 can do none of it', async () => {
    const list = await listing();
    const review = list.reviews.find((r) => r.target === 'poster' && r.reviewer.name === 'Rudi Konsultan');
    if (!review) throw new Error('no review');

    const before = await snapshotData(t.db);
    for (const [method, path, body] of [
      ['GET', `/api/campaigns/${campaignId}/reviews`, undefined],
      ['POST', `/api/reviews/${review.id}/replies`, { body: 'Diambil alih' }],
      ['POST', `/api/pins/${pin.id}/replies`, { body: 'Diambil alih' }],
      ['PATCH', `/api/pins/${pin.id}`, { resolved: true }],
    ] as const) {
      const response = await t.call(method, path, {
        cookie: cookies.lead2 ?? null,
        ...(body ? { body } : {}),
      });
      expect(response.status, `${method} ${path}`).toBe(404);
    }
    expect(await snapshotData(t.db)).toBe(before);

    const reply = await ok<{ reply: Reply }>(
      await t.call('POST', `/api/reviews/${review.id}/replies`, {
        cookie: cookies.cadre ?? null,
        body: { body: 'Terima kasih, ajakannya kami pertegas di v2.' },
      }),
      201,
    );
    expect(reply.reply.author).toBe('Agus Santoso');
    await ok(
      await t.call('POST', `/api/pins/${pin.id}/replies`, {
        cookie: cookies['media.lead'] ?? null,
        body: { body: 'Logo sudah diperbesar.' },
      }),
      201,
    );
    await ok(
      await t.call('POST', `/api/pins/${pin.id}/replies`, {
        cookie: cookies.reviewer ?? null,
        body: { body: 'Sudah lebih baik.' },
      }),
      201,
    );
    expect(
      await ok(
        await t.call('PATCH', `/api/pins/${pin.id}`, {
          cookie: cookies.cadre ?? null,
          body: { resolved: true },
        }),
      ),
    ).toEqual({ pin: { id: pin.id, resolved: true } });

    const after = await listing();
    expect(after.reviews.find((r) => r.id === review.id)?.replies.map((r) => r.body)).toEqual([
      'Terima kasih, ajakannya kami pertegas di v2.',
    ]);
    const [listed] = await assetsOf(cookies.reviewer);
    expect(listed?.pins[0]).toMatchObject({ resolved: true });
    expect(listed?.pins[0]?.replies.map((r) => [r.author, r.body])).toEqual([
      ['Maya Kusuma', 'Logo sudah diperbesar.'],
      ['Rudi Konsultan', 'Sudah lebih baik.'],
    ]);

    const actions = (
      await t.db
        .select({ action: campaignActivity.action })
        .from(campaignActivity)
        .where(eq(campaignActivity.campaignId, campaignId))
    ).map((a) => a.action);
    for (const action of ['asset.uploaded', 'review.saved', 'pin.added', 'pin.resolved', 'reply.added'])
      expect(actions).toContain(action);
  });
});

describe('a programme’s own rubric', () => {
  const own: Criterion[] = [
    {
      id: 'hook',
      name: { id: 'Daya pikat', en: 'Hook' },
      descriptors: [
        { id: 'Tidak ada', en: 'None' },
        { id: 'Lemah', en: 'Weak' },
        { id: 'Cukup', en: 'Fair' },
        { id: 'Kuat', en: 'Strong' },
      ],
      appliesTo: ['poster', 'caption', 'storyline', 'campaign'],
    },
  ];

  it('is edited by facilitators only, used for new reviews, and can go back to the default', async () => {
    const path = `/api/programmes/${programmeId}/rubric`;
    const seen = await ok<{ isDefault: boolean; rubric: Criterion[] }>(
      await t.call('GET', path, { cookie: cookies.cadre ?? null }),
    );
    expect(seen.isDefault).toBe(true);
    expect((await t.call('PUT', path, { cookie: cookies.cadre ?? null, body: { rubric: own } })).status).toBe(
      403,
    );
    expect(
      (await t.call('PUT', path, { cookie: cookies.reviewer ?? null, body: { rubric: own } })).status,
    ).toBe(403);
    const twice = await t.call('PUT', path, {
      cookie: cookies.facilitator ?? null,
      body: { rubric: [...own, ...own] },
    });
    expect(twice.status).toBe(400);
    expect(((await twice.json()) as ErrorBody).error.fields).toEqual([
      expect.objectContaining({ field: 'rubric.1.id', rule: 'duplicate_id' }),
    ]);

    const saved = await ok<{ isDefault: boolean; rubric: Criterion[] }>(
      await t.call('PUT', path, { cookie: cookies.facilitator ?? null, body: { rubric: own } }),
    );
    expect(saved).toMatchObject({ isDefault: false, rubric: own });
    const list = await listing();
    expect(list.rubricIsDefault).toBe(false);
    expect(list.rubric.map((c) => c.id)).toEqual(['hook']);
    // Reviews are now held to the programme's rubric.
    expect(
      (
        await saveReview(cookies.reviewer, {
          target: 'campaign',
          targetId: null,
          scores: scoresFor('campaign', () => 3),
          summary: '',
        })
      ).status,
    ).toBe(400);
    await ok(
      await saveReview(cookies.reviewer, {
        target: 'campaign',
        targetId: null,
        scores: scoresFor('campaign', () => 3, own),
        summary: '',
      }),
    );

    const reset = await ok<{ isDefault: boolean }>(
      await t.call('PUT', path, { cookie: cookies.facilitator ?? null, body: { rubric: null } }),
    );
    expect(reset.isDefault).toBe(true);
  });

  it('refuses a save on a version someone else has saved over, and keeps theirs', async () => {
    const path = `/api/programmes/${programmeId}/rubric`;
    const put = (body: unknown) => t.call('PUT', path, { cookie: cookies.facilitator ?? null, body });
    const start = await ok<{ version: string }>(await t.call('GET', path, { cookie: cookies.cadre ?? null }));
    expect(start.version).toBe('default');

    const renamed = [{ ...own[0], name: { id: 'Daya pikat awal', en: 'Opening hook' } }];
    const first = await ok<{ version: string; rubric: Criterion[] }>(
      await put({ rubric: own, baseVersion: start.version }),
    );
    expect(first.version).not.toBe('default');
    const before = await snapshotData(t.db);
    const stale = await put({ rubric: renamed, baseVersion: start.version });
    expect(stale.status).toBe(409);
    expect(
      ((await stale.json()) as { error: { code: string; params: { version: string } } }).error,
    ).toMatchObject({ code: 'stale_version', params: { version: first.version } });
    expect(await snapshotData(t.db)).toBe(before);

    // Saved again on the newest version, it goes through; the same rubric always has the same version.
    const second = await ok<{ version: string; rubric: Criterion[] }>(
      await put({ rubric: renamed, baseVersion: first.version }),
    );
    expect(second.rubric[0]?.name.en).toBe('Opening hook');
    expect(second.version).not.toBe(first.version);
    const back = await ok<{ version: string }>(await put({ rubric: own, baseVersion: second.version }));
    expect(back.version).toBe(first.version);
    const reset = await ok<{ version: string; isDefault: boolean }>(
      await put({ rubric: null, baseVersion: back.version }),
    );
    expect(reset).toMatchObject({ version: 'default', isDefault: true });
  });
});
