import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldTallies } from '../../db/schema.ts';
import { createTestApp, type TestApp } from '../../testing/app.ts';
import { ok } from '../../testing/assessment.ts';
import { insertCampaign } from '../../testing/campaign.ts';

interface Response {
  campaignId: string;
  outcomes: Array<{ id: string }>;
  total: number;
  byOutcome: Array<{ outcome: string; count: number; share: number | null }>;
  sessions: Array<{
    id: string;
    name: string;
    total: number;
    outcomes: Array<{ id: string }>;
    variants: Array<{
      id: string;
      name: string;
      total: number;
      outcomes: Array<{ outcome: string; count: number; share: number | null }>;
    }>;
    comparison: { verdict: { code: string; params: Record<string, string | number> } } | null;
  }>;
}

interface Session {
  id: string;
  variants: Array<{ id: string; name: string; campaignId: string | null }>;
}

let t: TestApp;
const cookies: Record<string, string> = {};
let energi: string;
let merdeka: string;
let session: Session;
let later: Session;

const MINUTE = 60_000;

/** `n` tallies of one variant and outcome, taken a second apart from the session's start. */
function tallies(sessionId: string, variant: string, outcome: string, n: number, start: Date) {
  return Array.from({ length: n }, (_, i) => ({
    id: randomUUID(),
    sessionId,
    variant,
    outcome,
    at: new Date(start.getTime() + i * 1000),
  }));
}

const responseOf = (campaignId: string, cookie = cookies.facilitator) =>
  t.call('GET', `/api/campaigns/${campaignId}/field-response`, { cookie: cookie ?? null });

beforeAll(async () => {
  t = await createTestApp();
  for (const who of ['cadre', 'media.lead', 'reviewer', 'lead2', 'facilitator'])
    cookies[who] = await t.login(`${who}@demo.test`);
  const a = await insertCampaign(t.db, 'Tim Energi', 'Energi untuk siapa?');
  const b = await insertCampaign(t.db, 'Tim Merdeka', 'Merdeka berserikat');
  energi = a.id;
  merdeka = b.id;
  const start = new Date(t.clock.now.getTime() - 120 * MINUTE);
  const create = async (name: string, variants: unknown[], extraOutcomes: unknown[] = []) =>
    (
      await ok<{ session: Session }>(
        await t.call('POST', `/api/programmes/${a.programmeId}/field-sessions`, {
          cookie: cookies.facilitator ?? null,
          body: {
            name,
            place: 'Bundaran HI',
            startsAt: start.toISOString(),
            endsAt: new Date(t.clock.now.getTime() + 60 * MINUTE).toISOString(),
            variants,
            extraOutcomes,
          },
        }),
        201,
      )
    ).session;
  // One session tests two posters of Tim Energi (KSBN), one of Tim Merdeka (KPMI) and an unlinked one.
  session = await create(
    'CFD Thamrin',
    [
      { name: 'Energi A', campaignId: energi },
      { name: 'Merdeka A', campaignId: merdeka },
      { name: 'Energi B', campaignId: energi },
      { name: 'Kontrol' },
    ],
    [{ id: 'joined', label: { id: 'Ikut', en: 'Joined' } }],
  );
  later = await create('CFD Sudirman', [{ name: 'Energi C', campaignId: energi }]);
  const [ea, ma, eb, control] = session.variants;
  const [ec] = later.variants;
  const rows = [
    ...tallies(session.id, ea?.id ?? '', 'cares', 60, start),
    ...tallies(session.id, ea?.id ?? '', 'indifferent', 15, start),
    ...tallies(session.id, ea?.id ?? '', 'angry', 5, start),
    ...tallies(session.id, ea?.id ?? '', 'joined', 4, start),
    ...tallies(session.id, eb?.id ?? '', 'cares', 20, start),
    ...tallies(session.id, eb?.id ?? '', 'indifferent', 45, start),
    ...tallies(session.id, eb?.id ?? '', 'angry', 15, start),
    ...tallies(session.id, ma?.id ?? '', 'cares', 33, start),
    ...tallies(session.id, control?.id ?? '', 'angry', 50, start),
    ...tallies(later.id, ec?.id ?? '', 'cares', 7, start),
    ...tallies(later.id, ec?.id ?? '', 'angry', 3, start),
  ];
  // Batches, as the ingest writes them.
  for (let i = 0; i < rows.length; i += 100) await t.db.insert(fieldTallies).values(rows.slice(i, i + 100));
});
afterAll(() => t.close());

describe('the public’s response per variant of a campaign', () => {
  it('counts each of the campaign’s variants per session and outcome, and compares them', async () => {
    const response = await ok<Response>(await responseOf(energi));
    expect(response.campaignId).toBe(energi);
    expect(response.outcomes.map((o) => o.id)).toEqual(['cares', 'indifferent', 'angry', 'joined']);
    expect(response.total).toBe(84 + 80 + 10);
    expect(response.byOutcome.map((o) => [o.outcome, o.count])).toEqual([
      ['cares', 87],
      ['indifferent', 60],
      ['angry', 23],
      ['joined', 4],
    ]);
    expect(response.sessions.map((s) => [s.name, s.total])).toEqual([
      ['CFD Thamrin', 164],
      ['CFD Sudirman', 10],
    ]);
    const [first, second] = response.sessions;
    // Only Tim Energi's posters, in the session's order: not Tim Merdeka's, not the unlinked control.
    expect(first?.variants.map((v) => [v.name, v.total])).toEqual([
      ['Energi A', 84],
      ['Energi B', 80],
    ]);
    expect(first?.variants[0]?.outcomes).toEqual([
      { outcome: 'cares', count: 60, share: 60 / 84 },
      { outcome: 'indifferent', count: 15, share: 15 / 84 },
      { outcome: 'angry', count: 5, share: 5 / 84 },
      { outcome: 'joined', count: 4, share: 4 / 84 },
    ]);
    expect(first?.comparison?.verdict.code).toBe('clear_leader');
    expect(first?.comparison?.verdict.params.leader).toBe(session.variants[0]?.id);
    // A session with one poster of the campaign has nothing to compare it with.
    expect(second?.variants.map((v) => [v.name, v.total])).toEqual([['Energi C', 10]]);
    expect(second?.comparison).toBeNull();
  });

  it('shows a campaign no field session tested as empty', async () => {
    const quiet = await insertCampaign(t.db, 'Tim Transportasi', 'Transportasi');
    const response = await ok<Response>(await responseOf(quiet.id));
    expect(response).toMatchObject({ total: 0, sessions: [] });
  });

  it('is seen by whoever may see the campaign, and by nobody else', async () => {
    for (const who of ['cadre', 'media.lead', 'reviewer', 'facilitator'])
      expect((await responseOf(energi, cookies[who])).status, who).toBe(200);
    // The KPMI lead sees Tim Merdeka's response, never the KSBN team's.
    expect((await responseOf(energi, cookies.lead2)).status).toBe(404);
    const own = await ok<Response>(await responseOf(merdeka, cookies.lead2));
    expect(own.sessions.map((s) => s.variants.map((v) => [v.name, v.total]))).toEqual([[['Merdeka A', 33]]]);
    expect(JSON.stringify(own)).not.toContain('Energi');
    expect((await responseOf(merdeka, cookies.cadre)).status).toBe(404);
    expect((await t.call('GET', `/api/campaigns/${energi}/field-response`)).status).toBe(401);
    expect((await responseOf('not-a-uuid')).status).toBe(404);
  });
});
