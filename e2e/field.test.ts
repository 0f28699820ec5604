import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS, useJourneyServer } from './support.ts';

const journey = useJourneyServer();

const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

async function facilitatorCookie(): Promise<string> {
  const login = await fetch(`${journey.server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'facilitator@demo.test', password: 'lantang-demo' }),
  });
  const cookie = /lantang_session=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')?.[1];
  if (!cookie) throw new Error(`sign-in failed: ${login.status}`);
  return cookie;
}

async function asFacilitator<T>(cookie: string, path: string): Promise<T> {
  const response = await fetch(`${journey.server.url}${path}`, {
    headers: { cookie: `lantang_session=${cookie}` },
  });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

async function demoSessionId(cookie: string): Promise<string> {
  const { programmes } = await asFacilitator<{ programmes: Array<{ id: string }> }>(
    cookie,
    '/api/programmes',
  );
  for (const programme of programmes) {
    const { sessions } = await asFacilitator<{ sessions: Array<{ id: string; joinCode: string }> }>(
      cookie,
      `/api/programmes/${programme.id}/field-sessions`,
    );
    const demo = sessions.find((s) => s.joinCode === 'DEMO-CFD');
    if (demo) return demo.id;
  }
  throw new Error('no demo field session');
}

const total = async (cookie: string, id: string) =>
  (await asFacilitator<{ total: number }>(cookie, `/api/field/sessions/${id}/summary`)).total;

const pending = (page: Page) => page.getByTestId('field-sync').getAttribute('data-pending');
const mine = (page: Page) => page.getByTestId('field-mine').getAttribute('data-total');

/**
 * No signal. Chromium's offline emulation does not cover requests a service worker lets through to the
 * network, so the API is cut off by routing as well (a real phone without signal has neither).
 */
const cutOff = (route: Route) => route.abort('internetdisconnected');
async function goOffline(context: BrowserContext) {
  await context.setOffline(true);
  await context.route('**/api/**', cutOff);
}
async function goOnline(context: BrowserContext) {
  await context.unroute('**/api/**', cutOff);
  await context.setOffline(false);
}

async function tapTimes(page: Page, counts: Record<string, number>) {
  for (const [outcome, n] of Object.entries(counts))
    for (let i = 0; i < n; i++) await page.getByTestId(`outcome-${outcome}`).tap();
}

describe('logging the public’s responses in the field with no signal', () => {
  it('keeps 25 taps through going offline and a reload, sends each exactly once, and a replay changes nothing', async () => {
    const cookie = await facilitatorCookie();
    const sessionId = await demoSessionId(cookie);
    const before = await total(cookie, sessionId);

    const phone: BrowserContext = await journey.browser.newContext(PHONE);
    const page = await phone.newPage();
    await page.goto(`${journey.server.url}/f/DEMO-CFD`);
    await page.locator('html[data-app=ready]').waitFor();
    await page.getByTestId('field-name').fill('Dewi Lapangan');
    await page.getByTestId('field-join').tap();
    await page.getByTestId('outcome-cares').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // The service worker takes the page over once it is ready; from then on the page opens without signal.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await page.getByTestId('outcome-cares').waitFor();

    // The facilitator watches the live dashboard on a projector.
    const desk = await journey.browser.newContext({ viewport: { width: 1280, height: 800 } });
    await desk.addCookies([{ name: 'lantang_session', value: cookie, url: journey.server.url }]);
    const dashboard = await desk.newPage();
    await dashboard.goto(`${journey.server.url}/field/${sessionId}/live`);
    await dashboard.getByTestId('field-live-total').waitFor();
    expect(Number(await dashboard.getByTestId('field-live-total').getAttribute('data-total'))).toBe(before);

    await goOffline(phone);
    await tapTimes(page, { cares: 10, indifferent: 6, angry: 4 });
    await expect.poll(() => pending(page)).toBe('20');
    expect(await page.getByTestId('field-sync').innerText()).toContain('20');

    await page.reload();
    await page.getByTestId('outcome-cares').waitFor();
    await expect.poll(() => pending(page)).toBe('20');
    expect(await mine(page)).toBe('20');
    await tapTimes(page, { cares: 3, angry: 2 });
    await expect.poll(() => pending(page)).toBe('25');
    expect(await total(cookie, sessionId)).toBe(before);

    await goOnline(phone);
    // The last tap waits out its 10-second undo window before it goes.
    await expect.poll(() => pending(page), { timeout: 30_000 }).toBe('0');
    expect(await total(cookie, sessionId)).toBe(before + 25);
    await expect
      .poll(() => dashboard.getByTestId('field-live-total').getAttribute('data-total'), { timeout: 5_000 })
      .toBe(String(before + 25));

    // The outbox's sent tallies, sent again with the volunteer's token: nothing changes.
    const replay = await page.evaluate(async () => {
      const stored = JSON.parse(localStorage.getItem('lantang.field') ?? '{}') as { token: string };
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('lantang-field');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const rows = await new Promise<Array<{ state: string; tally: unknown }>>((resolve, reject) => {
        const request = db.transaction('outbox').objectStore('outbox').getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tallies = rows.filter((r) => r.state === 'sent').map((r) => r.tally);
      const response = await fetch('/api/field/tallies', {
        method: 'POST',
        headers: { Authorization: `Bearer ${stored.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ tallies }),
      });
      return { sent: tallies.length, status: response.status, body: await response.json() };
    });
    expect(replay).toEqual({ sent: 25, status: 200, body: { accepted: 0, duplicates: 25, rejected: [] } });
    expect(await total(cookie, sessionId)).toBe(before + 25);
    expect(await dashboard.getByTestId('field-live-total').getAttribute('data-total')).toBe(
      String(before + 25),
    );

    await desk.close();
    await phone.close();
  });

  it('takes back a tap within 10 seconds, and sends the quick details with the tap they belong to', async () => {
    const cookie = await facilitatorCookie();
    const sessionId = await demoSessionId(cookie);
    const before = await total(cookie, sessionId);
    const phone = await journey.browser.newContext(PHONE);
    const page = await phone.newPage();
    await page.goto(`${journey.server.url}/f/DEMO-CFD`);
    await page.getByTestId('field-name').fill('Budi Lapangan');
    await page.getByTestId('field-join').tap();

    await page.getByTestId('outcome-cares').tap();
    await expect.poll(() => mine(page)).toBe('1');
    await page.getByTestId('field-undo').tap();
    await expect.poll(() => mine(page)).toBe('0');

    await page.getByTestId('outcome-angry').tap();
    await page.getByTestId('field-details').tap();
    await page.getByRole('button', { name: '25-34' }).tap();
    await page.getByTestId('field-quote').fill('Upah minimum harus naik');
    await page.getByTestId('field-details-done').tap();
    await expect.poll(() => pending(page), { timeout: 15_000 }).toBe('0');
    expect(await total(cookie, sessionId)).toBe(before + 1);
    const dashboard = await asFacilitator<{ quotes: Array<{ quote: string; outcome: string }> }>(
      cookie,
      `/api/field/sessions/${sessionId}/dashboard`,
    );
    expect(dashboard.quotes).toContainEqual(
      expect.objectContaining({ quote: 'Upah minimum harus naik', outcome: 'angry' }),
    );
    await phone.close();
  });

  it('still has the unsent taps after the browser is closed and opened again with no signal', async () => {
    const cookie = await facilitatorCookie();
    const sessionId = await demoSessionId(cookie);
    const before = await total(cookie, sessionId);
    const profile = mkdtempSync(join(tmpdir(), 'lantang-phone-'));
    const open = () =>
      chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, ...PHONE });
    try {
      const first = await open();
      const page = first.pages()[0] ?? (await first.newPage());
      await page.goto(`${journey.server.url}/f/DEMO-CFD`);
      await page.getByTestId('field-name').fill('Sari Lapangan');
      await page.getByTestId('field-join').tap();
      await page.getByTestId('outcome-cares').waitFor();
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await goOffline(first);
      await tapTimes(page, { cares: 4, indifferent: 2, angry: 1 });
      await expect.poll(() => pending(page)).toBe('7');
      await first.close();

      const again = await open();
      await goOffline(again);
      const reopened = again.pages()[0] ?? (await again.newPage());
      await reopened.goto(`${journey.server.url}/f`);
      await reopened.getByTestId('outcome-cares').waitFor();
      await expect.poll(() => pending(reopened)).toBe('7');
      expect(await total(cookie, sessionId)).toBe(before);
      await goOnline(again);
      await expect.poll(() => pending(reopened), { timeout: 30_000 }).toBe('0');
      expect(await total(cookie, sessionId)).toBe(before + 7);
      await again.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });

  it('opens with no signal in English too, for a phone set to English', async () => {
    const phone = await journey.browser.newContext(PHONE);
    await phone.addCookies([{ name: 'lantang_lang', value: 'en', url: journey.server.url }]);
    const page = await phone.newPage();
    await page.goto(`${journey.server.url}/f`);
    await page.getByTestId('field-join').waitFor();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await goOffline(phone);
    await page.reload();
    await page.getByTestId('field-join').waitFor();
    expect(await page.locator('main').innerText()).toContain('Field campaign');
    await phone.close();
  });
});

describe('a facilitator changing a field session', () => {
  it('renames a variant that has responses (it cannot be removed), removes one without, adds one, on a phone', async () => {
    const cookie = await facilitatorCookie();
    const { session: demo } = await asFacilitator<{ session: { programmeId: string } }>(
      cookie,
      `/api/field/sessions/${await demoSessionId(cookie)}`,
    );
    const post = async <T>(path: string, body: unknown, headers: Record<string, string> = {}) => {
      const response = await fetch(`${journey.server.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: `lantang_session=${cookie}`, ...headers },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      return (await response.json()) as T;
    };
    const now = Date.now();
    const { session } = await post<{
      session: { id: string; joinCode: string; variants: Array<{ id: string }> };
    }>(`/api/programmes/${demo.programmeId}/field-sessions`, {
      name: 'Aksi Bundaran',
      startsAt: new Date(now - 3_600_000).toISOString(),
      endsAt: new Date(now + 3_600_000).toISOString(),
      variants: [{ name: 'Poster Satu' }, { name: 'Poster Dua' }],
    });
    const { token } = await post<{ token: string }>('/api/field/join', {
      code: session.joinCode,
      name: 'Rina',
    });
    await post(
      '/api/field/tallies',
      {
        tallies: [
          {
            id: crypto.randomUUID(),
            variant: session.variants[0]?.id,
            outcome: 'cares',
            at: new Date().toISOString(),
          },
        ],
      },
      { authorization: `Bearer ${token}` },
    );

    const phone = await journey.browser.newContext(PHONE);
    await phone.addCookies([{ name: 'lantang_session', value: cookie, url: journey.server.url }]);
    const page = await phone.newPage();
    await page.goto(`${journey.server.url}/p/${demo.programmeId}/field`);
    await page
      .getByTestId('field-session')
      .filter({ hasText: 'Aksi Bundaran' })
      .getByTestId('field-session-edit')
      .tap();
    const form = page.getByTestId('field-edit-form');
    const [first, second] = [0, 1].map((i) => form.getByTestId('field-variant-row').nth(i));
    // The variant with a response offers no removal and says why.
    await first?.getByTestId('field-variant-kept').waitFor();
    expect(await first?.getByRole('checkbox').count()).toBe(0);
    await form.getByLabel('Varian 1: nama').fill('Poster Satu (revisi)');
    await second?.getByRole('checkbox').check();
    await form.getByLabel('Varian baru').fill('Poster Tiga');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await form.getByTestId('field-form-submit').tap();
    await form.waitFor({ state: 'detached' });

    const { session: changed } = await asFacilitator<{
      session: { joinCode: string; variants: Array<{ id: string; name: string }> };
    }>(cookie, `/api/field/sessions/${session.id}`);
    expect(changed.joinCode).toBe(session.joinCode);
    expect(changed.variants.map((v) => v.name)).toEqual(['Poster Satu (revisi)', 'Poster Tiga']);
    expect(changed.variants[0]?.id).toBe(session.variants[0]?.id);
    await phone.close();
  });
});

describe('a volunteer’s phone following the facilitator’s changes', () => {
  it('shows renamed, added and removed variants and a new button after coming back online, without joining again', async () => {
    const cookie = await facilitatorCookie();
    const { session: demo } = await asFacilitator<{ session: { programmeId: string } }>(
      cookie,
      `/api/field/sessions/${await demoSessionId(cookie)}`,
    );
    const change = async <T>(method: string, path: string, body: unknown) => {
      const response = await fetch(`${journey.server.url}${path}`, {
        method,
        headers: { 'content-type': 'application/json', cookie: `lantang_session=${cookie}` },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    };
    const now = Date.now();
    const { session } = await change<{
      session: { id: string; joinCode: string; variants: Array<{ id: string }> };
    }>('POST', `/api/programmes/${demo.programmeId}/field-sessions`, {
      name: 'Aksi Monas',
      startsAt: new Date(now - 3_600_000).toISOString(),
      endsAt: new Date(now + 3_600_000).toISOString(),
      variants: [{ name: 'Poster Satu' }, { name: 'Poster Dua' }],
    });
    const [satu, dua] = session.variants;

    const phone = await journey.browser.newContext(PHONE);
    const page = await phone.newPage();
    await page.goto(`${journey.server.url}/f/${session.joinCode}`);
    await page.getByTestId('field-name').fill('Wati Lapangan');
    await page.getByTestId('field-join').tap();
    const chip = (name: string) => page.locator('.field-chip', { hasText: name });
    await chip('Poster Dua').tap();
    expect(await page.getByRole('radio', { name: 'Poster Dua' }).isChecked()).toBe(true);

    // Two taps for Poster Dua with no signal; meanwhile the facilitator renames, adds, removes and adds a button.
    await goOffline(phone);
    await tapTimes(page, { cares: 2 });
    await expect.poll(() => pending(page)).toBe('2');
    await change('PATCH', `/api/field/sessions/${session.id}`, {
      variants: [
        { id: satu?.id, name: 'Poster Satu (revisi)' },
        { id: dua?.id, remove: true },
        { name: 'Poster Tiga' },
      ],
      extraOutcomes: [{ id: 'joined', label: { id: 'Ikut', en: 'Joined' } }],
    });
    const variants = page.locator('.field-variants');
    expect(await variants.innerText()).toContain('Poster Dua');

    await goOnline(phone);
    await expect.poll(() => variants.innerText()).toContain('Poster Satu (revisi)');
    expect(await variants.innerText()).toContain('Poster Tiga');
    expect(await variants.innerText()).not.toContain('Poster Dua');
    await page.getByTestId('outcome-joined').waitFor();
    // The removed variant was chosen: the first one is now, and the page says so.
    expect(await page.getByRole('radio', { name: 'Poster Satu (revisi)' }).isChecked()).toBe(true);
    expect(await page.getByTestId('field-session-notice').innerText()).toContain('Poster Dua');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // Kept for a reload with no signal.
    const stored = await page.evaluate(
      () =>
        (
          JSON.parse(localStorage.getItem('lantang.field') ?? '{}') as {
            session: { variants: Array<{ name: string }> };
          }
        ).session.variants,
    );
    expect(stored.map((v) => v.name)).toEqual(['Poster Satu (revisi)', 'Poster Tiga']);

    // The taps logged for the removed variant were sent as they were: the server refused them one by one.
    await expect.poll(() => pending(page), { timeout: 30_000 }).toBe('0');
    expect(await page.getByTestId('field-sync').innerText()).toContain('2');
    await chip('Poster Tiga').tap();
    await page.getByTestId('field-session-notice').waitFor({ state: 'detached' });
    await phone.close();
  });
});

describe('installing the volunteer page', () => {
  it('is installable: Chromium finds nothing missing in its manifest, icons or service worker', async () => {
    // An ordinary profile: a fresh context counts as incognito, where nothing is installable.
    const profile = mkdtempSync(join(tmpdir(), 'lantang-phone-'));
    const phone = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
      ...PHONE,
    });
    try {
      const page = phone.pages()[0] ?? (await phone.newPage());
      await page.goto(`${journey.server.url}/f/DEMO-CFD`);
      await page.locator('html[data-app=ready]').waitFor();
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      const cdp = await phone.newCDPSession(page);
      const manifest = await cdp.send('Page.getAppManifest');
      expect(manifest.errors).toEqual([]);
      expect(await cdp.send('Page.getInstallabilityErrors')).toEqual({ installabilityErrors: [] });
    } finally {
      await phone.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
