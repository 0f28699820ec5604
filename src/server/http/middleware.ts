import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie } from 'hono/cookie';
import { secureHeaders } from 'hono/secure-headers';
import type { z } from 'zod';
import { MAX_IMAGE_BYTES } from '#core/campaign/image-type.ts';
import { AppError, type FieldIssue } from '#core/errors.ts';
import { parseInput } from '#core/validation.ts';
import { findSessionUser, SESSION_COOKIE } from '../auth/sessions.ts';
import { isLoopbackHost, lanAddresses } from '../net.ts';
import type { AppDeps, AppEnv } from './context.ts';
import { requestLocale } from './i18n.ts';

export const MAX_BODY_BYTES = 1024 * 1024;
/** Export files are streamed, never held whole: a year of a busy page's posts is tens of megabytes. */
export const MAX_UPLOAD_BYTES = 64 * 1024 * 1024;
/** The routes that take a file's bytes as the request body. */
const UPLOAD_PATH = /^\/api\/audit\/accounts\/[^/]+\/imports$/;
/** The routes that take an image's bytes as the request body (a new poster, a poster's next version). */
const IMAGE_UPLOAD_PATH = /^\/api\/(campaigns\/[^/]+\/assets|assets\/[^/]+\/versions|field\/photos)$/;
/**
 * A batch of 500 tallies is ~150 KB of plain JSON, but a page may escape every character of its quotes and
 * names (`\u00e9`: six bytes for one) and an older or newer page may add keys: 500 such tallies can pass 1 MiB.
 */
export const MAX_TALLY_BATCH_BYTES = 4 * 1024 * 1024;
const TALLY_PATH = /^\/api\/field\/tallies$/;

export const securityHeaders = (): MiddlewareHandler<AppEnv> =>
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      // Inline style attributes are harmless and used by components; scripts are never inline.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      connectSrc: ["'self'"],
      fontSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    xFrameOptions: 'DENY',
    xContentTypeOptions: 'nosniff',
    referrerPolicy: 'strict-origin-when-cross-origin',
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: false,
  });

export const limitBody = (): MiddlewareHandler<AppEnv> => {
  const limit = (maxSize: number, fields: FieldIssue[] = []) =>
    bodyLimit({
      maxSize,
      onError: () => {
        throw new AppError('payload_too_large', { fields });
      },
    });
  const json = limit(MAX_BODY_BYTES);
  const upload = limit(MAX_UPLOAD_BYTES);
  const tallies = limit(MAX_TALLY_BATCH_BYTES);
  const image = limit(MAX_IMAGE_BYTES, [
    { field: 'file', rule: 'file_too_big', params: { max: MAX_IMAGE_BYTES / (1024 * 1024) } },
  ]);
  return (c, next) => {
    if (UPLOAD_PATH.test(c.req.path)) return upload(c, next);
    if (TALLY_PATH.test(c.req.path)) return tallies(c, next);
    if (c.req.method === 'POST' && IMAGE_UPLOAD_PATH.test(c.req.path)) return image(c, next);
    return json(c, next);
  };
};

/** The origin the browser sees for this server, taking a trusted reverse proxy into account. */
export function ownOrigin(c: Context<AppEnv>): string {
  const { trustProxy, publicUrl } = c.get('deps').config;
  if (publicUrl) return new URL(publicUrl).origin;
  const url = new URL(c.req.url);
  const proto = trustProxy
    ? (c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() ?? url.protocol.slice(0, -1))
    : url.protocol.slice(0, -1);
  const host = (trustProxy && c.req.header('x-forwarded-host')) || c.req.header('host') || url.host;
  return `${proto}://${host}`;
}

/**
 * The origin to put in links and QR codes for other devices: PUBLIC_URL when set; when the facilitator
 * browses on the server machine itself (localhost), the machine's local-network address instead, so the
 * participants' phones on the same Wi-Fi can open the link.
 */
export function shareOrigin(c: Context<AppEnv>): string {
  const origin = ownOrigin(c);
  const url = new URL(origin);
  if (c.get('deps').config.publicUrl || !isLoopbackHost(url.host)) return origin;
  const lan = lanAddresses()[0];
  return lan ? `${url.protocol}//${lan}${url.port ? `:${url.port}` : ''}` : origin;
}

export function isHttps(c: Context<AppEnv>): boolean {
  return ownOrigin(c).startsWith('https:');
}

/**
 * CSRF defence: an unsafe request that a browser marks as cross-site is refused. Browsers send `Origin` on
 * every cross-origin POST; `Sec-Fetch-Site` covers the rest. Clients that send neither (curl, the CLI) carry
 * no ambient cookies from a victim's browser, so they pass.
 */
export const checkOrigin = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  if (!['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) {
    const origin = c.req.header('origin');
    const site = c.req.header('sec-fetch-site');
    if (origin !== undefined && origin !== ownOrigin(c)) throw new AppError('bad_origin');
    if (origin === undefined && site !== undefined && site !== 'same-origin' && site !== 'none') {
      throw new AppError('bad_origin');
    }
  }
  await next();
};

export function clientIp(c: Context<AppEnv>): string {
  if (c.get('deps').config.trustProxy) {
    // The rightmost entry is the one our own proxy appended; entries to its left come from the client.
    const forwarded = c.req.header('x-forwarded-for')?.split(',').pop()?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // Requests made in-process (tests, app.request) have no socket.
    return 'local';
  }
}

/** Loads the session user (if any) and settles the request's language. */
export const loadSession =
  (deps: AppDeps): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    c.set('deps', deps);
    c.set('actor', null);
    const token = getCookie(c, SESSION_COOKIE);
    const user = token ? await findSessionUser(deps.db, token, deps.now()) : null;
    c.set('user', user);
    c.set(
      'locale',
      user?.locale ?? requestLocale(getCookie(c, 'lantang_lang'), c.req.header('accept-language')),
    );
    await next();
  };

/** Reads and validates a JSON body: 415 for another content type, 400 for malformed JSON or bad fields. */
export async function readJson<S extends z.ZodType>(c: Context<AppEnv>, schema: S): Promise<z.output<S>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/(.+\+)?json\b/i.test(type)) throw new AppError('unsupported_media_type');
  const text = await c.req.text();
  let data: unknown;
  try {
    data = text.length === 0 ? {} : JSON.parse(text);
  } catch (error) {
    throw new AppError('invalid_json', { cause: error });
  }
  return parseInput(schema, data);
}
