import { readFileSync } from 'node:fs';
/**
 * The authorisation matrix: every API route × role, aimed at the first confederation's private things.
 * lead2 (media lead of the second confederation), an outsider and an anonymous visitor must be refused,
 * and the database must not change; an admin, as the positive control, gets through on the same request.
 * A route added to the app without a row here fails the test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kesiapanDigitalV1 } from '#core/assessment/instruments/kesiapan-digital-v1.ts';
import { newPlan } from '#core/campaign/plan.ts';
import { criteriaFor, DEFAULT_RUBRIC } from '#core/review/rubric.ts';
import { cookieFrom, createTestApp, type TestApp } from './testing/app.ts';
import { makeImage } from './testing/images.ts';
import { snapshotData } from './testing/snapshot.ts';

/** A small Instagram posts export (Indonesian headers) for the upload route. */
const auditFixture = readFileSync(
  new URL('../core/audit/fixtures/meta-posts-instagram-id.csv', import.meta.url),
  'utf8',
);

/** The default instrument as the editor would send it back (without id and version). */
function editableDefault() {
  const { id: _id, version: _version, ...content } = kesiapanDigitalV1;
  return content;
}

let t: TestApp;
/** A small JPEG for the upload routes. */
let poster: Buffer;
const cookies: Record<string, string> = {};
const ids: Record<string, string> = {};

async function json<T>(r: Response): Promise<T> {
  const text = await r.text();
  if (r.status >= 300) throw new Error(`${r.status} ${text}`);
  return JSON.parse(text) as T;
}

/** Private programme Q of the first confederation only, with one of everything in it. */
async function freshTargets() {
  const as = cookies.facilitator;
  const p = ids.q;
  const team = await json<{ team: { id: string } }>(
    await t.call('POST', `/api/programmes/${p}/teams`, { cookie: as, body: { name: `T${Math.random()}` } }),
  );
  const date = `2026-07-${String(10 + Math.floor(Math.random() * 18)).padStart(2, '0')}`;
  const dayRes = await t.call('POST', `/api/programmes/${p}/days`, { cookie: as, body: { date } });
  const day =
    dayRes.status === 201
      ? ((await dayRes.json()) as { day: { id: string } }).day.id
      : ((
          await json<{ days: Array<{ id: string; date: string }> }>(
            await t.call('GET', `/api/programmes/${p}/agenda`, { cookie: as }),
          )
        ).days.find((d) => d.date === date)?.id ?? '');
  const activity = await json<{ activity: { id: string } }>(
    await t.call('POST', `/api/programmes/${p}/days/${day}/activities`, {
      cookie: as,
      body: { startsAt: '09:00', endsAt: '10:00', title: 'Rahasia', module: 'general' },
    }),
  );
  const code = await json<{ joinCode: { id: string } }>(
    await t.call('POST', `/api/programmes/${p}/join-codes`, { cookie: as, body: {} }),
  );
  const participants = await json<{ participants: Array<{ id: string; email: string | null }> }>(
    await t.call('GET', `/api/programmes/${p}/participants`, { cookie: as }),
  );
  let member = participants.participants.find((m) => m.email === 'cadre@demo.test')?.id;
  if (!member) {
    member = (
      await json<{ participant: { id: string } }>(
        await t.call('POST', `/api/programmes/${p}/participants`, {
          cookie: as,
          body: { email: 'cadre@demo.test', role: 'participant' },
        }),
      )
    ).participant.id;
  }
  const made = [];
  for (const round of ['baseline', 'follow_up']) {
    made.push(
      (
        await json<{ assessment: { id: string } }>(
          await t.call('POST', `/api/programmes/${p}/assessments`, {
            cookie: as,
            body: { name: `Asesmen ${round}`, round },
          }),
        )
      ).assessment.id,
    );
  }
  const [assessment = '', followUp = ''] = made;
  const copied = await json<{ instrument: { id: string; version: number } }>(
    await t.call('POST', `/api/programmes/${p}/instruments`, {
      cookie: as,
      body: { from: 'kesiapan-digital-serikat' },
    }),
  );
  const account = await json<{ account: { id: string } }>(
    await t.call('POST', '/api/audit/accounts', {
      cookie: cookies['media.lead'],
      body: {
        organisationId: ids.ksbn,
        platform: 'instagram',
        handle: `ksbn.${Math.random().toString(36).slice(2, 8)}`,
      },
    }),
  );
  const critique = await json<{ critique: { id: string } }>(
    await t.call('POST', `/api/audit/accounts/${account.account.id}/critiques`, {
      cookie: cookies['media.lead'],
      body: { kind: 'idea', body: 'Lebih banyak video pendek.', anonymous: false },
    }),
  );
  const energi = (
    await json<{ teams: Array<{ id: string; name: string }> }>(
      await t.call('GET', `/api/programmes/${ids.demo}/campaigns`, { cookie: cookies['media.lead'] }),
    )
  ).teams.find((x) => x.name === 'Tim Energi');
  const campaign = await json<{ campaign: { id: string } }>(
    await t.call('POST', `/api/programmes/${ids.demo}/campaigns`, {
      cookie: cookies['media.lead'],
      body: { teamId: energi?.id, theme: ids.demoTheme, title: 'Rahasia tim' },
    }),
  );
  const content = await json<{ item: { id: string } }>(
    await t.call('POST', `/api/campaigns/${campaign.campaign.id}/content`, {
      cookie: cookies['media.lead'],
      body: {
        scheduledAt: null,
        platform: 'instagram',
        format: '',
        caption: 'Rahasia',
        assetIds: [],
        status: 'idea',
        link: null,
      },
    }),
  );
  const asset = await json<{ asset: { id: string; versions: Array<{ id: string }> } }>(
    await t.call('POST', `/api/campaigns/${campaign.campaign.id}/assets?title=Poster%20rahasia`, {
      cookie: cookies['media.lead'],
      body: poster,
    }),
  );
  const assetVersion = asset.asset.versions[0]?.id ?? '';
  const pin = await json<{ pin: { id: string } }>(
    await t.call('POST', `/api/assets/${asset.asset.id}/pins`, {
      cookie: cookies.facilitator,
      body: { assetVersionId: assetVersion, x: 0.5, y: 0.5, body: 'Rahasia', verdict: null },
    }),
  );
  const review = await json<{ review: { id: string } }>(
    await t.call('PUT', `/api/campaigns/${campaign.campaign.id}/reviews`, {
      cookie: cookies.facilitator,
      body: campaignReview(),
    }),
  );
  const fieldSession = await json<{ session: { id: string; joinCode: string } }>(
    await t.call('POST', `/api/programmes/${p}/field-sessions`, {
      cookie: as,
      body: {
        name: 'Lapangan rahasia',
        startsAt: '2026-03-01T00:00:00Z',
        endsAt: '2026-03-03T00:00:00Z',
        variants: [{ name: 'A', targetUrl: 'https://example.org/a' }],
      },
    }),
  );
  const volunteer = await json<{ token: string }>(
    await t.call('POST', '/api/field/join', {
      body: { code: fieldSession.session.joinCode, name: 'Relawan' },
    }),
  );
  const photo = await json<{ photo: { id: string } }>(
    await t.call('POST', '/api/field/photos', {
      headers: { authorization: `Bearer ${volunteer.token}` },
      body: poster,
    }),
  );
  return {
    fieldSession: fieldSession.session.id,
    fieldPhoto: photo.photo.id,
    campaign: campaign.campaign.id,
    content: content.item.id,
    asset: asset.asset.id,
    assetVersion,
    pin: pin.pin.id,
    review: review.review.id,
    account: account.account.id,
    critique: critique.critique.id,
    instrument: copied.instrument.id,
    instrumentVersion: copied.instrument.version,
    p,
    team: team.team.id,
    day,
    activity: activity.activity.id,
    code: code.joinCode.id,
    member,
    assessment,
    followUp,
  };
}

/** A review of a whole campaign against the default rubric. */
const campaignReview = () => ({
  target: 'campaign',
  targetId: null,
  scores: criteriaFor(DEFAULT_RUBRIC, 'campaign').map((c) => ({
    criterion: c.id,
    score: 3,
    verdict: 'kuat',
    comment: '',
  })),
  summary: 'Rahasia',
});

/** A round of programme Q with k submitted responses, so that its export is allowed to an admin. */
async function exportableRound(): Promise<string> {
  const as = cookies.facilitator;
  const p = ids.q;
  const round = await json<{ assessment: { id: string } }>(
    await t.call('POST', `/api/programmes/${p}/assessments`, {
      cookie: as,
      body: { name: 'Asesmen ekspor', round: 'baseline' },
    }),
  );
  const code = await json<{ joinCode: { code: string } }>(
    await t.call('POST', `/api/programmes/${p}/join-codes`, { cookie: as, body: {} }),
  );
  for (let i = 0; i < 5; i++) {
    const cookie = cookieFrom(
      await t.call('POST', '/api/join', {
        body: { code: code.joinCode.code, name: `Responden ${i}`, pin: '2468' },
      }),
    );
    const started = await json<{ token: string }>(
      await t.call('POST', `/api/assessments/${round.assessment.id}/responses`, { cookie, body: {} }),
    );
    await json(
      await t.call('POST', '/api/responses/current/submit', {
        cookie,
        headers: { 'x-response-token': started.token },
      }),
    );
  }
  return round.assessment.id;
}

type Targets = Awaited<ReturnType<typeof freshTargets>>;
interface Row {
  path: (x: Targets) => string;
  body?: (x: Targets) => unknown;
}

/** Routes that reach the first confederation's private data, with a request aimed at it. */
const PRIVATE: Record<string, Row> = {
  'GET /api/programmes/:id': { path: (x) => `/api/programmes/${x.p}` },
  'PATCH /api/programmes/:id': {
    path: (x) => `/api/programmes/${x.p}`,
    body: () => ({ name: 'Diambil alih' }),
  },
  'GET /api/programmes/:id/agenda': { path: (x) => `/api/programmes/${x.p}/agenda` },
  'POST /api/programmes/:id/days': {
    path: (x) => `/api/programmes/${x.p}/days`,
    body: () => ({ date: '2026-08-01' }),
  },
  'PATCH /api/programmes/:id/days/:dayId': {
    path: (x) => `/api/programmes/${x.p}/days/${x.day}`,
    body: () => ({ title: 'x' }),
  },
  'DELETE /api/programmes/:id/days/:dayId': { path: (x) => `/api/programmes/${x.p}/days/${x.day}` },
  'POST /api/programmes/:id/days/:dayId/activities': {
    path: (x) => `/api/programmes/${x.p}/days/${x.day}/activities`,
    body: () => ({ startsAt: '11:00', endsAt: '12:00', title: 'x', module: 'general' }),
  },
  'PATCH /api/programmes/:id/activities/:activityId': {
    path: (x) => `/api/programmes/${x.p}/activities/${x.activity}`,
    body: () => ({ title: 'x' }),
  },
  'DELETE /api/programmes/:id/activities/:activityId': {
    path: (x) => `/api/programmes/${x.p}/activities/${x.activity}`,
  },
  'GET /api/programmes/:id/participants': { path: (x) => `/api/programmes/${x.p}/participants` },
  'POST /api/programmes/:id/participants': {
    path: (x) => `/api/programmes/${x.p}/participants`,
    // The admin's control request must not hand lead2 or the outsider a role: it adds a neutral account.
    body: () => ({ email: 'reviewer@demo.test', role: 'participant' }),
  },
  'PATCH /api/programmes/:id/participants/:memberId': {
    path: (x) => `/api/programmes/${x.p}/participants/${x.member}`,
    body: () => ({ role: 'facilitator' }),
  },
  'DELETE /api/programmes/:id/participants/:memberId': {
    path: (x) => `/api/programmes/${x.p}/participants/${x.member}`,
  },
  'GET /api/programmes/:id/teams': { path: (x) => `/api/programmes/${x.p}/teams` },
  'POST /api/programmes/:id/teams': {
    path: (x) => `/api/programmes/${x.p}/teams`,
    body: () => ({ name: `Tim ${Math.random()}` }),
  },
  'PATCH /api/programmes/:id/teams/:teamId': {
    path: (x) => `/api/programmes/${x.p}/teams/${x.team}`,
    body: () => ({ name: `N${Math.random()}` }),
  },
  'DELETE /api/programmes/:id/teams/:teamId': { path: (x) => `/api/programmes/${x.p}/teams/${x.team}` },
  'GET /api/programmes/:id/join-codes': { path: (x) => `/api/programmes/${x.p}/join-codes` },
  'POST /api/programmes/:id/join-codes': {
    path: (x) => `/api/programmes/${x.p}/join-codes`,
    body: () => ({}),
  },
  'PATCH /api/programmes/:id/join-codes/:codeId': {
    path: (x) => `/api/programmes/${x.p}/join-codes/${x.code}`,
    body: () => ({ active: false }),
  },
  'GET /api/programmes/:id/join-codes/:codeId/qr.svg': {
    path: (x) => `/api/programmes/${x.p}/join-codes/${x.code}/qr.svg`,
  },
  'GET /api/programmes/:id/assessments': { path: (x) => `/api/programmes/${x.p}/assessments` },
  'POST /api/programmes/:id/assessments': {
    path: (x) => `/api/programmes/${x.p}/assessments`,
    body: () => ({ name: 'Asesmen', round: 'baseline' }),
  },
  'GET /api/programmes/:id/instruments': { path: (x) => `/api/programmes/${x.p}/instruments` },
  'POST /api/programmes/:id/instruments': {
    path: (x) => `/api/programmes/${x.p}/instruments`,
    body: () => ({ from: 'kesiapan-digital-serikat' }),
  },
  'GET /api/programmes/:id/instruments/:instrumentId': {
    path: (x) => `/api/programmes/${x.p}/instruments/${x.instrument}`,
  },
  'PUT /api/programmes/:id/instruments/:instrumentId': {
    path: (x) => `/api/programmes/${x.p}/instruments/${x.instrument}`,
    body: (x) => ({ baseVersion: x.instrumentVersion, instrument: editableDefault() }),
  },
  'GET /api/assessments/:id': { path: (x) => `/api/assessments/${x.assessment}` },
  'PATCH /api/assessments/:id': {
    path: (x) => `/api/assessments/${x.assessment}`,
    body: () => ({ status: 'closed' }),
  },
  'GET /api/assessments/:id/results': { path: (x) => `/api/assessments/${x.assessment}/results` },
  'GET /api/assessments/:id/export.csv': { path: () => `/api/assessments/${ids.exportRound}/export.csv` },
  'GET /api/assessments/:id/export.xlsx': { path: () => `/api/assessments/${ids.exportRound}/export.xlsx` },
  'GET /api/assessments/:id/comparison': {
    path: (x) => `/api/assessments/${x.assessment}/comparison?with=${x.followUp}`,
  },
  'POST /api/assessments/:id/responses': {
    path: (x) => `/api/assessments/${x.assessment}/responses`,
    body: () => ({}),
  },
  'POST /api/audit/accounts': {
    path: () => '/api/audit/accounts',
    body: () => ({
      organisationId: ids.ksbn,
      platform: 'facebook',
      handle: `fb.${Math.random().toString(36).slice(2, 8)}`,
    }),
  },
  'GET /api/audit/accounts/:id': { path: (x) => `/api/audit/accounts/${x.account}` },
  'PATCH /api/audit/accounts/:id': {
    path: (x) => `/api/audit/accounts/${x.account}`,
    body: () => ({ displayName: 'Diambil alih' }),
  },
  'POST /api/audit/accounts/:id/followers': {
    path: (x) => `/api/audit/accounts/${x.account}/followers`,
    body: () => ({ date: '2026-06-01', followers: 1200 }),
  },
  'GET /api/audit/accounts/:id/kpis': {
    path: (x) => `/api/audit/accounts/${x.account}/kpis?from=2026-01-01&to=2026-07-01`,
  },
  'POST /api/audit/accounts/:id/imports': {
    path: (x) => `/api/audit/accounts/${x.account}/imports?fileName=posts.csv`,
    body: () => auditFixture,
  },
  'GET /api/audit/accounts/:id/export.csv': { path: (x) => `/api/audit/accounts/${x.account}/export.csv` },
  'GET /api/audit/accounts/:id/export.xlsx': { path: (x) => `/api/audit/accounts/${x.account}/export.xlsx` },
  'GET /api/programmes/:id/audit-thresholds': { path: (x) => `/api/programmes/${x.p}/audit-thresholds` },
  'PUT /api/programmes/:id/audit-thresholds': {
    path: (x) => `/api/programmes/${x.p}/audit-thresholds`,
    body: () => ({ instagram: { maxLongestGapDays: 7 } }),
  },
  'GET /api/audit/accounts/:id/critiques': { path: (x) => `/api/audit/accounts/${x.account}/critiques` },
  'POST /api/audit/accounts/:id/critiques': {
    path: (x) => `/api/audit/accounts/${x.account}/critiques`,
    body: () => ({ kind: 'weakness', body: 'Diambil alih', anonymous: true }),
  },
  'PUT /api/audit/critiques/:id/vote': { path: (x) => `/api/audit/critiques/${x.critique}/vote` },
  'DELETE /api/audit/critiques/:id/vote': { path: (x) => `/api/audit/critiques/${x.critique}/vote` },
  'PATCH /api/audit/critiques/:id': {
    path: (x) => `/api/audit/critiques/${x.critique}`,
    body: () => ({ pinned: true }),
  },
  // The demo programme has both confederations: lead2 sees the programme, never the first one's plans.
  'GET /api/campaigns/:id': { path: (x) => `/api/campaigns/${x.campaign}` },
  'PUT /api/campaigns/:id': {
    path: (x) => `/api/campaigns/${x.campaign}`,
    body: () => ({
      baseVersion: 1,
      plan: newPlan({ theme: ids.demoTheme ?? '', title: 'Diambil alih' }, 'id'),
    }),
  },
  'POST /api/programmes/:id/campaigns': {
    path: (x) => `/api/programmes/${x.p}/campaigns`,
    body: (x) => ({ teamId: x.team, theme: 'Tema rahasia', title: 'Diambil alih' }),
  },
  'POST /api/campaigns/:id/content': {
    path: (x) => `/api/campaigns/${x.campaign}/content`,
    body: () => ({
      scheduledAt: null,
      platform: 'tiktok',
      format: '',
      caption: 'x',
      assetIds: [],
      status: 'idea',
      link: null,
    }),
  },
  'PUT /api/content/:id': {
    path: (x) => `/api/content/${x.content}`,
    body: () => ({
      scheduledAt: null,
      platform: 'tiktok',
      format: '',
      caption: 'x',
      assetIds: [],
      status: 'idea',
      link: null,
      baseVersion: 1,
    }),
  },
  'DELETE /api/content/:id': { path: (x) => `/api/content/${x.content}` },
  'POST /api/campaigns/:id/comments': {
    path: (x) => `/api/campaigns/${x.campaign}/comments`,
    body: () => ({ body: 'Diambil alih' }),
  },
  'GET /api/campaigns/:id/assets': { path: (x) => `/api/campaigns/${x.campaign}/assets` },
  'POST /api/campaigns/:id/assets': {
    path: (x) => `/api/campaigns/${x.campaign}/assets?title=Diambil%20alih`,
    body: () => poster,
  },
  'POST /api/assets/:id/versions': { path: (x) => `/api/assets/${x.asset}/versions`, body: () => poster },
  'GET /api/asset-versions/:id/image': { path: (x) => `/api/asset-versions/${x.assetVersion}/image` },
  'GET /api/asset-versions/:id/thumbnail': { path: (x) => `/api/asset-versions/${x.assetVersion}/thumbnail` },
  'GET /api/campaigns/:id/reviews': { path: (x) => `/api/campaigns/${x.campaign}/reviews` },
  'GET /api/campaigns/:id/field-response': {
    path: (x) => `/api/campaigns/${x.campaign}/field-response`,
  },
  'PUT /api/campaigns/:id/reviews': {
    path: (x) => `/api/campaigns/${x.campaign}/reviews`,
    body: campaignReview,
  },
  'POST /api/reviews/:id/replies': {
    path: (x) => `/api/reviews/${x.review}/replies`,
    body: () => ({ body: 'Diambil alih' }),
  },
  'POST /api/assets/:id/pins': {
    path: (x) => `/api/assets/${x.asset}/pins`,
    body: (x) => ({ assetVersionId: x.assetVersion, x: 0.1, y: 0.9, body: 'Diambil alih', verdict: 'lemah' }),
  },
  'PATCH /api/pins/:id': { path: (x) => `/api/pins/${x.pin}`, body: () => ({ resolved: true }) },
  'POST /api/pins/:id/replies': {
    path: (x) => `/api/pins/${x.pin}/replies`,
    body: () => ({ body: 'Diambil alih' }),
  },
  'GET /api/programmes/:id/rubric': { path: (x) => `/api/programmes/${x.p}/rubric` },
  'PUT /api/programmes/:id/rubric': {
    path: (x) => `/api/programmes/${x.p}/rubric`,
    body: () => ({ rubric: DEFAULT_RUBRIC.slice(0, 2) }),
  },
  'POST /api/programmes/:id/field-sessions': {
    path: (x) => `/api/programmes/${x.p}/field-sessions`,
    body: () => ({
      name: 'Diambil alih',
      startsAt: '2026-03-01T00:00:00Z',
      endsAt: '2026-03-02T00:00:00Z',
      variants: [{ name: 'A' }],
    }),
  },
  'GET /api/programmes/:id/field-sessions': { path: (x) => `/api/programmes/${x.p}/field-sessions` },
  'GET /api/field/sessions/:id': { path: (x) => `/api/field/sessions/${x.fieldSession}` },
  'PATCH /api/field/sessions/:id': {
    path: (x) => `/api/field/sessions/${x.fieldSession}`,
    body: () => ({ name: 'Diambil alih' }),
  },
  'GET /api/field/sessions/:id/qr.svg': { path: (x) => `/api/field/sessions/${x.fieldSession}/qr.svg` },
  'GET /api/field/sessions/:id/links.svg': { path: (x) => `/api/field/sessions/${x.fieldSession}/links.svg` },
  'GET /api/field/sessions/:id/dashboard': { path: (x) => `/api/field/sessions/${x.fieldSession}/dashboard` },
  'GET /api/field/sessions/:id/summary': { path: (x) => `/api/field/sessions/${x.fieldSession}/summary` },
  'GET /api/field/sessions/:id/stream': { path: (x) => `/api/field/sessions/${x.fieldSession}/stream` },
  'GET /api/field/photos/:id/image': { path: (x) => `/api/field/photos/${x.fieldPhoto}/image` },
  'GET /api/field/photos/:id/thumbnail': { path: (x) => `/api/field/photos/${x.fieldPhoto}/thumbnail` },
  'GET /api/organisations/:id': { path: () => `/api/organisations/${ids.ksbn}` },
  'PATCH /api/organisations/:id': {
    path: () => `/api/organisations/${ids.ksbn}`,
    body: () => ({ name: 'Diambil alih' }),
  },
  'PUT /api/organisations/:id/members': {
    path: () => `/api/organisations/${ids.fbep}/members`,
    body: () => ({ email: 'reviewer@demo.test', role: 'member' }),
  },
  'DELETE /api/organisations/:id/members/:userId': {
    path: () => `/api/organisations/${ids.fbep}/members/${ids.cadreUser}`,
  },
  'POST /api/programmes': {
    path: () => '/api/programmes',
    body: () => ({
      name: 'Program baru',
      startsOn: '2026-09-01',
      endsOn: '2026-09-02',
      organisationIds: [ids.ksbn],
    }),
  },
  'POST /api/organisations': {
    path: () => '/api/organisations',
    body: () => ({ name: 'Serikat Baru', kind: 'union', parentId: ids.fbep }),
  },
  'POST /api/invitations': {
    path: () => '/api/invitations',
    body: () => ({ email: 'spy@demo.test', organisationId: ids.ksbn, organisationRole: 'media_lead' }),
  },
  'GET /api/admin/users': { path: () => '/api/admin/users' },
  'POST /api/admin/users': {
    path: () => '/api/admin/users',
    body: () => ({ email: `new${Math.random()}@demo.test`, name: 'Baru', password: 'password-123' }),
  },
  'PATCH /api/admin/users/:id': {
    path: () => `/api/admin/users/${ids.cadreUser}`,
    body: () => ({ name: 'Diubah' }),
  },
  'GET /api/admin/audit-log': { path: () => '/api/admin/audit-log' },
};

/** Routes with no organisation's private data behind them, and why. */
const NOT_PRIVATE: Record<string, string> = {
  'GET /api/health': 'public health check',
  'GET /api/meta': 'public: demo mode and version',
  'POST /api/auth/login': 'signs oneself in',
  'POST /api/auth/logout': 'signs oneself out',
  'GET /api/auth/me': 'one’s own account only',
  'PATCH /api/auth/me': 'one’s own account only',
  'POST /api/auth/password': 'one’s own password only',
  'GET /api/join/:code': 'whoever holds a join code may see the programme name',
  'POST /api/join': 'joins with a code; tested in auth.test.ts',
  'GET /api/invitations/:token': 'whoever holds the token',
  'POST /api/invitations/:token/accept': 'whoever holds the token',
  'GET /api/programmes': 'lists only programmes the actor may see (checked below)',
  'GET /api/organisations': 'organisation names and hierarchy are public to signed-in users',
  'GET /api/audit/accounts': 'lists only accounts the actor may see; tested in audit.test.ts',
  'GET /api/audit/compare': 'lists only accounts the actor may see; tested in compare.test.ts',
  'GET /api/programmes/:id/campaigns': 'lists only campaigns the actor may see; tested in campaigns.test.ts',
  'GET /api/responses/current': 'one’s own answers, by the device token only; tested in assessments.test.ts',
  'PUT /api/responses/current/answers': 'one’s own answers, by the device token only',
  'POST /api/responses/current/submit': 'one’s own answers, by the device token only',
  'GET /api/responses/current/profile': 'one’s own results, by the device token only',
  'POST /api/field/join': 'joins a field session with its code; tested in field.test.ts',
  'POST /api/field/tallies': 'a volunteer’s own tallies, by the join token only; tested in field.test.ts',
  'GET /api/field/session':
    'a volunteer’s own session, by the join token only; tested in volunteer-session.test.ts',
  'POST /api/field/photos': 'a volunteer’s own photo, by the join token only; tested in field.test.ts',
  'GET /api/openapi.json': 'the public description of the API',
};

const snapshot = () => snapshotData(t.db);

beforeAll(async () => {
  t = await createTestApp();
  poster = await makeImage('jpeg');
  for (const who of ['admin', 'facilitator', 'lead2', 'media.lead'])
    cookies[who] = await t.login(`${who}@demo.test`);
  await json(
    await t.call('POST', '/api/admin/users', {
      cookie: cookies.admin,
      body: { email: 'outsider@demo.test', name: 'Orang Luar', password: 'password-123' },
    }),
  );
  cookies.outsider = await t.login('outsider@demo.test', 'password-123');
  const orgs = await json<{ organisations: Array<{ id: string; shortName: string }> }>(
    await t.call('GET', '/api/organisations', { cookie: cookies.admin }),
  );
  for (const o of orgs.organisations) ids[o.shortName.toLowerCase()] = o.id;
  const users = await json<{ users: Array<{ id: string; email: string }> }>(
    await t.call('GET', '/api/admin/users', { cookie: cookies.admin }),
  );
  ids.cadreUser = users.users.find((u) => u.email === 'cadre@demo.test')?.id ?? '';
  const q = await json<{ programme: { id: string } }>(
    await t.call('POST', '/api/programmes', {
      cookie: cookies.facilitator,
      body: {
        name: 'Program internal KSBN',
        startsOn: '2026-07-01',
        endsOn: '2026-07-30',
        organisationIds: [ids.ksbn],
        themes: ['Tema rahasia'],
      },
    }),
  );
  ids.q = q.programme.id;
  const demo = await json<{ programmes: Array<{ id: string; name: string }> }>(
    await t.call('GET', '/api/programmes', { cookie: cookies.facilitator }),
  );
  ids.demo = demo.programmes.find((p) => p.name.includes('Demo'))?.id ?? '';
  ids.demoTheme =
    (
      await json<{ themes: string[] }>(
        await t.call('GET', `/api/programmes/${ids.demo}/campaigns`, { cookie: cookies.facilitator }),
      )
    ).themes[0] ?? '';
  ids.exportRound = await exportableRound();
});
afterAll(() => t.close());

describe('authorisation matrix', () => {
  it('covers every API route', () => {
    const routes = new Set(
      t.app.routes
        .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/'))
        .map((r) => `${r.method} ${r.path}`),
    );
    const covered = new Set([...Object.keys(PRIVATE), ...Object.keys(NOT_PRIVATE)]);
    expect([...routes].filter((r) => !covered.has(r))).toEqual([]);
    expect([...covered].filter((r) => !routes.has(r))).toEqual([]);
  });

  it.each(Object.entries(PRIVATE))(
    '%s is refused across organisations and allowed to an admin',
    async (route, row) => {
      const method = route.split(' ')[0] ?? 'GET';
      const targets = await freshTargets();
      const before = await snapshot();
      for (const who of ['anonymous', 'outsider', 'lead2']) {
        const response = await t.call(method, row.path(targets), {
          cookie: who === 'anonymous' ? null : cookies[who],
          ...(row.body ? { body: row.body(targets) } : {}),
        });
        const expected = who === 'anonymous' ? [401] : [403, 404];
        expect(expected, `${who} → ${response.status} ${await response.text()}`).toContain(response.status);
      }
      expect(await snapshot()).toBe(before);
      const allowed = await t.call(method, row.path(targets), {
        cookie: cookies.admin,
        ...(row.body ? { body: row.body(targets) } : {}),
      });
      // A live stream never ends by itself: its status is enough, and the stream is closed.
      const streaming = allowed.headers.get('content-type')?.startsWith('text/event-stream');
      const text = streaming ? await allowed.body?.cancel().then(() => '') : await allowed.text();
      expect(allowed.status, text).toBeLessThan(300);
    },
  );

  it('does not list the private programme to lead2 or an outsider, but does to the first confederation’s lead', async () => {
    const names = async (cookie: string | undefined) =>
      (
        await json<{ programmes: Array<{ id: string }> }>(
          await t.call('GET', '/api/programmes', { cookie: cookie ?? null }),
        )
      ).programmes.map((p) => p.id);
    expect(await names(cookies.lead2)).not.toContain(ids.q);
    expect(await names(cookies.outsider)).toEqual([]);
    expect(await names(cookies['media.lead'])).toContain(ids.q);
  });
});
