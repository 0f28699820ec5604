import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { id } from '#core/i18n/messages/id.ts';
import { useJourneyServer } from './support.ts';

const journey = useJourneyServer();

const DESKTOP = { viewport: { width: 1280, height: 900 } };
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

async function signIn(page: Page, email: string) {
  await page.goto(`${journey.server.url}/login`);
  await page.getByTestId('login-form').locator('input[type=email]').fill(email);
  await page.getByTestId('login-form').locator('input[type=password]').fill('lantang-demo');
  await page.getByTestId('login-form').locator('button[type=submit]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

async function firstProgrammeId(page: Page): Promise<string> {
  const list = (await page.evaluate(() => fetch('/api/programmes').then((r) => r.json()))) as {
    programmes: { id: string }[];
  };
  return list.programmes[0]?.id ?? '';
}

const rowIds = (page: Page) =>
  page.getByTestId('item-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-item-id')));

const editor = (page: Page) => page.getByTestId('item-editor');

const noHorizontalScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('a facilitator adapts the assessment instrument', () => {
  let editorUrl = '';

  it('copies the default instrument, edits, reorders, adds a numeric item, previews, saves, and versions once in use', async () => {
    const context = await journey.browser.newContext(DESKTOP);
    const page = await context.newPage();
    await signIn(page, 'facilitator@demo.test');
    const programmeId = await firstProgrammeId(page);

    // From the assessments page to the instruments, and a copy of the built-in one.
    await page.goto(`${journey.server.url}/p/${programmeId}/assessments`);
    await page.getByTestId('instruments-link').click();
    await page.getByTestId('instrument-card').first().waitFor();
    expect(await page.getByTestId('instrument-card').count()).toBe(1);
    await page.getByTestId('instrument-copy').first().click();
    await page.getByTestId('copy-name-id').fill('Kesiapan Digital SBN');
    await page.getByTestId('copy-name-en').fill('SBN digital readiness');
    await page
      .locator('dialog[open]')
      .getByRole('button', { name: id['instruments.copy.submit'], exact: true })
      .click();
    await page.waitForURL(/\/instruments\/kesiapan-digital-sbn-[0-9a-f]{6}$/);
    editorUrl = page.url();
    const instrumentId = editorUrl.split('/').pop() ?? '';
    await page.getByTestId('item-row').first().waitFor();
    expect(await page.getByTestId('editor-version').innerText()).toBe('Versi 1');
    const original = await rowIds(page);
    expect(original.length).toBeGreaterThan(60);

    // Edit the first item's question; the phone preview shows the edit at once.
    await page.getByTestId('item-edit').first().click();
    const question = 'Seberapa sering Anda memeriksa sumber berita sebelum membagikannya ke grup serikat?';
    await editor(page).getByTestId('item-text-id').fill(question);
    const preview = page.getByTestId('preview');
    await expect.poll(() => preview.getByTestId('item').innerText()).toContain(question);

    // Move the first item down: the first two swap.
    await page.getByTestId('item-down').first().click();
    expect((await rowIds(page)).slice(0, 2)).toEqual([original[1], original[0]]);
    // Keyboard focus stays on the moved item's button.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-index')))
      .toBe('1');

    // A numeric item with three bands, shown in the phone preview in both languages.
    await page.getByTestId('add-item-type').selectOption('numeric');
    await page.getByTestId('add-item').click();
    await expect.poll(() => page.getByTestId('item-row').count()).toBe(original.length + 1);
    const numeric = editor(page);
    const numericId = (await numeric.getAttribute('data-item-id')) ?? '';
    expect(original).not.toContain(numericId);
    await numeric
      .getByTestId('item-text-id')
      .fill('Berapa kali tim Anda rapat konten dalam sebulan terakhir?');
    await numeric
      .getByTestId('item-text-en')
      .fill('How many content meetings did your team hold last month?');
    await numeric.getByTestId('item-unit-id').fill('rapat');
    await numeric.getByTestId('item-unit-en').fill('meetings');
    await numeric.getByTestId('band-add').click();
    const band = (n: number) => numeric.getByTestId('band-row').nth(n);
    for (const [n, min, max, points] of [
      [0, '0', '2', '0'],
      [1, '2', '5', '1'],
      [2, '5', '', '2'],
    ] as const) {
      await band(n).getByTestId('band-min').fill(min);
      await band(n).getByTestId('band-max').fill(max);
      await band(n).getByTestId('band-points').fill(points);
    }
    await expect.poll(() => preview.getByTestId('item').getAttribute('data-item-id')).toBe(numericId);
    const shown = await preview.getByTestId('item').innerText();
    expect(shown).toContain('Berapa kali tim Anda rapat konten');
    expect(shown).toContain('rapat');
    expect(shown).toContain(`${original.length + 1}`);
    await page.getByTestId('preview-lang-en').click();
    await expect.poll(() => preview.getByTestId('item').innerText()).toContain('How many content meetings');
    expect(await preview.getByTestId('item').innerText()).toContain('meetings');
    await page.getByTestId('preview-lang-id').click();
    // Back through the preview to the item before it.
    await page.getByTestId('preview-prev').click();
    await expect
      .poll(() => preview.getByTestId('item').getAttribute('data-item-id'))
      .toBe(original[original.length - 1]);

    // Saved in place: version 1, nothing uses it yet.
    await page.getByTestId('instrument-save').click();
    const status = page.getByTestId('save-status');
    await status.waitFor();
    expect(await status.getAttribute('data-version')).toBe('1');
    expect(await status.getAttribute('data-new-version')).toBe('false');

    // A round with this instrument, opened from the assessments page.
    await page.goto(`${journey.server.url}/p/${programmeId}/assessments`);
    await page.getByTestId('assessment-name').fill('Asesmen awal SBN');
    await page.getByTestId('assessment-instrument').selectOption(`${instrumentId}@1`);
    await page.getByTestId('assessment-create').click();
    const card = page.getByTestId('assessment-round-card').filter({ hasText: 'Asesmen awal SBN' });
    await card.waitFor();
    expect(await card.innerText()).toContain('Kesiapan Digital SBN');

    // The list says it is in use; the editor says a save makes version 2, and it does.
    await page.goto(`${journey.server.url}/p/${programmeId}/instruments`);
    const own = page.getByTestId('instrument-card').filter({ hasText: 'Kesiapan Digital SBN' });
    await own.getByTestId('instrument-in-use').waitFor();
    await own.getByTestId('instrument-edit').click();
    await page.getByTestId('editor-in-use').waitFor();
    expect((await rowIds(page)).slice(0, 2)).toEqual([original[1], original[0]]);
    expect((await rowIds(page)).at(-1)).toBe(numericId);
    await page.getByTestId('item-edit').first().click();
    await editor(page)
      .getByTestId('item-text-en')
      .fill('In the last 3 months, which of these have you done to check a photo?');
    await page.getByTestId('instrument-save').click();
    await status.waitFor();
    expect(await status.getAttribute('data-version')).toBe('2');
    expect(await status.getAttribute('data-new-version')).toBe('true');
    expect(await status.innerText()).toContain('versi 2');
    expect(await page.getByTestId('editor-version').innerText()).toBe('Versi 2');

    // An invalid edit: the second item takes the first one's id. The error sits at that item's id field,
    // and the edit stays as typed.
    await page.getByTestId('item-edit').nth(1).click();
    await editor(page)
      .getByTestId('item-id')
      .fill(original[1] ?? '');
    await page.getByTestId('instrument-save').click();
    await page.getByTestId('save-error').waitFor();
    expect(await page.getByTestId('save-error').getAttribute('data-code')).toBe('validation');
    const failing = page.getByTestId('item-row').nth(1);
    await failing.getByTestId('item-problems').waitFor();
    const idInput = failing.getByTestId('item-editor').getByTestId('item-id');
    expect(await idInput.getAttribute('aria-invalid')).toBe('true');
    expect(await idInput.inputValue()).toBe(original[1]);
    const describedBy = (await idInput.getAttribute('aria-describedby')) ?? '';
    const message = await page.evaluate(
      (ids) =>
        ids
          .split(' ')
          .map((x) => document.getElementById(x)?.textContent ?? '')
          .join(' '),
      describedBy,
    );
    expect(message).toContain(id['rule.duplicate_id'].replace('{field} ', '').slice(0, 20));
    // Nothing was saved: still version 2 with the first item's id intact.
    expect(await page.getByTestId('editor-version').innerText()).toBe('Versi 2');
    await context.close();
  });

  it('works on a phone: no horizontal scrolling, the preview behind a toggle', async () => {
    expect(editorUrl).not.toBe('');
    const context = await journey.browser.newContext(PHONE);
    const page = await context.newPage();
    await signIn(page, 'facilitator@demo.test');
    await page.goto(editorUrl);
    await page.getByTestId('item-row').first().waitFor();
    expect(await noHorizontalScroll(page)).toBe(true);
    expect(await page.getByTestId('preview').isVisible()).toBe(false);

    await page.getByTestId('item-edit').first().tap();
    await editor(page).waitFor();
    expect(await noHorizontalScroll(page)).toBe(true);

    await page.getByTestId('preview-toggle').tap();
    await page.getByTestId('preview').getByTestId('item').waitFor();
    expect(await page.getByTestId('preview').isVisible()).toBe(true);
    expect(await noHorizontalScroll(page)).toBe(true);
    await page.getByTestId('preview-close').tap();
    expect(await page.getByTestId('preview').isVisible()).toBe(false);

    await page.goto(editorUrl.replace(/\/[^/]+$/, ''));
    await page.getByTestId('instrument-card').first().waitFor();
    expect(await noHorizontalScroll(page)).toBe(true);
    await context.close();
  });
});
