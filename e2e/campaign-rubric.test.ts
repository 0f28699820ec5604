import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { APIResponse, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { id } from '#core/i18n/messages/id.ts';
import { interpolate } from '#core/i18n/translate.ts';
import { useJourneyServer } from './support.ts';

const journey = useJourneyServer();

const DESKTOP = { viewport: { width: 1280, height: 900 } };
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

interface Rubric {
  rubric: Array<{ id: string; name: { id: string; en: string }; appliesTo: string[] }>;
  isDefault: boolean;
  version: string;
}

async function session(email: string, options: typeof PHONE | typeof DESKTOP) {
  const context = await journey.browser.newContext(options);
  const page = await context.newPage();
  await page.goto(`${journey.server.url}/login`);
  await page.getByTestId('login-form').locator('input[type=email]').fill(email);
  await page.getByTestId('login-form').locator('input[type=password]').fill('lantang-demo');
  await page.getByTestId('login-form').locator('button[type=submit]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return { context, page };
}

async function body<T>(response: APIResponse, status = 200): Promise<T> {
  expect(response.status(), await response.text()).toBe(status);
  return (await response.json()) as T;
}

const getJson = <T>(context: BrowserContext, path: string) =>
  context.request.get(`${journey.server.url}${path}`).then((r) => body<T>(r));
const postJson = <T>(context: BrowserContext, path: string, data: unknown, headers = {}) =>
  context.request.post(`${journey.server.url}${path}`, { data, headers }).then((r) => body<T>(r, 201));

const noHorizontalScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('the programme’s rubric, and the public’s response on the scorecard', () => {
  let programmeId = '';
  let campaignId = '';
  let captionId = '';

  it('a cadre starts a campaign with a caption to review', async () => {
    const { context } = await session('cadre@demo.test', DESKTOP);
    const list = await getJson<{ programmes: Array<{ id: string; name: string }> }>(
      context,
      '/api/programmes',
    );
    programmeId = list.programmes.find((p) => p.name.includes('Demo'))?.id ?? '';
    const overview = await getJson<{ themes: string[]; teams: Array<{ id: string }> }>(
      context,
      `/api/programmes/${programmeId}/campaigns`,
    );
    const created = await postJson<{ campaign: { id: string } }>(
      context,
      `/api/programmes/${programmeId}/campaigns`,
      { teamId: overview.teams[0]?.id, theme: overview.themes[0], title: 'Energi untuk siapa?' },
    );
    campaignId = created.campaign.id;
    const { item } = await postJson<{ item: { id: string } }>(
      context,
      `/api/campaigns/${campaignId}/content`,
      {
        scheduledAt: null,
        platform: 'instagram',
        format: 'Feed',
        caption: 'Transisi energi harus adil. Tanda tangani petisinya di link bio.',
        assetIds: [],
        status: 'draft',
        link: null,
      },
    );
    captionId = item.id;
    await context.close();
  });

  it('a facilitator on a phone renames, adds, moves and removes criteria; errors are said at the field', async () => {
    const { context, page } = await session('facilitator@demo.test', PHONE);
    await page.goto(`${journey.server.url}/p/${programmeId}/campaigns`);
    await page.getByTestId('rubric-edit-link').click();
    await page.waitForURL(`**/p/${programmeId}/campaigns/rubric`);
    const editor = page.getByTestId('rubric-editor');
    await editor.waitFor();
    expect(await page.getByTestId('rubric-state').innerText()).toBe(id['campaign.rubricEdit.isDefault']);
    const criteria = page.getByTestId('rubric-criterion');
    expect(await criteria.count()).toBe(8);

    // Rename the first criterion in both languages.
    const first = criteria.nth(0);
    await first.getByTestId('rubric-criterion-toggle').click();
    await first.getByTestId('rubric-name-id').fill('Kejelasan pesan utama');
    await first.getByTestId('rubric-name-en').fill('Clarity of the main message');
    expect(await first.getByTestId('rubric-criterion-name').innerText()).toBe('Kejelasan pesan utama');
    expect(await page.getByTestId('rubric-save-state').getAttribute('data-dirty')).toBe('true');

    // A new criterion saved empty is refused before sending, each problem under its own field.
    await page.getByTestId('rubric-add').click();
    const added = criteria.nth(8);
    await page.getByTestId('rubric-edit-save').click();
    const nameId = added.getByTestId('rubric-name-id');
    await expect.poll(() => nameId.getAttribute('aria-invalid')).toBe('true');
    const nameError = await added.locator('.field__error').first().innerText();
    expect(nameError).toContain(
      interpolate(id['rule.required'], { field: id['campaign.rubricEdit.nameId'] }),
    );
    expect(await added.getAttribute('data-invalid')).toBe('true');
    // The first empty field has the focus, so a keyboard or screen reader user lands on it.
    expect(await nameId.evaluate((el) => el === document.activeElement)).toBe(true);

    await nameId.fill('Daya kejut');
    await added.getByTestId('rubric-name-en').fill('Stopping power');
    const descriptors = added.getByTestId('rubric-descriptor');
    const levels = [
      ['Orang lewat begitu saja.', 'People walk past.'],
      ['Sebagian orang melirik.', 'Some people glance.'],
      ['Banyak orang berhenti sejenak.', 'Many people stop for a moment.'],
      ['Orang berhenti dan bertanya.', 'People stop and ask.'],
    ];
    for (const [i, [textId, textEn]] of levels.entries()) {
      await descriptors
        .nth(i)
        .getByTestId('rubric-descriptor-id')
        .fill(textId ?? '');
      await descriptors
        .nth(i)
        .getByTestId('rubric-descriptor-en')
        .fill(textEn ?? '');
    }
    // Only for posters and captions.
    await added.getByRole('checkbox', { name: id['campaign.target.storyline'] }).uncheck();
    await added.getByRole('checkbox', { name: id['campaign.target.campaign'] }).uncheck();
    await expect.poll(() => added.getAttribute('data-invalid')).toBe('false');
    // Moved up one place, and the theme criterion (now last) removed.
    await added.getByTestId('rubric-up').click();
    expect(await criteria.nth(7).getAttribute('data-criterion')).toMatch(/^criterion_/);
    await criteria.nth(8).getByTestId('rubric-remove').click();
    expect(await criteria.count()).toBe(8);
    expect(await noHorizontalScroll(page)).toBe(true);

    await page.getByTestId('rubric-edit-save').click();
    await expect.poll(() => page.getByTestId('rubric-save-state').getAttribute('data-dirty')).toBe('false');
    expect(await page.getByTestId('rubric-state').innerText()).toBe(id['campaign.rubricEdit.isOwn']);
    const stored = await getJson<Rubric>(context, `/api/programmes/${programmeId}/rubric`);
    expect(stored.isDefault).toBe(false);
    expect(stored.rubric.map((c) => c.name.id)).toEqual([
      'Kejelasan pesan utama',
      'Relevan bagi khalayak',
      'Daya tarik emosi dan cerita',
      'Ajakan bertindak',
      'Hierarki visual dan keterbacaan',
      'Cocok dengan platform',
      'Akurasi dan keamanan',
      'Daya kejut',
    ]);
    expect(stored.rubric[0]?.name.en).toBe('Clarity of the main message');
    expect(stored.rubric[7]?.appliesTo).toEqual(['poster', 'caption']);
    expect(await noHorizontalScroll(page)).toBe(true);
    await context.close();
  });

  it('the review form scores against the edited rubric', async () => {
    const { context, page } = await session('facilitator@demo.test', DESKTOP);
    await page.goto(`${journey.server.url}/c/${campaignId}?tab=review`);
    const form = page.getByTestId('rubric');
    await form.waitFor();
    const names = () =>
      form
        .getByTestId('criterion')
        .evaluateAll((els) => els.map((el) => el.querySelector('legend')?.textContent));
    // The whole campaign: the renamed criterion first, neither the removed one nor the new poster-and-caption one.
    const whole = await names();
    expect(whole[0]).toBe('Kejelasan pesan utama');
    expect(whole).not.toContain('Konsisten dengan tema');
    expect(whole).not.toContain('Daya kejut');
    // A caption: the new criterion with its descriptors.
    await form.getByTestId('rubric-target').selectOption(`caption|${captionId}`);
    await expect.poll(async () => (await names()).includes('Daya kejut')).toBe(true);
    const kejut = form.locator('[data-testid=criterion]', { hasText: 'Daya kejut' });
    expect(await kejut.innerText()).toContain('Orang berhenti dan bertanya.');
    await context.close();
  });

  it('two facilitators edit at once: the later save is refused and says what differs; back to the default', async () => {
    const facilitator = await session('facilitator@demo.test', DESKTOP);
    const admin = await session('admin@demo.test', DESKTOP);
    for (const { page } of [facilitator, admin]) {
      await page.goto(`${journey.server.url}/p/${programmeId}/campaigns/rubric`);
      await page.getByTestId('rubric-editor').waitFor();
    }
    const rename = async (page: Page, index: number, name: string) => {
      const criterion = page.getByTestId('rubric-criterion').nth(index);
      await criterion.getByTestId('rubric-criterion-toggle').click();
      await criterion.getByTestId('rubric-name-id').fill(name);
    };
    await rename(facilitator.page, 1, 'Relevan bagi pekerja muda');
    await facilitator.page.getByTestId('rubric-edit-save').click();
    await expect
      .poll(() => facilitator.page.getByTestId('rubric-save-state').getAttribute('data-dirty'))
      .toBe('false');

    await rename(admin.page, 3, 'Ajakan yang jelas');
    await admin.page.getByTestId('rubric-edit-save').click();
    const conflict = admin.page.getByTestId('rubric-conflict');
    await conflict.waitFor();
    const items = await conflict
      .getByTestId('rubric-conflict-item')
      .evaluateAll((els) => els.map((el) => [el.getAttribute('data-change'), el.textContent]));
    expect(items).toEqual([
      ['changed', interpolate(id['campaign.rubricEdit.change.changed'], { name: 'Relevan bagi khalayak' })],
      ['changed', interpolate(id['campaign.rubricEdit.change.changed'], { name: 'Ajakan yang jelas' })],
    ]);
    // Nothing was written: the facilitator's rename stands.
    const between = await getJson<Rubric>(admin.context, `/api/programmes/${programmeId}/rubric`);
    expect(between.rubric[1]?.name.id).toBe('Relevan bagi pekerja muda');
    expect(between.rubric[3]?.name.id).toBe('Ajakan bertindak');

    // The admin takes the facilitator's version: their rename is in the editor, the admin's own is gone.
    await conflict.getByTestId('rubric-take-theirs').click();
    await conflict.waitFor({ state: 'detached' });
    const names = await admin.page.getByTestId('rubric-criterion-name').allInnerTexts();
    expect(names[1]).toBe('Relevan bagi pekerja muda');
    expect(names[3]).toBe('Ajakan bertindak');
    expect(await admin.page.getByTestId('rubric-save-state').getAttribute('data-dirty')).toBe('false');

    // Back to the default rubric, after a confirmation.
    await admin.page.getByTestId('rubric-reset').click();
    await admin.page.locator('dialog').getByRole('button', { name: id['campaign.rubricEdit.reset'] }).click();
    await expect
      .poll(() => admin.page.getByTestId('rubric-state').innerText())
      .toBe(id['campaign.rubricEdit.isDefault']);
    expect(await admin.page.getByTestId('rubric-criterion').count()).toBe(8);
    const reset = await getJson<Rubric>(admin.context, `/api/programmes/${programmeId}/rubric`);
    expect(reset).toMatchObject({ isDefault: true, version: 'default' });
    await facilitator.context.close();
    await admin.context.close();
  });

  it('the scorecard and the overview show the public’s response per variant', async () => {
    const facilitator = await session('facilitator@demo.test', DESKTOP);
    const now = Date.now();
    const created = await postJson<{
      session: { joinCode: string; variants: Array<{ id: string; name: string }> };
    }>(facilitator.context, `/api/programmes/${programmeId}/field-sessions`, {
      name: 'CFD Thamrin',
      place: 'Bundaran HI',
      startsAt: new Date(now - 3_600_000).toISOString(),
      endsAt: new Date(now + 3_600_000).toISOString(),
      variants: [
        { name: 'Poster Energi A', campaignId },
        { name: 'Poster lain' },
        { name: 'Poster Energi B', campaignId },
      ],
    });
    const [a, other, b] = created.session.variants;
    const volunteer = await journey.browser.newContext();
    const joined = await body<{ token: string }>(
      await volunteer.request.post(`${journey.server.url}/api/field/join`, {
        data: { code: created.session.joinCode, name: 'Relawan' },
      }),
    );
    const at = new Date(now - 60_000).toISOString();
    const taps = (variant: string | undefined, outcome: string, n: number) =>
      Array.from({ length: n }, () => ({ id: randomUUID(), variant, outcome, at }));
    const sent = await body<{ accepted: number }>(
      await volunteer.request.post(`${journey.server.url}/api/field/tallies`, {
        headers: { authorization: `Bearer ${joined.token}` },
        data: {
          tallies: [
            ...taps(a?.id, 'cares', 30),
            ...taps(a?.id, 'indifferent', 10),
            ...taps(b?.id, 'cares', 8),
            ...taps(b?.id, 'angry', 24),
            ...taps(other?.id, 'cares', 50),
          ],
        },
      }),
    );
    expect(sent.accepted).toBe(122);
    await volunteer.close();

    // The team on a phone: its two posters only, with counts and shares, and the verdict in words.
    const cadre = await session('cadre@demo.test', PHONE);
    await cadre.page.goto(`${journey.server.url}/c/${campaignId}/scorecard`);
    const section = cadre.page.getByTestId('scorecard-field');
    await section.waitFor();
    const rows = section.getByTestId('field-variant');
    expect(await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-total')))).toEqual([
      '40',
      '32',
    ]);
    expect(await rows.nth(0).innerText()).toContain('Poster Energi A');
    expect(await section.innerText()).not.toContain('Poster lain');
    const verdict = section.getByTestId('field-verdict');
    expect(await verdict.getAttribute('data-code')).toBe('clear_leader');
    expect(await verdict.innerText()).toContain('Poster Energi A jelas paling mengena');
    // The chi-square test beside it: the p-value with its own relation, never "p = < 0,001".
    expect(await verdict.innerText()).toContain('(uji khi-kuadrat, p < 0,001)');
    expect(await noHorizontalScroll(cadre.page)).toBe(true);
    const download = cadre.page.waitForEvent('download');
    await cadre.page.getByTestId('scorecard-csv').click();
    const csv = await readFile((await (await download).path()) ?? '', 'utf8');
    expect(csv).toContain('CFD Thamrin · Poster Energi A');
    expect(csv).toContain('Peduli,30,,,0.75');
    await cadre.context.close();

    // The facilitator's overview: the campaign's tallies in one cell, per variant its share of Peduli.
    await facilitator.page.goto(`${journey.server.url}/p/${programmeId}/campaigns/overview`);
    const row = facilitator.page.locator(`[data-testid=overview-row][data-campaign-id="${campaignId}"]`);
    await row.waitFor();
    expect(await row.getByTestId('overview-field-total').innerText()).toBe('72');
    expect(await row.getByTestId('overview-field-variant').allInnerTexts()).toEqual([
      'Poster Energi A: 75% peduli dari 40',
      'Poster Energi B: 25% peduli dari 32',
    ]);
    await facilitator.context.close();
  });
});
