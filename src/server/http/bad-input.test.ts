import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/app.ts';
import { snapshotData } from '../testing/snapshot.ts';
import { MAX_BODY_BYTES } from './middleware.ts';

let t: TestApp;
let cookie: string;
let programmeId: string;

const snapshot = () => snapshotData(t.db);

beforeAll(async () => {
  t = await createTestApp();
  cookie = await t.login('facilitator@demo.test');
  const list = (await (await t.call('GET', '/api/programmes', { cookie })).json()) as {
    programmes: Array<{ id: string }>;
  };
  programmeId = list.programmes[0]?.id ?? '';
});
afterAll(() => t.close());

describe('bad input gets a clear error and changes nothing', () => {
  const cases: Array<[string, () => Promise<Response>, number, string]> = [
    [
      'malformed JSON',
      () => t.call('POST', `/api/programmes/${programmeId}/teams`, { cookie, body: '{"name": "Tim' }),
      400,
      'invalid_json',
    ],
    [
      'a JSON array instead of an object',
      () => t.call('POST', `/api/programmes/${programmeId}/teams`, { cookie, body: '[1,2]' }),
      400,
      'validation',
    ],
    [
      'wrong types',
      () => t.call('POST', `/api/programmes/${programmeId}/teams`, { cookie, body: { name: 42 } }),
      400,
      'validation',
    ],
    [
      'unknown fields',
      () =>
        t.call('PATCH', `/api/programmes/${programmeId}`, { cookie, body: { name: 'X', createdBy: 'me' } }),
      400,
      'validation',
    ],
    [
      'a form post instead of JSON',
      () =>
        t.call('POST', `/api/programmes/${programmeId}/teams`, {
          cookie,
          body: 'name=x',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        }),
      415,
      'unsupported_media_type',
    ],
    [
      'an oversize body',
      () =>
        t.call('POST', `/api/programmes/${programmeId}/teams`, {
          cookie,
          body: { name: 'x'.repeat(MAX_BODY_BYTES + 10) },
        }),
      413,
      'payload_too_large',
    ],
    [
      'an unknown programme id',
      () =>
        t.call('PATCH', '/api/programmes/4b1f3c3e-1111-4222-8333-444455556666', {
          cookie,
          body: { name: 'X' },
        }),
      404,
      'not_found',
    ],
    [
      'a malformed id',
      () => t.call('DELETE', `/api/programmes/${programmeId}/teams/not-a-uuid`, { cookie }),
      404,
      'not_found',
    ],
    [
      'an unknown team id',
      () =>
        t.call('DELETE', `/api/programmes/${programmeId}/teams/4b1f3c3e-1111-4222-8333-444455556666`, {
          cookie,
        }),
      404,
      'not_found',
    ],
    ['an unknown route', () => t.call('GET', '/api/nothing-here', { cookie }), 404, 'not_found'],
    [
      'a date that does not exist',
      () => t.call('POST', `/api/programmes/${programmeId}/days`, { cookie, body: { date: '2026-02-30' } }),
      400,
      'validation',
    ],
  ];

  it.each(cases)('%s', async (_label, send, status, code) => {
    const before = await snapshot();
    const response = await send();
    expect(response.status).toBe(status);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe(code);
    expect(body.error.message.length).toBeGreaterThan(5);
    expect(await snapshot()).toBe(before);
  });

  it('names each bad field in the reader language', async () => {
    const response = await t.call('POST', '/api/programmes', {
      cookie,
      body: { name: '', startsOn: 'besok', endsOn: '2026-01-01' },
      headers: { 'accept-language': 'en' },
    });
    const body = (await response.json()) as { error: { fields: Array<{ field: string; message: string }> } };
    // The facilitator's saved language (Indonesian) wins over the browser's header.
    expect(body.error.fields).toEqual([
      expect.objectContaining({ field: 'name', message: 'Nama wajib diisi.' }),
      expect.objectContaining({
        field: 'startsOn',
        message: 'Tanggal mulai harus berupa tanggal (TTTT-BB-HH).',
      }),
    ]);
  });
});

describe('security headers and origin checks', () => {
  it('sends a CSP without inline scripts and the other protective headers', async () => {
    const response = await t.call('GET', '/api/health');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it.each([
    [{ origin: 'https://evil.example' }, 403],
    [{ 'sec-fetch-site': 'cross-site' }, 403],
    [{ origin: 'http://localhost' }, 201],
    [{ 'sec-fetch-site': 'same-origin' }, 201],
  ])('an unsafe request with %j → %i', async (headers, status) => {
    const response = await t.call('POST', `/api/programmes/${programmeId}/teams`, {
      cookie,
      headers,
      body: { name: `Tim ${Math.random()}` },
    });
    expect(response.status).toBe(status);
  });

  it('answers health with the engine and version', async () => {
    const body = (await (await t.call('GET', '/api/health')).json()) as {
      status: string;
      db: string;
      version: string;
    };
    expect(body).toEqual({
      status: 'ok',
      db: t.database.engine,
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
    });
  });
});
