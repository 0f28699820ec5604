import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from './db/client.ts';
import { seedDemo } from './db/seed/demo.ts';
import { appFor, caller, cookieFrom } from './testing/app.ts';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from './testing/database.ts';

/**
 * Two app instances on one database serve the same users: sessions, rate limits and data live in the
 * database only. On PostgreSQL each instance has its own connection pool, as two servers would.
 */
let database: TestDatabase;
let second: Awaited<ReturnType<typeof openPostgres>> | null = null;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemo(database.db);
  if (TEST_ENGINE === 'postgres' && database.url) second = await openPostgres(database.url);
});
afterAll(async () => {
  await second?.close();
  await database.destroy();
});

describe('stateless app servers', () => {
  it('accepts a session made on one instance on the other', async () => {
    const clock = { now: new Date() };
    const a = caller(appFor(database, clock));
    const b = caller(appFor(second ?? database, clock));
    const login = await a('POST', '/api/auth/login', {
      body: { email: 'facilitator@demo.test', password: 'lantang-demo' },
    });
    expect(login.status).toBe(200);
    const cookie = cookieFrom(login);
    const me = await b('GET', '/api/auth/me', { cookie });
    expect(me.status).toBe(200);
    const created = await b('POST', '/api/programmes', {
      cookie,
      body: { name: 'Dari B', startsOn: '2026-05-01', endsOn: '2026-05-01' },
    });
    expect(created.status).toBe(201);
    const list = (await (await a('GET', '/api/programmes', { cookie })).json()) as {
      programmes: Array<{ name: string }>;
    };
    expect(list.programmes.map((p) => p.name)).toContain('Dari B');
    expect((await b('POST', '/api/auth/logout', { cookie })).status).toBe(204);
    expect((await a('GET', '/api/auth/me', { cookie })).status).toBe(401);
  });
});
