import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/app.ts';

let t: TestApp;
let facilitator: string;
let demoId: string;

beforeAll(async () => {
  t = await createTestApp();
  facilitator = await t.login('facilitator@demo.test');
  const list = (await (await t.call('GET', '/api/programmes', { cookie: facilitator })).json()) as {
    programmes: Array<{ id: string; name: string }>;
  };
  demoId = list.programmes[0]?.id ?? '';
});
afterAll(() => t.close());

async function body<T>(response: Response, status: number): Promise<T> {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  return (text ? JSON.parse(text) : null) as T;
}

describe('the demo programme', () => {
  it('has a three-day agenda starting today in Jakarta, with today shown', async () => {
    const agenda = await body<{ today: string; days: Array<{ date: string; activities: unknown[] }> }>(
      await t.call('GET', `/api/programmes/${demoId}/agenda`, { cookie: facilitator }),
      200,
    );
    expect(agenda.days).toHaveLength(3);
    expect(agenda.today).toBe('2026-03-02');
    expect(agenda.days[0]?.date).toBe('2026-03-02');
    expect(agenda.days.every((d) => d.activities.length > 0)).toBe(true);
  });

  it('tells the facilitator they manage it', async () => {
    const detail = await body<{
      programme: { themes: string[]; organisations: unknown[] };
      can: { manage: boolean };
      myRole: string;
    }>(await t.call('GET', `/api/programmes/${demoId}`, { cookie: facilitator }), 200);
    expect(detail.can.manage).toBe(true);
    expect(detail.myRole).toBe('facilitator');
    expect(detail.programme.themes).toHaveLength(2);
    expect(detail.programme.organisations).toHaveLength(2);
  });
});

describe('creating a programme with agenda, teams, participants and join codes', () => {
  let programmeId: string;
  let dayId: string;

  it('creates the programme; the creator becomes its facilitator', async () => {
    const orgs = await body<{ organisations: Array<{ id: string; kind: string }> }>(
      await t.call('GET', '/api/organisations', { cookie: facilitator }),
      200,
    );
    const confederations = orgs.organisations.filter((o) => o.kind === 'confederation').map((o) => o.id);
    const created = await body<{ programme: { id: string; timeZone: string; organisations: unknown[] } }>(
      await t.call('POST', '/api/programmes', {
        cookie: facilitator,
        body: {
          name: 'Lokakarya Tindak Lanjut',
          startsOn: '2026-06-01',
          endsOn: '2026-06-03',
          venue: 'Bandung',
          themes: ['Transisi Berkeadilan'],
          organisationIds: confederations,
        },
      }),
      201,
    );
    programmeId = created.programme.id;
    expect(created.programme.timeZone).toBe('Asia/Jakarta');
    expect(created.programme.organisations).toHaveLength(2);
    const me = await body<{ programmes: Array<{ id: string; role: string }> }>(
      await t.call('GET', '/api/auth/me', { cookie: facilitator }),
      200,
    );
    expect(me.programmes).toContainEqual(expect.objectContaining({ id: programmeId, role: 'facilitator' }));
  });

  it('edits the programme and rejects an end before the start', async () => {
    await body(
      await t.call('PATCH', `/api/programmes/${programmeId}`, {
        cookie: facilitator,
        body: { timeZone: 'Asia/Makassar' },
      }),
      200,
    );
    const bad = await t.call('PATCH', `/api/programmes/${programmeId}`, {
      cookie: facilitator,
      body: { endsOn: '2026-05-01' },
    });
    const error = await body<{ error: { code: string; fields: Array<{ field: string; message: string }> } }>(
      bad,
      400,
    );
    expect(error.error.fields[0]).toEqual(
      expect.objectContaining({
        field: 'endsOn',
        message: 'Tanggal selesai tidak boleh sebelum tanggal mulai.',
      }),
    );
  });

  it('builds the agenda: days and activities, ordered by time', async () => {
    const day = await body<{ day: { id: string } }>(
      await t.call('POST', `/api/programmes/${programmeId}/days`, {
        cookie: facilitator,
        body: { date: '2026-06-01', title: 'Hari 1' },
      }),
      201,
    );
    dayId = day.day.id;
    const duplicate = await t.call('POST', `/api/programmes/${programmeId}/days`, {
      cookie: facilitator,
      body: { date: '2026-06-01' },
    });
    expect(duplicate.status).toBe(409);
    for (const [startsAt, endsAt, title, module] of [
      ['13:00', '15:00', 'Bedah akun', 'audit'],
      ['09:00', '10:00', 'Asesmen', 'assessment'],
    ]) {
      await body(
        await t.call('POST', `/api/programmes/${programmeId}/days/${dayId}/activities`, {
          cookie: facilitator,
          body: { startsAt, endsAt, title, module },
        }),
        201,
      );
    }
    const agenda = await body<{ days: Array<{ activities: Array<{ id: string; title: string }> }> }>(
      await t.call('GET', `/api/programmes/${programmeId}/agenda`, { cookie: facilitator }),
      200,
    );
    expect(agenda.days[0]?.activities.map((a) => a.title)).toEqual(['Asesmen', 'Bedah akun']);
    const first = agenda.days[0]?.activities[0]?.id;
    await body(
      await t.call('PATCH', `/api/programmes/${programmeId}/activities/${first}`, {
        cookie: facilitator,
        body: { title: 'Asesmen awal' },
      }),
      200,
    );
    const order = await t.call('PATCH', `/api/programmes/${programmeId}/activities/${first}`, {
      cookie: facilitator,
      body: { endsAt: '08:00' },
    });
    expect(order.status).toBe(400);
    expect(
      (await t.call('DELETE', `/api/programmes/${programmeId}/activities/${first}`, { cookie: facilitator }))
        .status,
    ).toBe(204);
  });

  it('makes teams and assigns participants', async () => {
    const team = await body<{ team: { id: string } }>(
      await t.call('POST', `/api/programmes/${programmeId}/teams`, {
        cookie: facilitator,
        body: { name: 'Tim A' },
      }),
      201,
    );
    expect(
      (
        await t.call('POST', `/api/programmes/${programmeId}/teams`, {
          cookie: facilitator,
          body: { name: 'Tim A' },
        })
      ).status,
    ).toBe(409);
    const added = await body<{ participant: { id: string } }>(
      await t.call('POST', `/api/programmes/${programmeId}/participants`, {
        cookie: facilitator,
        body: { email: 'cadre@demo.test', role: 'participant', teamId: team.team.id },
      }),
      201,
    );
    const unknown = await t.call('POST', `/api/programmes/${programmeId}/participants`, {
      cookie: facilitator,
      body: { email: 'nobody@demo.test', role: 'participant' },
    });
    expect(unknown.status).toBe(400);
    const teams = await body<{ teams: Array<{ name: string; memberCount: number }> }>(
      await t.call('GET', `/api/programmes/${programmeId}/teams`, { cookie: facilitator }),
      200,
    );
    expect(teams.teams).toEqual([expect.objectContaining({ name: 'Tim A', memberCount: 1 })]);
    await body(
      await t.call('PATCH', `/api/programmes/${programmeId}/participants/${added.participant.id}`, {
        cookie: facilitator,
        body: { role: 'reviewer', teamId: null },
      }),
      200,
    );
    expect(
      (
        await t.call('DELETE', `/api/programmes/${programmeId}/participants/${added.participant.id}`, {
          cookie: facilitator,
        })
      ).status,
    ).toBe(204);
    const list = await body<{ participants: Array<{ email: string | null }> }>(
      await t.call('GET', `/api/programmes/${programmeId}/participants`, { cookie: facilitator }),
      200,
    );
    expect(list.participants.map((p) => p.email)).toEqual(['facilitator@demo.test']);
  });

  it('creates join codes with a join link and a QR code, and a participant joins with one', async () => {
    const created = await body<{ joinCode: { id: string; code: string; url: string } }>(
      await t.call('POST', `/api/programmes/${programmeId}/join-codes`, {
        cookie: facilitator,
        body: { label: 'Peserta' },
      }),
      201,
    );
    expect(created.joinCode.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(created.joinCode.url).toMatch(new RegExp(`/join/${created.joinCode.code}$`));
    const qr = await t.call(
      'GET',
      `/api/programmes/${programmeId}/join-codes/${created.joinCode.id}/qr.svg`,
      { cookie: facilitator },
    );
    expect(qr.status).toBe(200);
    expect(qr.headers.get('content-type')).toMatch(/image\/svg\+xml/);
    expect(await qr.text()).toMatch(/^<svg/);
    const joined = await t.call('POST', '/api/join', {
      body: { code: created.joinCode.code, name: 'Peserta Baru', pin: '8642' },
    });
    expect(joined.status).toBe(200);
    await body(
      await t.call('PATCH', `/api/programmes/${programmeId}/join-codes/${created.joinCode.id}`, {
        cookie: facilitator,
        body: { active: false },
      }),
      200,
    );
    expect(
      (
        await t.call('POST', '/api/join', {
          body: { code: created.joinCode.code, name: 'Telat', pin: '8642' },
        })
      ).status,
    ).toBe(404);
  });
});

describe('who may do what in a programme', () => {
  it('lets participants read but not manage', async () => {
    const cadre = await t.login('cadre@demo.test');
    expect((await t.call('GET', `/api/programmes/${demoId}/agenda`, { cookie: cadre })).status).toBe(200);
    expect(
      (await t.call('POST', `/api/programmes/${demoId}/teams`, { cookie: cadre, body: { name: 'Tim X' } }))
        .status,
    ).toBe(403);
    expect((await t.call('GET', `/api/programmes/${demoId}/join-codes`, { cookie: cadre })).status).toBe(403);
    expect(
      (
        await t.call('POST', '/api/programmes', {
          cookie: cadre,
          body: { name: 'X', startsOn: '2026-01-01', endsOn: '2026-01-01' },
        })
      ).status,
    ).toBe(403);
  });

  it('shows a lead only the people of their own organisations', async () => {
    const lead2 = await t.login('lead2@demo.test');
    const lead1 = await t.login('media.lead@demo.test');
    const names = async (cookie: string) =>
      (
        await body<{ participants: Array<{ name: string }> }>(
          await t.call('GET', `/api/programmes/${demoId}/participants`, { cookie }),
          200,
        )
      ).participants.map((p) => p.name);
    const seenBy2 = await names(lead2);
    const seenBy1 = await names(lead1);
    expect(seenBy2).toEqual(expect.arrayContaining(['Lestari Wulandari', 'Rina Marpaung', 'Fajar Hidayat']));
    expect(seenBy2).not.toContain('Agus Santoso');
    expect(seenBy1).toEqual(expect.arrayContaining(['Agus Santoso', 'Made Wirawan', 'Maya Kusuma']));
    expect(seenBy1).not.toContain('Rina Marpaung');
  });
});
