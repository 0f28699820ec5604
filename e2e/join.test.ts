import { describe, expect, it } from 'vitest';
import { useJourneyServer } from './support.ts';

const journey = useJourneyServer();

const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

describe('joining with a code on a phone', () => {
  it('joins with the demo code, sees today’s activities, and comes back on another phone with the same name and PIN', async () => {
    const phone = await journey.browser.newContext(PHONE);
    const page = await phone.newPage();
    await page.goto(`${journey.server.url}/join`);
    await page.getByTestId('join-code-input').fill('demo-join');
    await page.getByTestId('join-submit').tap();
    await page.getByTestId('join-name').fill('Ratna Dewi');
    await page.getByTestId('join-pin').fill('5791');
    await page.getByTestId('join-submit').tap();
    await page.getByTestId('today').waitFor();
    expect(await page.getByTestId('today').innerText()).toContain('Pembukaan dan perkenalan');
    // Nothing wider than the phone: no horizontal scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await phone.close();

    const other = await journey.browser.newContext(PHONE);
    const again = await other.newPage();
    await again.goto(`${journey.server.url}/join/DEMO-JOIN`);
    await again.getByTestId('join-name').fill('ratna dewi');
    await again.getByTestId('join-pin').fill('5791');
    await again.getByTestId('join-submit').tap();
    await again.getByTestId('today').waitFor();
    await other.close();
  });

  it('keeps what was typed and says why when the PIN is wrong', async () => {
    const phone = await journey.browser.newContext(PHONE);
    const page = await phone.newPage();
    await page.goto(`${journey.server.url}/join/DEMO-JOIN`);
    await page.getByTestId('join-name').fill('Siti Rahmawati');
    await page.getByTestId('join-pin').fill('0000');
    await page.getByTestId('join-submit').tap();
    await expect.poll(() => page.locator('main').innerText()).toContain('PIN lain');
    expect(await page.getByTestId('join-name').inputValue()).toBe('Siti Rahmawati');
    await phone.close();
  });

  it('says plainly when a code is unknown', async () => {
    const phone = await journey.browser.newContext(PHONE);
    const page = await phone.newPage();
    await page.goto(`${journey.server.url}/join`);
    await page.getByTestId('join-code-input').fill('SALAH-KODE');
    await page.getByTestId('join-submit').tap();
    await expect.poll(() => page.locator('main').innerText()).toContain('Kode gabung tidak dikenal');
    await phone.close();
  });
});
