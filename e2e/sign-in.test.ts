import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '#core/i18n/messages/en.ts';
import { id } from '#core/i18n/messages/id.ts';
import { useJourneyServer } from './support.ts';

const journey = useJourneyServer();

/**
 * Interface strings still in Indonesian: whole text nodes (and labels) that equal an Indonesian catalogue
 * text which differs in English. Whole nodes, so that content typed by people (activity titles in the demo
 * are Indonesian) is not mistaken for untranslated interface.
 */
async function indonesianLeftOn(page: Page): Promise<string[]> {
  const shown = await page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      if (text) texts.push(text);
    }
    for (const el of document.querySelectorAll('[aria-label],[placeholder],[title]')) {
      for (const name of ['aria-label', 'placeholder', 'title']) {
        const value = el.getAttribute(name)?.trim();
        if (value) texts.push(value);
      }
    }
    texts.push(document.title);
    return texts;
  });
  const indonesianOnly = new Set(
    Object.entries(id)
      .filter(([key, value]) => value !== en[key as keyof typeof en] && !value.includes('{'))
      .map(([, value]) => value),
  );
  return [...new Set(shown.filter((text) => indonesianOnly.has(text)))];
}

async function signIn(page: Page, email: string) {
  await page.getByTestId('login-form').locator('input[type=email]').fill(email);
  await page.getByTestId('login-form').locator('input[type=password]').fill('lantang-demo');
  await page.getByTestId('login-form').locator('button[type=submit]').click();
}

describe('signing in, in both languages', () => {
  it('shows the Indonesian sign-in page, signs the facilitator in, and shows the demo programme and its agenda', async () => {
    const context = await journey.browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'id-ID',
    });
    const page = await context.newPage();
    await page.goto(`${journey.server.url}/`);
    await page.waitForURL(/\/login/);
    await expect.poll(() => page.title()).toMatch(/Masuk/);
    expect(await page.locator('h1').first().innerText()).toBe(id['login.title']);
    await page.getByTestId('demo-accounts').waitFor();
    expect(await page.getByTestId('demo-accounts').innerText()).toContain('lead2@demo.test');

    await signIn(page, 'facilitator@demo.test');
    await page.getByTestId('programme-card').first().click();
    await page.getByTestId('agenda').waitFor();
    expect(await page.getByTestId('agenda-day').count()).toBe(3);
    expect(await page.getByTestId('today').innerText()).toContain('Pembukaan dan perkenalan');
    expect(await page.getByTestId('activity').count()).toBeGreaterThan(10);
    await context.close();
  });

  it('the sign-in page switches to English before signing in', async () => {
    const context = await journey.browser.newContext({
      viewport: { width: 360, height: 740 },
      locale: 'id-ID',
    });
    const page = await context.newPage();
    await page.goto(`${journey.server.url}/login`);
    await page.getByTestId('demo-accounts').waitFor();
    await page.getByTestId('lang-switch').locator('[data-lang=en]').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect.poll(() => indonesianLeftOn(page), { timeout: 5000 }).toEqual([]);
    expect(await page.locator('h1').first().innerText()).toBe(en['login.title']);
    await page.reload();
    await page.getByTestId('demo-accounts').waitFor();
    expect(await page.locator('h1').first().innerText()).toBe(en['login.title']);
    await context.close();
  });

  it('a signed-in facilitator switches to English: every visible string is translated, and the choice is remembered', async () => {
    const context = await journey.browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'id-ID',
    });
    const page = await context.newPage();
    await page.goto(`${journey.server.url}/login`);
    await signIn(page, 'facilitator@demo.test');
    await page.getByTestId('programme-card').first().click();
    await page.getByTestId('agenda').waitFor();
    // The switch in the menu, on the programme page itself.
    await page.locator('header').getByTestId('lang-switch').locator('[data-lang=en]').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect.poll(() => indonesianLeftOn(page), { timeout: 5000 }).toEqual([]);
    // Dates follow the language too.
    expect(await page.getByTestId('agenda').innerText()).toMatch(
      /Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday/,
    );

    // Saved on the account: a new browser signing in gets English straight away.
    const other = await journey.browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'id-ID',
    });
    const second = await other.newPage();
    await second.goto(`${journey.server.url}/login`);
    await signIn(second, 'facilitator@demo.test');
    await second.getByTestId('programme-card').first().click();
    await second.getByTestId('agenda').waitFor();
    await expect.poll(() => second.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect.poll(() => indonesianLeftOn(second), { timeout: 5000 }).toEqual([]);

    // And back, from the account page's own switch.
    await page.getByRole('link', { name: en['nav.account'], exact: true }).first().click();
    await page.locator('main').getByTestId('lang-switch').locator('[data-lang=id]').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('id');
    await other.close();
    await context.close();
  });

  it('shows the error of a sign-in the server answered before the app took over', async () => {
    const context = await journey.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${journey.server.url}/login?error=invalid_credentials`);
    await expect.poll(() => page.locator('main').innerText()).toContain(id['error.invalid_credentials']);
    await context.close();
  });

  it('shows a clear error for a wrong password, in the chosen language', async () => {
    const context = await journey.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${journey.server.url}/login`);
    // The app's own error display is tested here; a form sent before it runs has its own test above.
    await page.locator('html[data-app=ready]').waitFor({ state: 'attached' });
    await page.getByTestId('login-form').locator('input[type=email]').fill('facilitator@demo.test');
    await page.getByTestId('login-form').locator('input[type=password]').fill('salah-sekali');
    await page.getByTestId('login-form').locator('button[type=submit]').click();
    await expect.poll(() => page.locator('main').innerText()).toContain(id['error.invalid_credentials']);
    // What was typed stays.
    expect(await page.getByTestId('login-form').locator('input[type=email]').inputValue()).toBe(
      'facilitator@demo.test',
    );
    await context.close();
  });
});
