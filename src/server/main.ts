import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import QRCode from 'qrcode';
import { AppError } from '#core/errors.ts';
import { createApp } from './app.ts';
import { notificationsFor } from './db/notifications.ts';
import { isDatabaseEmpty, seedDemo } from './db/seed/demo.ts';
import { DEMO_ACCOUNTS, DEMO_JOIN_CODE, DEMO_PASSWORD } from './db/seed/demo-data.ts';
import { DEMO_FIELD_CODE, keepDemoFieldSessionOpen } from './db/seed/demo-field.ts';
import { readConfig } from './env.ts';
import { sweepRetention } from './features/field/photos.ts';
import { lanAddresses } from './net.ts';
import { openConfiguredDatabase, packageVersion } from './start.ts';
import { localFolderStorage } from './storage/local-folder.ts';
import { tt } from './terminal.ts';

/** The built web app, found from this file whether run from src/ (tsx) or from dist/server (bundle). */
function findWebRoot(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const candidate = join(dir, 'dist', 'web');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    if (existsSync(join(dir, 'web', 'index.html'))) return join(dir, 'web');
    dir = dirname(dir);
  }
  return null;
}

export async function startServer() {
  const config = readConfig();
  const database = await openConfiguredDatabase(config, 'server');
  const { db, engine } = database;
  let seeded = false;
  if (config.demo && (await isDatabaseEmpty(db))) seeded = (await seedDemo(db)).seeded;
  const noAccounts = await isDatabaseEmpty(db);
  const storage = localFolderStorage(resolve(config.filesDir));
  const notifications = notificationsFor({ pglite: database.pglite, url: config.databaseUrl ?? null });

  // Every hour: photos and quotes past their retention are deleted, and the demo's field session stays open.
  const hourly = async () => {
    const swept = await sweepRetention(db, storage, new Date());
    if (swept.photos + swept.quotes > 0)
      console.log(`[field] retention: ${swept.photos} photo(s) and ${swept.quotes} quote(s) deleted`);
    if (config.demo) await keepDemoFieldSessionOpen(db, new Date());
  };
  await hourly();
  const hourlyTimer = setInterval(() => {
    hourly().catch((error: unknown) => console.error('[field] the hourly retention sweep failed', error));
  }, 3_600_000);
  hourlyTimer.unref();

  const app = createApp(
    {
      db,
      engine,
      config,
      storage,
      version: packageVersion(),
      now: () => new Date(),
      notifications,
    },
    { webRoot: findWebRoot() },
  );
  const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port });

  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') console.error(tt('cli.server.port_in_use', { port: config.port }));
      reject(error);
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;

  const lines = [tt('cli.server.ready'), tt('cli.server.database', { engine, location: database.location })];
  lines.push(tt('cli.server.local', { url: `http://localhost:${port}` }));
  const lan = config.host === '0.0.0.0' || config.host === '::' ? lanAddresses()[0] : undefined;
  const shareUrl = config.publicUrl ?? (lan ? `http://${lan}:${port}` : undefined);
  lines.push(shareUrl ? tt('cli.server.network', { url: shareUrl }) : tt('cli.server.no_network'));
  if (seeded) lines.push(tt('cli.server.demo_seeded'));
  if (config.demo) {
    lines.push('', tt('cli.server.demo_title', { password: DEMO_PASSWORD }));
    for (const a of DEMO_ACCOUNTS) lines.push(`  ${a.email.padEnd(24)} ${tt(`cli.role.${a.role}`)}`);
    lines.push(tt('cli.server.demo_code', { code: DEMO_JOIN_CODE }));
    lines.push(tt('cli.server.demo_field_code', { code: DEMO_FIELD_CODE }));
  }
  if (noAccounts) lines.push('', tt('cli.server.no_accounts'));
  console.log(lines.join('\n'));
  if (shareUrl) {
    console.log(`\n${tt('cli.server.scan')}`);
    console.log(await QRCode.toString(shareUrl, { type: 'terminal', small: true }));
  }

  const stop = async () => {
    console.log(tt('cli.server.stopping'));
    server.close();
    clearInterval(hourlyTimer);
    await notifications.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return { server, port, close: stop };
}

const invokedDirectly = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (invokedDirectly) {
  startServer().catch((error: unknown) => {
    const message = error instanceof AppError ? tt(`error.${error.code}`, error.params) : String(error);
    console.error(tt('cli.error', { message }));
    process.exit(1);
  });
}
