import { describe, expect, it } from 'vitest';
import { ApiError, issuesByField, request, toApiError } from './api.ts';

const respond = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  (async () =>
    new Response(body === undefined ? null : JSON.stringify(body), { status, headers })) as typeof fetch;

describe('toApiError', () => {
  it('keeps the code, message and fields of the server', () => {
    const error = toApiError(
      400,
      {
        error: {
          code: 'validation',
          message: 'x',
          fields: [{ field: 'email', rule: 'email', message: 'm' }],
        },
      },
      null,
    );
    expect(error.code).toBe('validation');
    expect(error.fields).toEqual([{ field: 'email', rule: 'email', params: undefined }]);
  });

  it('turns Retry-After into whole minutes', () => {
    expect(toApiError(429, { error: { code: 'rate_limited' } }, '61').params.minutes).toBe(2);
    expect(toApiError(429, { error: { code: 'rate_limited' } }, '10').params.minutes).toBe(1);
  });

  it('falls back on the status when the body is not ours', () => {
    expect(toApiError(404, null, null).code).toBe('not_found');
    expect(toApiError(403, '<html>', null).code).toBe('forbidden');
    expect(toApiError(502, null, null).code).toBe('internal');
  });
});

describe('request', () => {
  it('returns the parsed body', async () => {
    await expect(request('GET', '/api/x', undefined, { fetcher: respond(200, { ok: 1 }) })).resolves.toEqual({
      ok: 1,
    });
  });

  it('returns null for 204', async () => {
    await expect(
      request('DELETE', '/api/x', undefined, { fetcher: respond(204, undefined) }),
    ).resolves.toBeNull();
  });

  it('throws a typed error', async () => {
    const call = request(
      'POST',
      '/api/x',
      {},
      { fetcher: respond(401, { error: { code: 'invalid_credentials', message: 'no' } }) },
    );
    await expect(call).rejects.toMatchObject({ code: 'invalid_credentials', status: 401 });
  });

  it('reports a network failure as code "network"', async () => {
    const fetcher = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    await expect(request('GET', '/api/x', undefined, { fetcher })).rejects.toMatchObject({ code: 'network' });
  });

  it('sends JSON with same-origin credentials', async () => {
    let seen: RequestInit | undefined;
    const fetcher = (async (_url: string, init?: RequestInit) => {
      seen = init;
      return new Response('{}', { status: 200 });
    }) as typeof fetch;
    await request('PATCH', '/api/auth/me', { locale: 'en' }, { fetcher });
    expect(seen?.credentials).toBe('same-origin');
    expect(seen?.body).toBe('{"locale":"en"}');
    expect(new Headers(seen?.headers).get('Content-Type')).toBe('application/json');
  });
});

describe('issuesByField', () => {
  it('keys issues by their input, first issue wins', () => {
    const error = new ApiError('validation', 400, 'x', [
      { field: 'themes.2', rule: 'too_long' },
      { field: 'themes.3', rule: 'required' },
      { field: 'name', rule: 'required' },
    ]);
    expect(Object.keys(issuesByField(error))).toEqual(['themes', 'name']);
    expect(issuesByField(error).themes?.rule).toBe('too_long');
  });
});
