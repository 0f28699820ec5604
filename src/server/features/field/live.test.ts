import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openPostgres } from '../../db/client.ts';
import { type Notifications, notificationsFor } from '../../db/notifications.ts';
import { fieldSessions } from '../../db/schema.ts';
import { seedDemo } from '../../db/seed/demo.ts';
import { DEMO_FIELD_CODE } from '../../db/seed/demo-field.ts';
import { appFor, caller } from '../../testing/app.ts';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../../testing/database.ts';
import { sseReader, tally } from './testing.ts';

/**
 * Two app instances on one PostgreSQL, each with its own connection pool and its own LISTEN connection, as
 * two servers behind a load balancer would have: a tally posted to A reaches B's live stream. Only
 * PostgreSQL can be shared by two instances (PGlite belongs to one process), so on PGlite this test does
 * not run and says so; `.ci/run` runs it on PostgreSQL.
 */
let database: TestDatabase;
let second: DatabaseHandle | null = null;
const notifications: Notifications[] = [];
const clock = { now: new Date() };

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemo(database.db, clock.now);
  if (TEST_ENGINE === 'postgres' && database.url) second = await openPostgres(database.url);
});
afterAll(async () => {
  for (const n of notifications) await n.close();
  await second?.close();
  await database.destroy();
});

describe('live field updates across app instances', () => {
  it.runIf(TEST_ENGINE === 'postgres')(
    '[PostgreSQL only] a tally posted to instance A appears on instance B’s stream within a second',
    async () => {
      const listenA = notificationsFor({ pglite: null, url: database.url });
      const listenB = notificationsFor({ pglite: null, url: database.url });
      notifications.push(listenA, listenB);
      const a = caller(appFor(database, clock, undefined, listenA));
      const b = appFor(second ?? database, clock, undefined, listenB);
      const [session] = await database.db
        .select({ id: fieldSessions.id })
        .from(fieldSessions)
        .where(eq(fieldSessions.joinCode, DEMO_FIELD_CODE));
      const joined = (await (
        await a('POST', '/api/field/join', { body: { code: DEMO_FIELD_CODE, name: 'Di A' } })
      ).json()) as { token: string };

      const response = await b.request(
        `http://localhost/api/field/sessions/${session?.id}/stream?token=${joined.token}`,
      );
      expect(response.status).toBe(200);
      const stream = sseReader(response.body as ReadableStream<Uint8Array>);
      expect(await stream.until((e) => e.some((x) => x.event === 'summary'), 5000)).toBe(true);

      const posted = tally(new Date(clock.now.getTime() - 60_000));
      const sent = Date.now();
      const result = await a('POST', '/api/field/tallies', {
        headers: { authorization: `Bearer ${joined.token}` },
        body: { tallies: [posted] },
      });
      expect(((await result.json()) as { accepted: number }).accepted).toBe(1);
      const arrived = await stream.until(
        (e) => e.some((x) => x.event === 'tallies' && x.data.includes(posted.id)),
        1000,
      );
      expect(arrived, JSON.stringify(stream.events)).toBe(true);
      expect(Date.now() - sent).toBeLessThan(1000);
      await stream.cancel();
    },
  );

  it('delivers a stored batch’s notice to a listener of the same database (either engine)', async () => {
    const listener = notificationsFor(database);
    notifications.push(listener);
    const got: string[] = [];
    const stop = await listener.listen('lantang_field', (payload) => got.push(payload));
    const app = caller(appFor(database, clock, undefined, listener));
    const joined = (await (
      await app('POST', '/api/field/join', { body: { code: DEMO_FIELD_CODE, name: 'Satu' } })
    ).json()) as { token: string };
    await app('POST', '/api/field/tallies', {
      headers: { authorization: `Bearer ${joined.token}` },
      body: { tallies: [tally(new Date(clock.now.getTime() - 60_000))] },
    });
    for (let i = 0; i < 50 && got.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    stop();
    expect(got).toHaveLength(1);
    expect(JSON.parse(got[0] ?? '{}')).toEqual(
      expect.objectContaining({ s: expect.any(String), r: expect.any(String) }),
    );
  });
});
