import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldSessions, teams } from '../../db/schema.ts';
import { DEMO_FIELD_CODE } from '../../db/seed/demo-field.ts';
import { createTestApp, type TestApp } from '../../testing/app.ts';
import { makeImage } from '../../testing/images.ts';
import { snapshotData } from '../../testing/snapshot.ts';
import { tally } from './testing.ts';

let t: TestApp;
let facilitator: string;
let programme: string;

async function json<T>(r: Response): Promise<T> {
  const text = await r.text();
  if (r.status >= 300) throw new Error(`${r.status} ${text}`);
  return JSON.parse(text) as T;
}

interface Listed {
  id: string;
  joinCode: string;
  teams: Array<{ id: string; name: string | null }>;
}

beforeAll(async () => {
  t = await createTestApp();
  facilitator = await t.login('facilitator@demo.test');
  const [demo] = await t.db
    .select({ programmeId: fieldSessions.programmeId })
    .from(fieldSessions)
    .where(eq(fieldSessions.joinCode, DEMO_FIELD_CODE));
  programme = demo?.programmeId ?? '';
});
afterAll(() => t.close());

describe('the sessions of a programme', () => {
  it('lists every session with its teams by name', async () => {
    const programmeTeams = await t.db
      .select({ id: teams.id, name: teams.name })
      .from(teams)
      .where(eq(teams.programmeId, programme));
    expect(programmeTeams.length).toBeGreaterThan(1);
    const [first, second] = programmeTeams;
    for (const [i, team] of [first, second].entries())
      await json(
        await t.call('POST', `/api/programmes/${programme}/field-sessions`, {
          cookie: facilitator,
          body: {
            name: `Sesi ${i}`,
            startsAt: '2026-03-08T06:00:00+07:00',
            endsAt: '2026-03-08T09:00:00+07:00',
            variants: [{ name: 'A' }],
            teamIds: [team?.id],
          },
        }),
      );
    const { sessions } = await json<{ sessions: Listed[] }>(
      await t.call('GET', `/api/programmes/${programme}/field-sessions`, { cookie: facilitator }),
    );
    const names = new Map(programmeTeams.map((team) => [team.id, team.name]));
    expect(sessions.length).toBeGreaterThanOrEqual(3);
    for (const session of sessions)
      for (const team of session.teams) expect(team.name).toBe(names.get(team.id));
    const demo = sessions.find((s) => s.joinCode === DEMO_FIELD_CODE);
    expect(demo?.teams.map((team) => team.name).sort()).toEqual([...names.values()].sort());
  });
});

interface Session {
  id: string;
  name: string;
  place: string;
  startsAt: string;
  endsAt: string;
  joinCode: string;
  variants: Array<{
    id: string;
    name: string;
    shortCode: string;
    targetUrl: string | null;
    campaignId: string | null;
    assetId: string | null;
  }>;
  outcomes: Array<{ id: string; label: { id: string; en: string }; extra: boolean }>;
  teams: Array<{ id: string; name: string | null }>;
  retentionDays: number;
}

interface Refusal {
  error: { code: string; fields: Array<{ field: string; rule: string; message: string }> };
}

const HOUR = 3_600_000;

/** A session open around the test clock's now, with two variants and the `joined` extra. */
async function openSession(programmeId = programme, cookie = facilitator): Promise<Session> {
  const now = t.clock.now.getTime();
  const { session } = await json<{ session: Session }>(
    await t.call('POST', `/api/programmes/${programmeId}/field-sessions`, {
      cookie,
      body: {
        name: 'CFD Sudirman',
        place: 'Sudirman',
        startsAt: new Date(now - 2 * HOUR).toISOString(),
        endsAt: new Date(now + 2 * HOUR).toISOString(),
        variants: [{ name: 'Poster A', targetUrl: 'https://example.org/a' }, { name: 'Poster B' }],
        extraOutcomes: [{ id: 'joined', label: { id: 'Ikut', en: 'Joined' } }],
      },
    }),
  );
  return session;
}

async function logTallies(session: Session, tallies: unknown[]) {
  const { token } = await json<{ token: string }>(
    await t.call('POST', '/api/field/join', { body: { code: session.joinCode, name: 'Relawan' } }),
  );
  const sent = await json<{ accepted: number }>(
    await t.call('POST', '/api/field/tallies', {
      headers: { authorization: `Bearer ${token}` },
      body: { tallies },
    }),
  );
  expect(sent.accepted).toBe(tallies.length);
}

const patch = (id: string, body: unknown, cookie: string | null = facilitator) =>
  t.call('PATCH', `/api/field/sessions/${id}`, { cookie, body });

const minutesAgo = (n: number) => new Date(t.clock.now.getTime() - n * 60_000);

describe('changing a session', () => {
  it('changes the place, window, variants, extras, teams and retention; ids, short links and the join code stay', async () => {
    const session = await openSession();
    const [a, b] = session.variants;
    const [team] = await t.db.select({ id: teams.id }).from(teams).where(eq(teams.programmeId, programme));
    await logTallies(session, [tally(minutesAgo(5), { variant: a?.id, outcome: 'joined' })]);
    const { session: changed } = await json<{ session: Session }>(
      await patch(session.id, {
        place: 'Thamrin',
        startsAt: '2026-03-08T06:00:00+07:00',
        endsAt: '2026-03-08T10:00:00+07:00',
        variants: [
          { id: a?.id, name: 'Poster A (revisi)', targetUrl: null },
          { id: b?.id, remove: true },
          { name: 'Poster C', targetUrl: 'https://example.org/c' },
        ],
        extraOutcomes: [
          { id: 'joined', label: { id: 'Daftar', en: 'Signed up' } },
          { id: 'shared', label: { id: 'Bagikan', en: 'Shared' }, colour: '--c-accent' },
        ],
        teamIds: [team?.id],
        retentionDays: 7,
      }),
    );
    expect(changed).toMatchObject({
      name: 'CFD Sudirman',
      place: 'Thamrin',
      startsAt: '2026-03-07T23:00:00.000Z',
      endsAt: '2026-03-08T03:00:00.000Z',
      joinCode: session.joinCode,
      retentionDays: 7,
      teams: [{ id: team?.id }],
    });
    expect(changed.variants.map((v) => [v.name, v.targetUrl])).toEqual([
      ['Poster A (revisi)', null],
      ['Poster C', 'https://example.org/c'],
    ]);
    expect(changed.variants[0]).toMatchObject({ id: a?.id, shortCode: a?.shortCode });
    const c = changed.variants[1];
    expect(c?.id).not.toBe(b?.id);
    expect(c?.shortCode).toMatch(/^[2-9a-z]{7}$/);
    expect([a?.shortCode, b?.shortCode]).not.toContain(c?.shortCode);
    expect(changed.outcomes.filter((o) => o.extra).map((o) => [o.id, o.label.id])).toEqual([
      ['joined', 'Daftar'],
      ['shared', 'Bagikan'],
    ]);
    // The new variant's tracked link leads where it was told to.
    const link = await t.app.request(`http://localhost/l/${c?.shortCode}`, { redirect: 'manual' });
    expect(link.headers.get('location')).toBe('https://example.org/c');
  });

  it('refuses to remove a variant or a button with tallies, in the reader’s language, and changes nothing', async () => {
    const session = await openSession();
    const [a, b] = session.variants;
    await logTallies(session, [
      tally(minutesAgo(5), { variant: a?.id, outcome: 'cares' }),
      tally(minutesAgo(4), { variant: b?.id, outcome: 'joined' }),
    ]);
    const before = await snapshotData(t.db);
    const body = { place: 'Thamrin', variants: [{ id: a?.id, remove: true }], extraOutcomes: [] };
    const refused = await patch(session.id, body);
    expect(refused.status).toBe(400);
    const { error } = (await refused.json()) as Refusal;
    expect(error.fields.map((f) => [f.field, f.rule])).toEqual([
      ['variants.0', 'variant_has_tallies'],
      ['extraOutcomes', 'outcome_has_tallies'],
    ]);
    expect(error.fields[0]?.message).toBe(
      'Varian "Poster A" sudah punya catatan atau pindaian QR, jadi tidak bisa dihapus. Namanya tetap boleh diganti.',
    );
    expect(error.fields[1]?.message).toContain('Tombol "Ikut" / "Joined" sudah punya catatan');
    // An admin who reads English (a signed-in person's own language wins over the browser's).
    const admin = await t.login('admin@demo.test');
    await json(await t.call('PATCH', '/api/auth/me', { cookie: admin, body: { locale: 'en' } }));
    const english = (await (await patch(session.id, body, admin)).json()) as Refusal;
    await json(await t.call('PATCH', '/api/auth/me', { cookie: admin, body: { locale: 'id' } }));
    expect(english.error.fields[0]?.message).toContain('Variant "Poster A" already has logged responses');
    expect(english.error.fields[1]?.message).toContain('The button "Joined" / "Ikut" already has');
    expect(await snapshotData(t.db)).toBe(before);

    // Renaming them is fine.
    const renamed = await json<{ session: Session }>(
      await patch(session.id, {
        variants: [{ id: a?.id, name: 'Poster A2' }],
        extraOutcomes: [{ id: 'joined', label: { id: 'Daftar', en: 'Signed up' } }],
      }),
    );
    expect(renamed.session.variants.map((v) => v.name)).toEqual(['Poster A2', 'Poster B']);
  });

  it('keeps a team with tallies in the session, naming it, and lets one without go', async () => {
    const programmeTeams = await t.db
      .select({ id: teams.id, name: teams.name })
      .from(teams)
      .where(eq(teams.programmeId, programme));
    const [busy, idle] = programmeTeams;
    if (!busy || !idle) throw new Error('the demo programme needs two teams');
    const session = await openSession();
    await json(await patch(session.id, { teamIds: [busy.id, idle.id] }));
    await logTallies(session, [tally(minutesAgo(3), { variant: session.variants[0]?.id, team: busy.id })]);
    const before = await snapshotData(t.db);
    const refused = await patch(session.id, { teamIds: [] });
    expect(refused.status).toBe(400);
    const { error } = (await refused.json()) as Refusal;
    expect(error.fields.map((f) => [f.field, f.rule])).toEqual([['teamIds', 'team_has_tallies']]);
    expect(error.fields[0]?.message).toBe(
      `Tim "${busy.name}" sudah punya catatan di sesi ini, jadi tidak bisa dikeluarkan dari sesi.`,
    );
    expect(await snapshotData(t.db)).toBe(before);
    const kept = await json<{ session: Session }>(await patch(session.id, { teamIds: [busy.id] }));
    expect(kept.session.teams.map((team) => team.id)).toEqual([busy.id]);
  });

  it('stays editable after a team with tallies is deleted: the team leaves it, its tallies stay', async () => {
    const { team } = await json<{ team: { id: string } }>(
      await t.call('POST', `/api/programmes/${programme}/teams`, {
        cookie: facilitator,
        body: { name: 'Tim Sebentar' },
      }),
    );
    const session = await openSession();
    await json(await patch(session.id, { teamIds: [team.id] }));
    await logTallies(session, [tally(minutesAgo(2), { variant: session.variants[0]?.id, team: team.id })]);
    const deleted = await t.call('DELETE', `/api/programmes/${programme}/teams/${team.id}`, {
      cookie: facilitator,
    });
    expect(deleted.status).toBe(204);
    const edited = await json<{ session: Session }>(await patch(session.id, { place: 'Bundaran HI' }));
    expect(edited.session.teams).toEqual([]);
    const [row] = await t.db.select().from(fieldSessions).where(eq(fieldSessions.id, session.id));
    expect(row?.teamIds).toEqual([]);
  });

  it('keeps a variant whose link was scanned, even without tallies', async () => {
    const session = await openSession();
    const a = session.variants[0];
    const scan = await t.app.request(`http://localhost/l/${a?.shortCode}`, { redirect: 'manual' });
    expect(scan.status).toBe(302);
    const refused = await patch(session.id, { variants: [{ id: a?.id, remove: true }] });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(await refused.json())).toContain('variant_has_tallies');
    // A variant with neither goes.
    const gone = await json<{ session: Session }>(
      await patch(session.id, { variants: [{ id: session.variants[1]?.id, remove: true }] }),
    );
    expect(gone.session.variants.map((v) => v.name)).toEqual(['Poster A']);
  });

  it('refuses a new join code, an unknown variant, no variant left and a window too long', async () => {
    const session = await openSession();
    const cases: Array<[unknown, string]> = [
      [{ joinCode: 'ABCD-EFGH' }, 'unknown_key'],
      [{ variants: [{ id: 'nope', name: 'x' }] }, 'invalid'],
      [{ variants: session.variants.map((v) => ({ id: v.id, remove: true })) }, 'too_few'],
      [{ endsAt: new Date(Date.parse(session.startsAt) + 15 * 24 * HOUR).toISOString() }, 'too_big'],
      [{ variants: [{ targetUrl: 'https://example.org' }] }, 'required'],
    ];
    for (const [body, rule] of cases) {
      const response = await patch(session.id, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(JSON.stringify(await response.json())).toContain(`"rule":"${rule}"`);
    }
    const [row] = await t.db.select().from(fieldSessions).where(eq(fieldSessions.id, session.id));
    expect(row?.joinCode).toBe(session.joinCode);
    expect(row?.variants).toHaveLength(2);
  });

  it('links a variant to a plan and its poster, only the programme’s own and only the plan’s poster', async () => {
    const lead = await t.login('media.lead@demo.test');
    const { teams: planTeams, themes } = await json<{ teams: Array<{ id: string }>; themes: string[] }>(
      await t.call('GET', `/api/programmes/${programme}/campaigns`, { cookie: lead }),
    );
    const plan = async (title: string) =>
      (
        await json<{ campaign: { id: string } }>(
          await t.call('POST', `/api/programmes/${programme}/campaigns`, {
            cookie: lead,
            body: { teamId: planTeams[0]?.id, theme: themes[0], title },
          }),
        )
      ).campaign.id;
    const first = await plan('Rencana satu');
    const second = await plan('Rencana dua');
    const poster = await json<{ asset: { id: string } }>(
      await t.call('POST', `/api/campaigns/${first}/assets?title=Poster%20satu`, {
        cookie: lead,
        body: await makeImage('jpeg'),
      }),
    );
    const session = await openSession();
    const a = session.variants[0];
    const linked = await json<{ session: Session }>(
      await patch(session.id, { variants: [{ id: a?.id, campaignId: first, assetId: poster.asset.id }] }),
    );
    expect(linked.session.variants[0]).toMatchObject({ campaignId: first, assetId: poster.asset.id });

    const mismatched = await patch(session.id, {
      variants: [{ id: a?.id, campaignId: second, assetId: poster.asset.id }],
    });
    expect(JSON.stringify(await mismatched.json())).toContain('"rule":"not_in_campaign"');
    const foreign = await patch(session.id, { variants: [{ id: a?.id, campaignId: randomUUID() }] });
    expect(JSON.stringify(await foreign.json())).toContain('"rule":"not_in_programme"');

    // Moved to the other plan, the variant leaves the first plan's poster behind.
    const moved = await json<{ session: Session }>(
      await patch(session.id, { variants: [{ id: a?.id, campaignId: second }] }),
    );
    expect(moved.session.variants[0]).toMatchObject({ campaignId: second, assetId: null });
  });
});

describe('who may change a session', () => {
  it('is the programme’s facilitators and admins: lead2 and a lead of a taking-part organisation are refused', async () => {
    const demo = await openSession();
    const admin = await t.login('admin@demo.test');
    const orgs = await json<{ organisations: Array<{ id: string; shortName: string }> }>(
      await t.call('GET', '/api/organisations', { cookie: admin }),
    );
    const ksbn = orgs.organisations.find((o) => o.shortName === 'KSBN')?.id;
    const { programme: own } = await json<{ programme: { id: string } }>(
      await t.call('POST', '/api/programmes', {
        cookie: facilitator,
        body: {
          name: 'Program internal KSBN',
          startsOn: '2026-07-01',
          endsOn: '2026-07-30',
          organisationIds: [ksbn],
          themes: ['Tema'],
        },
      }),
    );
    const ksbnOnly = await openSession(own.id);
    const lead2 = await t.login('lead2@demo.test');
    const lead = await t.login('media.lead@demo.test');
    const before = await snapshotData(t.db);
    const change = { name: 'Diambil alih', variants: [{ id: demo.variants[1]?.id, remove: true }] };
    // lead2 sees the demo programme (both confederations take part) but does not run it; the KSBN one not at all.
    expect((await patch(demo.id, change, lead2)).status).toBe(403);
    expect((await patch(ksbnOnly.id, change, lead2)).status).toBe(404);
    expect((await patch(ksbnOnly.id, change, lead)).status).toBe(403);
    expect((await patch(demo.id, change, null)).status).toBe(401);
    expect(await snapshotData(t.db)).toBe(before);
    expect((await patch(ksbnOnly.id, { name: 'Oleh admin' }, admin)).status).toBe(200);
  });
});
