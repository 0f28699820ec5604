import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cookieFrom, createTestApp, type TestApp } from '../../testing/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const json = async (r: Response) =>
  (await r.json()) as Record<string, unknown> & { error?: { code: string; message: string } };

describe('sign-in', () => {
  it('signs a demo account in with an httpOnly SameSite=Lax cookie and tells who it is', async () => {
    const response = await t.call('POST', '/api/auth/login', {
      body: { email: 'facilitator@demo.test', password: 'lantang-demo' },
    });
    expect(response.status).toBe(200);
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/lantang_session=/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).not.toMatch(/Secure/);
    const me = await t.call('GET', '/api/auth/me', { cookie: cookieFrom(response) });
    const body = (await me.json()) as { user: { email: string }; programmes: Array<{ role: string }> };
    expect(body.user.email).toBe('facilitator@demo.test');
    expect(body.programmes).toEqual([expect.objectContaining({ role: 'facilitator' })]);
  });

  it('marks the cookie Secure behind HTTPS', async () => {
    const response = await t.app.request('https://lantang.example/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'reviewer@demo.test', password: 'lantang-demo' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toMatch(/Secure/);
  });

  it('refuses wrong credentials with 401 and a translated message', async () => {
    const id = await t.call('POST', '/api/auth/login', {
      body: { email: 'cadre@demo.test', password: 'wrong-one' },
    });
    expect(id.status).toBe(401);
    expect((await json(id)).error).toEqual(
      expect.objectContaining({ code: 'invalid_credentials', message: 'Email atau kata sandi salah.' }),
    );
    const en = await t.call('POST', '/api/auth/login', {
      body: { email: 'nobody@demo.test', password: 'wrong-one' },
      headers: { 'accept-language': 'en' },
    });
    expect(en.status).toBe(401);
    expect((await json(en)).error?.message).toBe('Wrong email or password.');
  });

  it('limits failed sign-ins per account, then lets the right password through after the window', async () => {
    const attempt = (password: string) =>
      t.call('POST', '/api/auth/login', { body: { email: 'media.lead@demo.test', password } });
    for (let i = 0; i < 5; i++) expect((await attempt('bad-password')).status).toBe(401);
    const limited = await attempt('lantang-demo');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await json(limited)).error?.code).toBe('rate_limited');
    t.clock.now = new Date(t.clock.now.getTime() + 16 * 60_000);
    expect((await attempt('lantang-demo')).status).toBe(200);
  });

  it('limits failed sign-ins per IP across accounts', async () => {
    const headers = { 'x-forwarded-for': '203.0.113.9' };
    // Without TRUST_PROXY the header is ignored, so every in-process request shares one address.
    let last = 0;
    for (let i = 0; i < 21; i++) {
      const r = await t.call('POST', '/api/auth/login', {
        body: { email: `nobody${i}@demo.test`, password: 'x' },
        headers,
      });
      last = r.status;
    }
    expect(last).toBe(429);
    t.clock.now = new Date(t.clock.now.getTime() + 16 * 60_000);
  });

  it('signs out: the cookie no longer works', async () => {
    const cookie = await t.login('cadre@demo.test');
    expect((await t.call('POST', '/api/auth/logout', { cookie })).status).toBe(204);
    expect((await t.call('GET', '/api/auth/me', { cookie })).status).toBe(401);
  });

  it('changes the password, ending other sessions', async () => {
    const first = await t.login('reviewer@demo.test');
    const second = await t.login('reviewer@demo.test');
    const wrong = await t.call('POST', '/api/auth/password', {
      cookie: first,
      body: { currentPassword: 'nope', newPassword: 'a-new-password' },
    });
    expect(wrong.status).toBe(400);
    expect((await json(wrong)).error?.code).toBe('current_password_wrong');
    const ok = await t.call('POST', '/api/auth/password', {
      cookie: first,
      body: { currentPassword: 'lantang-demo', newPassword: 'a-new-password' },
    });
    expect(ok.status).toBe(204);
    expect((await t.call('GET', '/api/auth/me', { cookie: first })).status).toBe(200);
    expect((await t.call('GET', '/api/auth/me', { cookie: second })).status).toBe(401);
    await t.login('reviewer@demo.test', 'a-new-password');
  });

  it('remembers the language per user', async () => {
    const cookie = await t.login('lead2@demo.test');
    const r = await t.call('PATCH', '/api/auth/me', { cookie, body: { locale: 'en' } });
    expect(r.status).toBe(200);
    const missing = await t.call('GET', '/api/programmes/00000000-0000-4000-8000-000000000000', { cookie });
    expect((await json(missing)).error?.message).toBe('Not found.');
    const again = await t.login('lead2@demo.test');
    const me = (await (await t.call('GET', '/api/auth/me', { cookie: again })).json()) as {
      user: { locale: string };
    };
    expect(me.user.locale).toBe('en');
  });
});

describe('joining with a code', () => {
  it('previews the programme of a code, in any case', async () => {
    const r = await t.call('GET', '/api/join/demo-join');
    expect(r.status).toBe(200);
    const body = (await r.json()) as { programme: { name: string }; organisations: unknown[] };
    expect(body.programme.name).toBe('Penguatan Media Sosial (Demo)');
    expect(body.organisations).toHaveLength(2);
    expect((await t.call('GET', '/api/join/NOPE-NOPE')).status).toBe(404);
  });

  it('makes a participant, and lets them come back with the same name and PIN on another device', async () => {
    const first = await t.call('POST', '/api/join', {
      body: { code: 'DEMO-JOIN', name: 'Wulan Sari', pin: '2468' },
    });
    expect(first.status).toBe(200);
    const a = (await first.json()) as {
      user: { id: string; email: null };
      returning: boolean;
      programmeId: string;
    };
    expect(a.returning).toBe(false);
    expect(a.user.email).toBeNull();

    const again = await t.call('POST', '/api/join', {
      body: { code: 'demo-join', name: '  wulan  SARI ', pin: '2468' },
    });
    expect(again.status).toBe(200);
    const b = (await again.json()) as { user: { id: string }; returning: boolean };
    expect(b.returning).toBe(true);
    expect(b.user.id).toBe(a.user.id);

    const agenda = await t.call('GET', `/api/programmes/${a.programmeId}/agenda`, {
      cookie: cookieFrom(again),
    });
    expect(agenda.status).toBe(200);
  });

  it('refuses another PIN for a taken name, and limits guessing', async () => {
    await t.call('POST', '/api/join', { body: { code: 'DEMO-JOIN', name: 'Tono', pin: '1357' } });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const r = await t.call('POST', '/api/join', {
        body: { code: 'DEMO-JOIN', name: 'Tono', pin: `99${i}9` },
      });
      statuses.push(r.status);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses[5]).toBe(429);
  });

  it('checks the declared organisation takes part in the programme', async () => {
    const r = await t.call('POST', '/api/join', {
      body: {
        code: 'DEMO-JOIN',
        name: 'Orang Lain',
        pin: '1111',
        organisationId: '00000000-0000-4000-8000-000000000000',
      },
    });
    expect(r.status).toBe(400);
    expect((await json(r)).error?.code).toBe('validation');
  });

  it('refuses an inactive code', async () => {
    const r = await t.call('POST', '/api/join', { body: { code: 'ZZZZ-ZZZZ', name: 'Budi', pin: '1234' } });
    expect(r.status).toBe(404);
    expect((await json(r)).error?.code).toBe('join_code_invalid');
  });
});

describe('the sign-in form posted before the app takes over', () => {
  const post = (body: string, headers: Record<string, string> = {}) =>
    t.app.request('http://localhost/login?next=/p/x', {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'http://localhost',
        ...headers,
      },
      body,
    });

  it('signs in and goes on to the page asked for', async () => {
    const response = await post('email=facilitator%40demo.test&password=lantang-demo');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/p/x');
    expect(response.headers.get('set-cookie')).toMatch(/lantang_session=.+HttpOnly/);
  });

  it('goes back to the sign-in page with the error code, never with what was typed', async () => {
    const response = await post('email=facilitator%40demo.test&password=salah');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/login?error=invalid_credentials&next=%2Fp%2Fx');
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('refuses a form posted from another site, and an oversize one', async () => {
    expect((await post('email=a%40b.test&password=x', { origin: 'https://evil.example' })).status).toBe(403);
    const big = await post(`email=a%40b.test&password=${'x'.repeat(5000)}`);
    expect(big.headers.get('location')).toBe('/login?error=payload_too_large');
  });

  it('never redirects to another site', async () => {
    const response = await t.app.request('http://localhost/login?next=//evil.example', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=facilitator%40demo.test&password=lantang-demo',
    });
    expect(response.headers.get('location')).toBe('/');
  });
});
