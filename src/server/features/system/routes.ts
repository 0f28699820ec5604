import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { DEMO_ACCOUNTS, DEMO_JOIN_CODE, DEMO_PASSWORD } from '../../db/seed/demo-data.ts';
import type { AppEnv } from '../../http/context.ts';

export const systemRoutes = new Hono<AppEnv>()
  .get('/health', async (c) => {
    const { db, engine, version } = c.get('deps');
    await db.execute(sql`select 1`);
    return c.json({ status: 'ok', db: engine, version });
  })
  .get('/meta', (c) => {
    const { config, version } = c.get('deps');
    return c.json({
      version,
      demo: config.demo,
      demoAccounts: config.demo ? DEMO_ACCOUNTS.map(({ email, role }) => ({ email, role })) : [],
      demoPassword: config.demo ? DEMO_PASSWORD : null,
      demoJoinCode: config.demo ? DEMO_JOIN_CODE : null,
    });
  });
