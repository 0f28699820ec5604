import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summarise } from '#core/field/summary.ts';
import { fieldPhotos, fieldScans, fieldSessions, fieldTallies } from '../../db/schema.ts';
import { DEMO_FIELD_CODE, keepDemoFieldSessionOpen } from '../../db/seed/demo-field.ts';
import { createTestApp, type TestApp } from '../../testing/app.ts';
import { exifHasGps, makeImage } from '../../testing/images.ts';
import { sweepRetention } from './photos.ts';
import { sseReader, tally } from './testing.ts';

let t: TestApp;
let facilitator: string;
let demoSession: string;
const MINUTE = 60_000;

async function json<T>(r: Response): Promise<T> {
  const text = await r.text();
  if (r.status >= 300) throw new Error(`${r.status} ${text}`);
  return JSON.parse(text) as T;
}

interface Joined {
  token: string;
  session: { id: string; variants: Array<{ id: string; name: string }>; outcomes: Array<{ id: string }> };
}

async function join(code = DEMO_FIELD_CODE, name = 'Relawan'): Promise<Joined> {
  return json<Joined>(await t.call('POST', '/api/field/join', { body: { code, name } }));
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function send(token: string, tallies: unknown[]) {
  return json<{
    accepted: number;
    duplicates: number;
    rejected: Array<{ id: string | null; reason: string }>;
  }>(await t.call('POST', '/api/field/tallies', { headers: bearer(token), body: { tallies } }));
}

const ago = (minutes: number) => new Date(t.clock.now.getTime() - minutes * MINUTE);

beforeAll(async () => {
  t = await createTestApp();
  facilitator = await t.login('facilitator@demo.test');
  const [row] = await t.db
    .select({ id: fieldSessions.id })
    .from(fieldSessions)
    .where(eq(fieldSessions.joinCode, DEMO_FIELD_CODE));
  demoSession = row?.id ?? '';
});
afterAll(() => t.close());

describe('field sessions (facilitators)', () => {
  it('creates, lists, shows, edits a session and draws its QR codes', async () => {
    const programmes = await json<{ programmes: Array<{ id: string; name: string }> }>(
      await t.call('GET', '/api/programmes', { cookie: facilitator }),
    );
    const programme = programmes.programmes.find((p) => p.name.includes('Demo'))?.id ?? '';
    const created = await json<{
      session: {
        id: string;
        joinCode: string;
        joinUrl: string;
        variants: Array<{ id: string; shortCode: string; shortUrl: string; targetUrl: string | null }>;
        outcomes: Array<{ id: string }>;
      };
    }>(
      await t.call('POST', `/api/programmes/${programme}/field-sessions`, {
        cookie: facilitator,
        body: {
          name: 'CFD Sudirman',
          place: 'Sudirman',
          startsAt: '2026-03-08T06:00:00+07:00',
          endsAt: '2026-03-08T09:00:00+07:00',
          variants: [{ name: 'A', targetUrl: 'https://example.org/a' }, { name: 'B' }],
          extraOutcomes: [{ id: 'joined', label: { id: 'Ikut', en: 'Joined' } }],
          retentionDays: 7,
        },
      }),
    );
    const s = created.session;
    expect(s.joinCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(s.joinUrl).toContain(`/f/${s.joinCode}`);
    expect(s.outcomes.map((o) => o.id)).toEqual(['cares', 'indifferent', 'angry', 'joined']);
    expect(s.variants).toHaveLength(2);
    expect(new Set(s.variants.map((v) => v.shortCode)).size).toBe(2);
    expect(s.variants[0]?.shortUrl).toMatch(/\/l\/[2-9a-z]{7}$/);

    const list = await json<{ sessions: Array<{ id: string }> }>(
      await t.call('GET', `/api/programmes/${programme}/field-sessions`, { cookie: facilitator }),
    );
    expect(list.sessions.map((x) => x.id)).toEqual(expect.arrayContaining([s.id, demoSession]));

    const patched = await json<{ session: { name: string; variants: Array<{ targetUrl: string | null }> } }>(
      await t.call('PATCH', `/api/field/sessions/${s.id}`, {
        cookie: facilitator,
        body: {
          name: 'CFD Thamrin',
          variants: [{ id: s.variants[1]?.id, targetUrl: 'https://example.org/b' }],
        },
      }),
    );
    expect(patched.session.name).toBe('CFD Thamrin');
    expect(patched.session.variants.map((v) => v.targetUrl)).toEqual([
      'https://example.org/a',
      'https://example.org/b',
    ]);
    const badOrder = await t.call('PATCH', `/api/field/sessions/${s.id}`, {
      cookie: facilitator,
      body: { endsAt: '2026-03-08T05:00:00+07:00' },
    });
    expect(badOrder.status).toBe(400);

    const qr = await t.call('GET', `/api/field/sessions/${s.id}/qr.svg`, { cookie: facilitator });
    expect(qr.headers.get('content-type')).toContain('image/svg+xml');
    expect(await qr.text()).toContain('<svg');
    const strip = await (
      await t.call('GET', `/api/field/sessions/${s.id}/links.svg`, { cookie: facilitator })
    ).text();
    expect(strip).toContain(s.variants[0]?.shortCode);
    expect(strip).toContain(s.variants[1]?.shortCode);

    // A team of another programme is refused by name.
    const other = await t.call('POST', `/api/programmes/${programme}/field-sessions`, {
      cookie: facilitator,
      body: {
        name: 'x',
        startsAt: '2026-03-08T06:00:00+07:00',
        endsAt: '2026-03-08T09:00:00+07:00',
        variants: [{ name: 'A' }],
        teamIds: [randomUUID()],
      },
    });
    expect(other.status).toBe(400);
    expect(JSON.stringify(await other.json())).toContain('not_in_programme');
  });
});

describe('the public field API', () => {
  it('joins the demo session with its code and a name', async () => {
    const joined = await join();
    expect(joined.token.length).toBeGreaterThan(30);
    expect(joined.session.variants.map((v) => v.id)).toEqual(['poster-a', 'poster-b']);
    expect(joined.session.outcomes.map((o) => o.id)).toEqual(['cares', 'indifferent', 'angry', 'joined']);
    expect((await t.call('POST', '/api/field/join', { body: { code: 'NOPE-NOPE', name: 'x' } })).status).toBe(
      404,
    );
  });

  it('keeps the valid tallies of a batch, names the refused ones, and counts retries as duplicates', async () => {
    const { token } = await join();
    const good = [tally(ago(30)), tally(ago(20), { outcome: 'angry', quote: '  Upah kami kecil ' })];
    const bad = [
      tally(ago(10), { variant: 'poster-z' }),
      { ...tally(ago(10)), id: 'nope' },
      tally(new Date(t.clock.now.getTime() + 10 * MINUTE)),
    ];
    const first = await send(token, [...good, ...bad]);
    expect(first).toEqual({
      accepted: 2,
      duplicates: 0,
      rejected: [
        { id: (bad[0] as { id: string }).id, reason: 'unknown_variant' },
        { id: 'nope', reason: 'invalid' },
        { id: (bad[2] as { id: string }).id, reason: 'bad_time' },
      ],
    });
    const again = await send(
      token,
      good.map((g) => ({ ...g, id: g.id.toUpperCase() })),
    );
    expect(again).toEqual({ accepted: 0, duplicates: 2, rejected: [] });
    const [stored] = await t.db
      .select({ quote: fieldTallies.quote })
      .from(fieldTallies)
      .where(eq(fieldTallies.id, good[1]?.id ?? ''));
    expect(stored?.quote).toBe('Upah kami kecil');
  });

  it('never moves or reveals a tally id stored under another session: it is a duplicate', async () => {
    const { token } = await join();
    const programmes = await json<{ programmes: Array<{ id: string; name: string }> }>(
      await t.call('GET', '/api/programmes', { cookie: facilitator }),
    );
    const programme = programmes.programmes.find((p) => p.name.includes('Demo'))?.id ?? '';
    const other = await json<{ session: { joinCode: string; id: string } }>(
      await t.call('POST', `/api/programmes/${programme}/field-sessions`, {
        cookie: facilitator,
        body: {
          name: 'Lain',
          startsAt: ago(120).toISOString(),
          endsAt: new Date(t.clock.now.getTime() + 60 * MINUTE).toISOString(),
          variants: [{ name: 'A' }],
        },
      }),
    );
    const otherJoin = await join(other.session.joinCode);
    const shared = tally(ago(5));
    expect((await send(token, [shared])).accepted).toBe(1);
    const moved = await send(otherJoin.token, [{ ...shared, variant: otherJoin.session.variants[0]?.id }]);
    expect(moved).toEqual({ accepted: 0, duplicates: 1, rejected: [] });
    const [row] = await t.db.select().from(fieldTallies).where(eq(fieldTallies.id, shared.id));
    expect(row?.sessionId).toBe(demoSession);
  });

  it('refuses a batch over 500 whole, a request without a token, and fits 500 long quotes', async () => {
    const { token } = await join();
    const many = Array.from({ length: 501 }, () => tally(ago(3)));
    const tooMany = await t.call('POST', '/api/field/tallies', {
      headers: bearer(token),
      body: { tallies: many },
    });
    expect(tooMany.status).toBe(400);
    expect(JSON.stringify(await tooMany.json())).toContain('too_many');
    expect((await t.call('POST', '/api/field/tallies', { body: { tallies: [] } })).status).toBe(401);
    expect(
      (await t.call('POST', '/api/field/tallies', { headers: bearer('wrong'), body: { tallies: [] } }))
        .status,
    ).toBe(401);
    // 280 characters that JSON may write as \uXXXX escapes (six bytes each), and a key a newer page adds:
    // over 1 MiB in all.
    const quote = 'é'.repeat(280);
    const device = 'é'.repeat(60);
    const body = JSON.stringify({
      tallies: many.slice(0, 500).map((x) => ({ ...x, quote, device })),
    }).replace(/é/g, '\\u00e9');
    expect(body.length).toBeGreaterThan(1024 * 1024);
    const big = await t.call('POST', '/api/field/tallies', { headers: bearer(token), body });
    expect(await json<{ accepted: number }>(big)).toEqual(expect.objectContaining({ accepted: 500 }));
  });

  it('answers the summary to the session’s token and its facilitator, exactly as the core sums it', async () => {
    const { token } = await join();
    await send(token, [
      tally(ago(50), { team: null }),
      tally(ago(40), { variant: 'poster-b', outcome: 'joined' }),
    ]);
    const byToken = await json<Record<string, unknown>>(
      await t.call('GET', `/api/field/sessions/${demoSession}/summary`, { headers: bearer(token) }),
    );
    const byCookie = await json<Record<string, unknown>>(
      await t.call('GET', `/api/field/sessions/${demoSession}/summary`, { cookie: facilitator }),
    );
    expect(byCookie).toEqual(byToken);
    expect(Object.keys(byToken).sort()).toEqual(['by_hour', 'by_outcome', 'by_team', 'by_variant', 'total']);
    const [session] = await t.db.select().from(fieldSessions).where(eq(fieldSessions.id, demoSession));
    const rows = await t.db.select().from(fieldTallies).where(eq(fieldTallies.sessionId, demoSession));
    expect(byToken).toEqual(
      summarise(
        rows.map((r) => ({ variant: r.variant, outcome: r.outcome, team: r.team, at: r.at.getTime() })),
        {
          variants: ['poster-a', 'poster-b'],
          outcomes: ['cares', 'indifferent', 'angry', 'joined'],
          teams: session?.teamIds ?? [],
          timeZone: 'Asia/Jakarta',
        },
      ),
    );
    expect((await t.call('GET', `/api/field/sessions/${demoSession}/summary`)).status).toBe(401);
    expect(
      (await t.call('GET', `/api/field/sessions/${randomUUID()}/summary`, { headers: bearer(token) })).status,
    ).toBe(404);
  });

  it('shows the facilitator’s dashboard with volunteers, a rate flag, quotes and the comparison', async () => {
    const { token } = await join(DEMO_FIELD_CODE, 'Cepat Sekali');
    // The most recent taps so far, so the quote is among the latest ones whatever ran before.
    const start = t.clock.now.getTime() - 20_000;
    // Twelve taps one second apart: more than one per 2 seconds, sustained.
    await send(
      token,
      Array.from({ length: 12 }, (_, i) =>
        tally(new Date(start + i * 1000), { quote: i === 0 ? 'Setuju!' : null }),
      ),
    );
    const dashboard = await json<{
      summary: { total: number };
      comparison: { verdict: { code: string } };
      volunteers: Array<{ name: string; tallies: number }>;
      flags: Array<{ volunteer: { name: string }; tallies: number }>;
      quotes: Array<{ quote: string }>;
      photos: unknown[];
      scans: unknown[];
    }>(await t.call('GET', `/api/field/sessions/${demoSession}/dashboard`, { cookie: facilitator }));
    expect(dashboard.volunteers).toContainEqual(
      expect.objectContaining({ name: 'Cepat Sekali', tallies: 12 }),
    );
    expect(dashboard.flags).toContainEqual(
      expect.objectContaining({ volunteer: expect.objectContaining({ name: 'Cepat Sekali' }), tallies: 12 }),
    );
    expect(dashboard.quotes.map((q) => q.quote)).toContain('Setuju!');
    expect(dashboard.comparison.verdict.code).toBeTypeOf('string');
    expect(
      (await t.call('GET', `/api/field/sessions/${demoSession}/dashboard`, { headers: bearer(token) }))
        .status,
    ).toBe(401);
  });

  it('streams a posted tally and the new summary within a second', async () => {
    const { token } = await join();
    const response = await t.call('GET', `/api/field/sessions/${demoSession}/stream?token=${token}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const stream = sseReader(response.body as ReadableStream<Uint8Array>);
    expect(await stream.until((e) => e.some((x) => x.event === 'summary'), 5000)).toBe(true);
    const before = JSON.parse(stream.events[0]?.data ?? '{}') as { total: number };
    const posted = tally(ago(1));
    const sent = Date.now();
    await send(token, [posted]);
    const arrived = await stream.until(
      (e) => e.some((x) => x.event === 'tallies' && x.data.includes(posted.id)),
      1000,
    );
    expect(arrived, JSON.stringify(stream.events)).toBe(true);
    expect(Date.now() - sent).toBeLessThan(1000);
    await stream.until((e) => e.filter((x) => x.event === 'summary').length >= 2, 1000);
    const last = stream.events.filter((x) => x.event === 'summary').at(-1);
    expect((JSON.parse(last?.data ?? '{}') as { total: number }).total).toBe(before.total + 1);
    await stream.cancel();
  });
});

describe('photos and retention', () => {
  it('stores a photo without its GPS tags, refuses an identifiable one without consent', async () => {
    const { token } = await join();
    const photo = await makeImage('jpeg', { gps: true });
    expect(exifHasGps((await sharp(photo).metadata()).exif)).toBe(true);
    const refused = await t.call('POST', '/api/field/photos?identifiable=1&consent=0', {
      headers: bearer(token),
      body: photo,
    });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(await refused.json())).toContain('consent_required');
    const stored = await json<{ photo: { id: string; deleteAt: string } }>(
      await t.call('POST', '/api/field/photos?identifiable=1&consent=1', {
        headers: bearer(token),
        body: photo,
      }),
    );
    const [row] = await t.db.select().from(fieldPhotos).where(eq(fieldPhotos.id, stored.photo.id));
    expect(row?.consent).toBe(true);
    const bytes = await t.storage.get(row?.storageKey ?? '');
    expect(bytes).not.toBeNull();
    const meta = await sharp(Buffer.from(bytes ?? new Uint8Array())).metadata();
    expect(exifHasGps(meta.exif)).toBe(false);
    expect(meta.exif).toBeUndefined();
    const image = await t.call('GET', `/api/field/photos/${stored.photo.id}/image`, { cookie: facilitator });
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/jpeg');
  });

  it('deletes photos (files too) and quotes past retention, keeping the tallies counted', async () => {
    const { token } = await join();
    const quoted = tally(ago(2), { quote: 'Nama saya Budi' });
    await send(token, [quoted]);
    const uploaded = await json<{ photo: { id: string; deleteAt: string } }>(
      await t.call('POST', '/api/field/photos', { headers: bearer(token), body: await makeImage('png') }),
    );
    const [row] = await t.db.select().from(fieldPhotos).where(eq(fieldPhotos.id, uploaded.photo.id));
    const deleteAt = new Date(uploaded.photo.deleteAt);
    // The demo session ends a day after the test's "now", kept 30 days: deleted at a Jakarta midnight.
    expect(deleteAt.getTime()).toBeGreaterThan(t.clock.now.getTime() + 30 * 86_400_000);
    expect(deleteAt.toISOString().slice(11, 19)).toBe('17:00:00');

    const early = await sweepRetention(t.db, t.storage, new Date(deleteAt.getTime() - 1));
    expect(early.photos).toBe(0);
    expect(await t.storage.exists(row?.storageKey ?? '')).toBe(true);

    const swept = await sweepRetention(t.db, t.storage, deleteAt);
    expect(swept.photos).toBeGreaterThanOrEqual(1);
    expect(swept.quotes).toBeGreaterThanOrEqual(1);
    expect(await t.storage.exists(row?.storageKey ?? '')).toBe(false);
    expect(await t.storage.exists(row?.thumbnailKey ?? '')).toBe(false);
    const [left] = await t.db
      .select({ n: count() })
      .from(fieldPhotos)
      .where(eq(fieldPhotos.id, uploaded.photo.id));
    expect(left?.n).toBe(0);
    const [kept] = await t.db.select().from(fieldTallies).where(eq(fieldTallies.id, quoted.id));
    expect(kept?.quote).toBeNull();
    expect(kept?.outcome).toBe('cares');
  });
});

describe('tracked links', () => {
  it('redirects to the target, counts scans per variant without storing the address', async () => {
    const [session] = await t.db.select().from(fieldSessions).where(eq(fieldSessions.id, demoSession));
    const variant = (session?.variants ?? [])[0] as { shortCode: string; targetUrl: string };
    const scan = (ua: string) =>
      t.app.request(`http://localhost/l/${variant.shortCode.toUpperCase()}`, {
        headers: { 'user-agent': ua },
        redirect: 'manual',
      });
    const first = await scan('Phone A');
    expect(first.status).toBe(302);
    expect(first.headers.get('location')).toBe(variant.targetUrl);
    await scan('Phone A');
    await scan('Phone B');
    const rows = await t.db.select().from(fieldScans).where(eq(fieldScans.sessionId, demoSession));
    expect(rows.map((r) => r.scans).sort()).toEqual([1, 2]);
    expect(JSON.stringify(rows)).not.toMatch(/local|Phone/);
    const dashboard = await json<{ scans: Array<{ variant: string; scans: number; visitors: number }> }>(
      await t.call('GET', `/api/field/sessions/${demoSession}/dashboard`, { cookie: facilitator }),
    );
    expect(dashboard.scans).toEqual([
      expect.objectContaining({ variant: 'poster-a', scans: 3, visitors: 2 }),
    ]);
    expect((await t.app.request('http://localhost/l/zzzzzzz')).status).toBe(404);
  });
});

describe('the demo session and the API document', () => {
  it('keeps the demo session open around the present', async () => {
    const later = new Date(t.clock.now.getTime() + 40 * 86_400_000);
    await keepDemoFieldSessionOpen(t.db, later);
    const [row] = await t.db.select().from(fieldSessions).where(eq(fieldSessions.joinCode, DEMO_FIELD_CODE));
    expect(row?.startsAt.getTime()).toBeLessThan(later.getTime());
    expect(row?.endsAt.getTime()).toBeGreaterThan(later.getTime());
    await keepDemoFieldSessionOpen(t.db, t.clock.now);
  });

  it('describes the public field API in an OpenAPI 3.1 document', async () => {
    const doc = await json<{ openapi: string; paths: Record<string, unknown>; components: unknown }>(
      await t.call('GET', '/api/openapi.json'),
    );
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/field/join',
        '/api/field/tallies',
        '/api/field/sessions/{id}/summary',
        '/api/field/sessions/{id}/stream',
      ]),
    );
    const text = JSON.stringify(doc);
    for (const ref of text.match(/#\/components\/schemas\/\w+/g) ?? []) {
      const name = ref.split('/').pop() ?? '';
      expect((doc.components as { schemas: Record<string, unknown> }).schemas[name], ref).toBeDefined();
    }
  });
});
