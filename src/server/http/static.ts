import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie } from 'hono/cookie';
import { DEFAULT_LOCALE, isLocale, type Locale } from '#core/i18n/locales.ts';
import type { AppEnv } from './context.ts';

/** A page held in memory, with its compressed forms made once. */
export interface Page {
  html: string;
  br: Uint8Array<ArrayBuffer>;
  gzip: Uint8Array<ArrayBuffer>;
}

/** Prerendered pages by path (`/login`), each in the locales it was built in. */
export type PrerenderedPages = Map<string, Partial<Record<Locale, Page>>>;

function page(html: string): Page {
  return {
    html,
    br: new Uint8Array(brotliCompressSync(html)),
    gzip: new Uint8Array(gzipSync(html, { level: 9 })),
  };
}

/** The best encoding the client accepts for a page: Brotli, then gzip, else none. */
export function pageEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | null {
  const accepted = new Set(
    (acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().toLowerCase())
      .filter((part) => !/;\s*q=0(\.0*)?$/.test(part))
      .map((part) => part.split(';')[0]?.trim()),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return null;
}

/** A join code as typed, in the form the join page uses (as `normaliseCode` in the web app). */
export function joinCodeFromForm(input: string): string {
  return input
    .toUpperCase()
    .replace(/[^A-Z0-9-]/g, '')
    .slice(0, 32);
}

/** Reads `prerendered/<page>.<locale>.html` under `webRoot` (written by the web build) once, at start. */
export function readPrerendered(webRoot: string): PrerenderedPages {
  const pages: PrerenderedPages = new Map();
  const dir = join(webRoot, 'prerendered');
  if (!existsSync(dir)) return pages;
  for (const file of readdirSync(dir)) {
    const match = /^([a-z0-9-]+)\.([a-z]+)\.html$/.exec(file);
    const [, name, lang] = match ?? [];
    if (!name || !isLocale(lang)) continue;
    const path = `/${name}`;
    const byLocale = pages.get(path) ?? {};
    byLocale[lang] = page(readFileSync(join(dir, file), 'utf8'));
    pages.set(path, byLocale);
  }
  return pages;
}

/**
 * The language of a prerendered page: the `lantang_lang` cookie, else Indonesian. This is the rule the web
 * app uses for its first render (`resolveLocale` in src/web/app/locale.ts; the browser's language is
 * deliberately not used), so hydration finds the markup in the language it would render itself.
 */
export function prerenderedLocale(cookieLang: string | undefined): Locale {
  return isLocale(cookieLang) ? cookieLang : DEFAULT_LOCALE;
}

/**
 * Serves the built web app from `webRoot`: hashed assets with a long cache, the prerendered sign-in and
 * join pages in the visitor's language, and index.html for every other path so the client router can take
 * over (SPA fallback). Without a build, a plain page says how to build.
 */
export function mountWeb(app: Hono<AppEnv>, webRoot: string | null): void {
  const indexPath = webRoot ? join(webRoot, 'index.html') : null;
  if (!webRoot || !indexPath || !existsSync(indexPath)) {
    app.get('*', (c) =>
      c.text('Lantang: the web app is not built. Run `npm run build` (npm start does it).', 503),
    );
    return;
  }
  const indexHtml = readFileSync(indexPath, 'utf8');
  app.use(
    '/assets/*',
    serveStatic({
      root: webRoot,
      precompressed: true,
      onFound: (_path, c) => {
        c.header('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  for (const [path, byLocale] of readPrerendered(webRoot)) {
    app.get(path, (c) => {
      c.header('Cache-Control', 'no-cache');
      const chosen = byLocale[prerenderedLocale(getCookie(c, 'lantang_lang'))];
      if (!chosen) return c.html(indexHtml);
      c.header('Vary', 'Cookie, Accept-Encoding');
      const encoding = pageEncoding(c.req.header('accept-encoding'));
      if (!encoding) return c.html(chosen.html);
      c.header('Content-Type', 'text/html; charset=UTF-8');
      c.header('Content-Encoding', encoding);
      return c.body(chosen[encoding]);
    });
    // A join form sent before the app took the page over posts (so nothing typed lands in a URL): the code
    // goes on to its own page, which looks it up. The sign-in form has its own handler (features/auth/form.ts).
    if (path !== '/join') continue;
    // No session and no origin check apply here, so the body is capped before anything reads it (a chunked
    // request has no length to trust).
    const cap = bodyLimit({ maxSize: 4096, onError: (c) => c.redirect(path, 303) });
    app.post(path, cap, async (c) => {
      const form = await c.req.parseBody().catch(() => null);
      const code = typeof form?.code === 'string' ? joinCodeFromForm(form.code) : '';
      return c.redirect(code ? `/join/${encodeURIComponent(code)}` : path, 303);
    });
  }
  app.use('*', serveStatic({ root: webRoot }));
  app.get('*', (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.html(indexHtml);
  });
}
