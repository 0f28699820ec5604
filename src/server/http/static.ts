import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from './context.ts';

/**
 * Serves the built web app from `webRoot`: hashed assets with a long cache, and index.html for every other
 * path so the client router can take over (SPA fallback). Without a build, a plain page says how to build.
 */
export function mountWeb(app: Hono<AppEnv>, webRoot: string | null): void {
  const indexPath = webRoot ? join(webRoot, 'index.html') : null;
  if (!webRoot || !indexPath || !existsSync(indexPath)) {
    app.get('*', (c) => c.text('Lantang: the web app is not built. Run `npm run build` (npm start does it).', 503));
    return;
  }
  const indexHtml = readFileSync(indexPath, 'utf8');
  app.use(
    '/assets/*',
    serveStatic({
      root: webRoot,
      onFound: (_path, c) => {
        c.header('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  app.use('*', serveStatic({ root: webRoot }));
  app.get('*', (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.html(indexHtml);
  });
}
