import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useJourneyServer } from './support.ts';

const journey = useJourneyServer();

const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** The facilitator opens a baseline round through the API (the demo has none yet). */
async function openBaseline(url: string): Promise<string> {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'facilitator@demo.test', password: 'lantang-demo' }),
  });
  const cookie = `lantang_session=${/lantang_session=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')?.[1]}`;
  const list = (await (await fetch(`${url}/api/programmes`, { headers: { cookie } })).json()) as {
    programmes: { id: string }[];
  };
  const programmeId = list.programmes[0]?.id ?? '';
  const created = await fetch(`${url}/api/programmes/${programmeId}/assessments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ name: 'Asesmen awal', round: 'baseline' }),
  });
  expect(created.status).toBe(201);
  return ((await created.json()) as { assessment: { id: string } }).assessment.id;
}

/** Answers the question on screen (every type), then goes on; returns its id. */
async function answerCurrent(page: Page, n: number): Promise<string> {
  const item = page.getByTestId('item');
  await item.waitFor();
  const id = (await item.getAttribute('data-item-id')) ?? '';
  const options = item.getByTestId('option');
  const count = await options.count();
  if (count > 0) {
    await options.nth(n % count).tap();
  } else if ((await item.locator('textarea').count()) > 0 && (await item.locator('input').count()) === 0) {
    await item.locator('textarea').first().fill('Lebih banyak latihan membuat video pendek.');
  } else {
    await item.locator('input').first().fill('3');
  }
  await page.getByTestId('next').tap();
  return id;
}

const progressCount = async (page: Page) => {
  const text = await page.getByTestId('progress').innerText();
  return Number(/(\d+)\s+dari/.exec(text)?.[1]);
};

describe('taking the assessment on a phone', () => {
  it('joins, answers every question, leaves half-way, resumes where it stopped, sends and sees the profile', async () => {
    const assessmentId = await openBaseline(journey.server.url);
    const phone = await journey.browser.newContext(PHONE);
    let page = await phone.newPage();
    await page.goto(`${journey.server.url}/join/DEMO-JOIN`);
    await page.getByTestId('join-name').fill('Dewi Lestari');
    await page.getByTestId('join-pin').fill('8642');
    await page.getByTestId('join-submit').tap();
    await page.getByTestId('today').waitFor();

    // The assessment activity of today links to the programme's assessments, and from there to the round.
    await page.getByTestId('activity-assessment').first().tap();
    await page.getByTestId('assessment-take').tap();
    await page.waitForURL(`**/a/${assessmentId}`);
    await page.getByTestId('assessment-start').tap();
    const code = await page.getByTestId('personal-code').innerText();
    expect(code.trim()).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await page.getByTestId('next').tap();

    await page.getByTestId('item').waitFor();
    const total = Number(/dari\s+(\d+)/.exec(await page.getByTestId('progress').innerText())?.[1]);
    expect(total).toBeGreaterThan(60);

    const seen: string[] = [];
    for (let n = 0; n < 30; n++) seen.push(await answerCurrent(page, n));
    expect(new Set(seen).size).toBe(30);
    expect(await progressCount(page)).toBe(30);
    // The screen fits a phone: no horizontal scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state')).toBe('saved');

    // Closing the page half-way loses nothing: a new page in the same browser resumes at the next question.
    const next = await page.getByTestId('item').getAttribute('data-item-id');
    await page.close();
    page = await phone.newPage();
    await page.goto(`${journey.server.url}/a/${assessmentId}`);
    await page.getByTestId('item').waitFor();
    expect(await page.getByTestId('item').getAttribute('data-item-id')).toBe(next);
    expect(await progressCount(page)).toBe(30);

    // Back shows the previous answer kept.
    await page.getByTestId('back').tap();
    expect(await page.getByTestId('item').getAttribute('data-item-id')).toBe(seen[29]);
    await page.getByTestId('next').tap();

    for (let n = 30; n < total; n++) seen.push(await answerCurrent(page, n));
    expect(new Set(seen).size).toBe(total);
    expect(await progressCount(page)).toBe(total);

    await page.getByTestId('submit-assessment').tap();
    await page.getByTestId('profile').waitFor();
    expect(await page.getByTestId('profile-dimension').count()).toBe(10);
    expect(await page.getByTestId('personal-code').innerText()).toContain(code.trim());
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await phone.close();
  });
});
