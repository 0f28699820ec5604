import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEnv } from './context.ts';
import { mountWeb, pageEncoding, prerenderedLocale } from './static.ts';

let webRoot: string;
let app: Hono<AppEnv>;

beforeAll(() => {
  webRoot = mkdtempSync(join(tmpdir(), 'lantang-web-'));
  mkdirSync(join(webRoot, 'prerendered'));
  writeFileSync(join(webRoot, 'index.html'), 'index');
  writeFileSync(join(webRoot, 'prerendered', 'login.id.html'), 'login id');
  writeFileSync(join(webRoot, 'prerendered', 'login.en.html'), 'login en');
  writeFileSync(join(webRoot, 'prerendered', 'join.id.html'), 'join id');
  writeFileSync(join(webRoot, 'prerendered', 'notes.txt'), 'ignored');
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(join(webRoot, 'assets', 'app-abc.js'), 'plain');
  writeFileSync(join(webRoot, 'assets', 'app-abc.js.gz'), 'gzipped');
  app = new Hono<AppEnv>();
  mountWeb(app, webRoot);
});
afterAll(() => rmSync(webRoot, { recursive: true, force: true }));

const get = async (path: string, headers: Record<string, string> = {}) => {
  const response = await app.request(`http://localhost${path}`, { headers });
  return { response, body: await response.text() };
};

describe('the language of a prerendered page', () => {
  it('follows the lantang_lang cookie, else Indonesian, like the web app', () => {
    expect(prerenderedLocale('en')).toBe('en');
    expect(prerenderedLocale('id')).toBe('id');
    expect(prerenderedLocale('fr')).toBe('id');
    expect(prerenderedLocale(undefined)).toBe('id');
  });
});

describe('prerendered pages', () => {
  it('serves the sign-in page in Indonesian by default, whatever the browser language', async () => {
    const { response, body } = await get('/login', { 'accept-language': 'en-GB,en;q=0.9' });
    expect(body).toBe('login id');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('vary')).toBe('Cookie, Accept-Encoding');
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('serves the English sign-in page when the cookie chose English, with or without a query', async () => {
    expect((await get('/login', { cookie: 'a=1; lantang_lang=en' })).body).toBe('login en');
    expect((await get('/login?next=%2Fadmin', { cookie: 'lantang_lang=en' })).body).toBe('login en');
    expect((await get('/login', { cookie: 'lantang_lang=xx' })).body).toBe('login id');
  });

  it('leaves the sign-in form to its own handler (features/auth/form.ts), and caps the join form', async () => {
    const login = await app.request('http://localhost/login', { method: 'POST', body: 'email=a&password=b' });
    expect(login.status).toBe(404);
    const big = await app.request('http://localhost/join', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `code=${'A'.repeat(5000)}`,
    });
    expect(big.status).toBe(303);
    expect(big.headers.get('location')).toBe('/join');
  });

  it('sends a join code posted before the app started on to its page', async () => {
    const response = await app.request('http://localhost/join', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'code=demo join',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/join/DEMOJOIN');
    const empty = await app.request('http://localhost/join', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'code=',
    });
    expect(empty.headers.get('location')).toBe('/join');
  });

  it('falls back to index.html when a page was not prerendered in that language', async () => {
    expect((await get('/join', { cookie: 'lantang_lang=en' })).body).toBe('index');
    expect((await get('/join')).body).toBe('join id');
  });

  it('serves index.html everywhere else, including deeper paths', async () => {
    expect((await get('/join/DEMO-JOIN')).body).toBe('index');
    expect((await get('/login/')).body).toBe('index');
    expect((await get('/p/123')).body).toBe('index');
    expect((await get('/notes')).body).toBe('index');
  });
});

describe('compression', () => {
  it('picks Brotli, then gzip, and honours q=0', () => {
    expect(pageEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(pageEncoding('gzip;q=1.0, br;q=0')).toBe('gzip');
    expect(pageEncoding('identity')).toBeNull();
    expect(pageEncoding(undefined)).toBeNull();
  });

  it('sends a prerendered page compressed when the browser accepts it', async () => {
    const br = await app.request('http://localhost/login', {
      headers: { 'accept-encoding': 'gzip, br', cookie: 'lantang_lang=en' },
    });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('content-type')).toMatch(/^text\/html/);
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe('login en');
    const gzip = await app.request('http://localhost/join', { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toBe('join id');
  });

  it('sends the precompressed file of an asset', async () => {
    const { response, body } = await get('/assets/app-abc.js', { 'accept-encoding': 'gzip' });
    expect(body).toBe('gzipped');
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect((await get('/assets/app-abc.js')).body).toBe('plain');
  });
});
