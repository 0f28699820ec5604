import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { createApp } from '../app.ts';
import type { Database } from '../db/client.ts';
import { type Notifications, notificationsFor } from '../db/notifications.ts';
import { seedDemo } from '../db/seed/demo.ts';
import { DEMO_PASSWORD } from '../db/seed/demo-data.ts';
import { readConfig } from '../env.ts';
import type { AppEnv } from '../http/context.ts';
import { packageVersion } from '../start.ts';
import { localFolderStorage } from '../storage/local-folder.ts';
import type { Storage } from '../storage/storage.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';
import { memoryStorage } from './memory-storage.ts';

export interface TestClock {
  now: Date;
}

export interface TestApp {
  app: Hono<AppEnv>;
  database: TestDatabase;
  db: Database;
  clock: TestClock;
  /** The uploads folder of this test app (removed by `close`). */
  filesDir: string;
  storage: Storage;
  /**
   * A request as a browser on the same origin would send it. A body that is a string or bytes is sent as
   * it is; anything else as JSON.
   */
  call: (
    method: string,
    path: string,
    options?: { cookie?: string | null; body?: unknown; headers?: Record<string, string> },
  ) => Promise<Response>;
  /** Signs a demo account in and returns its cookie header value. */
  login: (email: string, password?: string) => Promise<string>;
  close: () => Promise<void>;
}

export function appFor(
  database: Pick<TestDatabase, 'db' | 'engine'>,
  clock: TestClock,
  storage: Storage = memoryStorage(),
  notifications?: Notifications,
) {
  return createApp({
    db: database.db,
    engine: database.engine,
    config: readConfig({ LANTANG_DEMO: '1' }),
    storage,
    version: packageVersion(),
    now: () => clock.now,
    ...(notifications ? { notifications } : {}),
  });
}

export function cookieFrom(response: Response): string {
  const header = response.headers.get('set-cookie') ?? '';
  const match = /lantang_session=([^;]*)/.exec(header);
  if (!match?.[1]) throw new Error(`no session cookie in response ${response.status}`);
  return `lantang_session=${match[1]}`;
}

export function caller(app: Hono<AppEnv>): TestApp['call'] {
  return async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.cookie) headers.cookie = options.cookie;
    let body: string | Uint8Array<ArrayBuffer> | undefined;
    if (options.body instanceof Uint8Array) {
      body = new Uint8Array(options.body);
    } else if (options.body !== undefined) {
      body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    return app.request(`http://localhost${path}`, {
      method,
      headers,
      ...(body !== undefined ? { body } : {}),
    });
  };
}

export async function createTestApp(options: { demo?: boolean } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const clock: TestClock = { now: new Date('2026-03-02T02:00:00Z') };
  if (options.demo ?? true) await seedDemo(database.db, clock.now);
  const filesDir = await mkdtemp(join(tmpdir(), 'lantang-files-'));
  const storage = localFolderStorage(filesDir);
  const notifications = notificationsFor(database);
  const app = appFor(database, clock, storage, notifications);
  const call = caller(app);
  const login = async (email: string, password = DEMO_PASSWORD) => {
    const response = await call('POST', '/api/auth/login', { body: { email, password } });
    if (response.status !== 200)
      throw new Error(`login ${email} failed: ${response.status} ${await response.text()}`);
    return cookieFrom(response);
  };
  const close = async () => {
    await notifications.close();
    await database.destroy();
    await rm(filesDir, { recursive: true, force: true });
  };
  return { app, database, db: database.db, clock, filesDir, storage, call, login, close };
}
