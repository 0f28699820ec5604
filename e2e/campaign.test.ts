import type { BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { id } from '#core/i18n/messages/id.ts';
import { useJourneyServer } from './support.ts';

const journey = useJourneyServer();

const DESKTOP = { viewport: { width: 1280, height: 900 } };
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const THEME = 'Transisi Berkeadilan (Just Transition)';

interface Plan {
  title: string;
  objective: string;
  keyMessage: string;
  storyline: Array<{ id: string; title: string; text: string }>;
}
interface Detail {
  campaign: { id: string; version: number; plan: Plan; team: { name: string } };
  content: Array<{ caption: string; platform: string; scheduledAt: string | null }>;
}
interface Assets {
  assets: Array<{
    id: string;
    versions: Array<{ id: string; version: number; imageUrl: string; thumbnailUrl: string }>;
    pins: Array<{ x: number; y: number; version: number; body: string; replies: unknown[] }>;
  }>;
}

async function signIn(page: Page, email: string) {
  await page.goto(`${journey.server.url}/login`);
  await page.getByTestId('login-form').locator('input[type=email]').fill(email);
  await page.getByTestId('login-form').locator('input[type=password]').fill('lantang-demo');
  await page.getByTestId('login-form').locator('button[type=submit]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

async function session(email: string, options: typeof PHONE | typeof DESKTOP) {
  const context = await journey.browser.newContext(options);
  const page = await context.newPage();
  await signIn(page, email);
  return { context, page };
}

const getJson = async <T>(context: BrowserContext, path: string): Promise<T> => {
  const response = await context.request.get(`${journey.server.url}${path}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as T;
};

const noHorizontalScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/** A poster as a phone camera writes it: a JPEG whose EXIF names the camera and where it was taken. */
async function posterWithGps(colour: { r: number; g: number; b: number }): Promise<Buffer> {
  return sharp({ create: { width: 600, height: 800, channels: 3, background: colour } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'TestPhone', Model: 'Lantang 1' },
      IFD3: {
        GPSLatitudeRef: 'S',
        GPSLatitude: '6/1 10/1 30/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '106/1 49/1 0/1',
      },
    })
    .toBuffer();
}

async function savePlan(page: Page) {
  const before = Number(await page.getByTestId('campaign-page').getAttribute('data-version'));
  await page.getByTestId('plan-save').click();
  await expect
    .poll(() => page.getByTestId('campaign-page').getAttribute('data-version'))
    .toBe(String(before + 1));
  expect(await page.getByTestId('save-state').getAttribute('data-dirty')).toBe('false');
}

async function addPost(page: Page, when: string, platform: string, caption: string) {
  const count = await page.getByTestId('post').count();
  await page.getByTestId('post-add').click();
  const editor = page.getByTestId('post-editor');
  await editor.getByTestId('post-when').fill(when);
  await editor.getByTestId('post-platform').selectOption(platform);
  await editor.getByTestId('post-format').fill('Feed');
  await editor.getByTestId('post-status').selectOption('draft');
  await editor.getByTestId('post-caption').fill(caption);
  await editor.getByTestId('post-save').click();
  await expect.poll(() => page.getByTestId('post').count()).toBe(count + 1);
}

describe('a team plans a campaign, a reviewer reviews it, the team answers with a new version', () => {
  let campaignId = '';
  let programmeId = '';

  it('a cadre on a phone starts a Just Transition plan, writes it, edits the storyline and fills the calendar', async () => {
    const { context, page } = await session('cadre@demo.test', PHONE);
    const list = await getJson<{ programmes: Array<{ id: string }> }>(context, '/api/programmes');
    programmeId = list.programmes[0]?.id ?? '';

    // From the programme's home to its campaign plans.
    await page.goto(`${journey.server.url}/p/${programmeId}`);
    await page.getByTestId('campaigns-link').click();
    await page.waitForURL(`**/p/${programmeId}/campaigns`);
    const start = page.getByTestId('start-campaign');
    await start.waitFor();
    expect(await start.innerText()).toContain('Tim Energi');
    await start.getByRole('radio', { name: THEME }).check();
    const guide = start.getByTestId('theme-guide');
    expect(await guide.getAttribute('data-guide')).toBe('just_transition');
    expect(await guide.innerText()).toContain(id['campaign.guide.just_transition.title']);
    await start.getByTestId('start-name').fill('Energi bersih, kerja layak');
    await start.getByTestId('start-submit').click();
    await page.waitForURL(/\/c\/[0-9a-f-]{36}$/);
    campaignId = page.url().split('/').pop() ?? '';
    await page.getByTestId('plan-form').waitFor();
    expect(await noHorizontalScroll(page)).toBe(true);

    // Rencana: the concept, saved with the explicit Save; the mark says what is unsaved.
    await page.getByTestId('plan-objective').fill('200 tanda tangan petisi pekerja PLTU dalam sepekan');
    await page.getByTestId('persona-who').fill('Operator PLTU, 28 tahun, Cilacap');
    await page.getByTestId('plan-key-message').fill('Tidak ada pekerja yang ditinggalkan.');
    await page.getByTestId('plan-hashtags').fill('TransisiAdil, #BuruhEnergi');
    expect(await page.getByTestId('save-state').getAttribute('data-dirty')).toBe('true');
    await savePlan(page);

    // Alur cerita: the five default beats; edit one, move one up, add one, delete one.
    await page.getByTestId('tab-story').click();
    const beats = page.getByTestId('beat');
    expect(await beats.count()).toBe(5);
    await beats
      .nth(2)
      .getByTestId('beat-text')
      .fill('Pak Darto, 22 tahun di PLTU, takut anaknya tidak bisa sekolah.');
    await beats.nth(2).getByTestId('beat-up').click();
    await page.getByTestId('beat-add').click();
    await beats.nth(5).getByTestId('beat-title').fill('Data pendukung');
    await beats.nth(4).getByTestId('beat-delete').click();
    expect(await beats.count()).toBe(5);
    await savePlan(page);
    const afterStory = await getJson<Detail>(context, `/api/campaigns/${campaignId}`);
    expect(afterStory.campaign.plan.storyline.map((b) => b.id)).toEqual([
      'hook',
      'human-story',
      'problem',
      'demand',
      'beat-6',
    ]);
    expect(afterStory.campaign.plan.storyline[1]?.text).toContain('Pak Darto');
    expect(afterStory.campaign.plan.storyline[4]?.title).toBe('Data pendukung');

    // Kalender: three posts; the caption is checked live while it is typed.
    await page.getByTestId('tab-calendar').click();
    await page.getByTestId('post-add').click();
    const editor = page.getByTestId('post-editor');
    await editor
      .getByTestId('post-caption')
      .fill('PLTU ditutup, pekerjanya ke mana? Kami menuntut pelatihan ulang.');
    const warning = editor.locator('[data-testid=caption-warning][data-code=no_cta]');
    await warning.waitFor();
    await warning.locator('summary').click();
    expect(await warning.innerText()).toContain(id['caption.no_cta.fix']);
    await editor
      .getByTestId('post-caption')
      .fill('PLTU ditutup, pekerjanya ke mana? Tanda tangani petisinya di link bio. #TransisiAdil');
    await expect.poll(() => warning.count()).toBe(0);
    await editor.getByTestId('post-cancel').click();

    await addPost(
      page,
      '2026-12-06T07:00',
      'instagram',
      'Pembangkit batu bara ditutup, pekerjanya ke mana? Tanda tangani petisinya di link bio. #TransisiAdil',
    );
    await addPost(
      page,
      '2026-12-06T19:30',
      'tiktok',
      'Kisah Pak Darto: 22 tahun menjaga listrik kita menyala.',
    );
    await addPost(
      page,
      '2026-12-07T08:00',
      'facebook',
      'Hubungi 0812-3456-7890 untuk info aksi. Ayo gabung! #TransisiAdil #BuruhEnergi',
    );
    const days = page.getByTestId('calendar-day');
    expect(await days.count()).toBe(2);
    expect(await days.nth(0).getByTestId('post').count()).toBe(2);
    // The one without a call to action and the one with a phone number carry warnings.
    expect(await days.nth(0).getByTestId('post').nth(0).getByTestId('post-warnings').count()).toBe(0);
    expect(await days.nth(0).getByTestId('post').nth(1).getByTestId('post-warnings').count()).toBe(1);
    expect(await days.nth(1).getByTestId('post-warnings').count()).toBe(1);
    const stored = await getJson<Detail>(context, `/api/campaigns/${campaignId}`);
    expect(stored.content.map((c) => [c.platform, c.scheduledAt])).toEqual([
      ['instagram', '2026-12-06T00:00:00.000Z'],
      ['tiktok', '2026-12-06T12:30:00.000Z'],
      ['facebook', '2026-12-07T01:00:00.000Z'],
    ]);
    expect(await noHorizontalScroll(page)).toBe(true);

    // Aset: a poster with GPS in its EXIF; what is stored (image and thumbnail) carries no EXIF at all.
    await page.getByTestId('tab-assets').click();
    const poster = await posterWithGps({ r: 180, g: 30, b: 30 });
    expect((await sharp(poster).metadata()).exif).toBeDefined();
    await page.getByTestId('poster-title').fill('Poster utama');
    await page
      .getByTestId('poster-file')
      .setInputFiles({ name: 'poster.jpg', mimeType: 'image/jpeg', buffer: poster });
    await page.getByTestId('poster-submit').click();
    await page.getByTestId('asset').waitFor();
    expect(await page.getByTestId('asset-version').count()).toBe(1);
    const assets = await getJson<Assets>(context, `/api/campaigns/${campaignId}/assets`);
    const version = assets.assets[0]?.versions[0];
    expect(version?.version).toBe(1);
    for (const url of [version?.imageUrl, version?.thumbnailUrl]) {
      const response = await context.request.get(`${journey.server.url}${url}`);
      expect(response.status()).toBe(200);
      const meta = await sharp(await response.body()).metadata();
      expect(meta.exif, `${url} must carry no EXIF`).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
    }
    expect(await noHorizontalScroll(page)).toBe(true);

    // Before any review the scorecard says so in words, not with a dash as if it were a score.
    await page.goto(`${journey.server.url}/c/${campaignId}/scorecard`);
    const mean = page.getByTestId('scorecard-mean');
    await mean.waitFor();
    expect(await mean.getAttribute('data-reviewed')).toBe('false');
    expect(await mean.innerText()).toBe(id['campaign.scorecard.notReviewed']);
    expect(await page.getByTestId('scorecard-field').innerText()).toContain(
      id['campaign.fieldResponse.none'],
    );
    await context.close();
  });

  it('a reviewer on a desktop pins two comments on the poster and scores it with the rubric', async () => {
    const { context, page } = await session('reviewer@demo.test', DESKTOP);
    await page.goto(`${journey.server.url}/c/${campaignId}?tab=review`);
    const board = page.getByTestId('poster-board');
    await board.waitFor();
    expect(await page.getByTestId('read-only').count()).toBe(1);
    const surface = board.getByTestId('pin-surface');
    const box = await surface.boundingBox();
    if (!box) throw new Error('the poster is not drawn');

    const spots = [
      { x: 0.25, y: 0.2, body: 'Judulnya terlalu kecil untuk dibaca dari jauh.' },
      { x: 0.7, y: 0.85, body: 'Ajakan di bawah tenggelam: beri warna kontras.' },
    ];
    for (const spot of spots) {
      await surface.click({ position: { x: box.width * spot.x, y: box.height * spot.y } });
      const form = board.getByTestId('pin-form');
      await form.getByTestId('pin-body').fill(spot.body);
      await form.getByTestId('pin-save').click();
      await form.waitFor({ state: 'detached' });
    }
    await expect.poll(() => board.getByTestId('pin-item').count()).toBe(2);
    expect(await board.getByTestId('pin-marker').count()).toBe(2);
    // Each marker sits on the spot that was tapped.
    const drawn = await board
      .getByTestId('pin-marker')
      .evaluateAll((els) => els.map((el) => [(el as HTMLElement).style.left, (el as HTMLElement).style.top]));
    drawn.forEach(([left, top], i) => {
      expect(Number.parseFloat(left ?? '')).toBeCloseTo((spots[i]?.x ?? 0) * 100, 0);
      expect(Number.parseFloat(top ?? '')).toBeCloseTo((spots[i]?.y ?? 0) * 100, 0);
    });

    const assets = await getJson<Assets>(context, `/api/campaigns/${campaignId}/assets`);
    const asset = assets.assets[0];
    const pins = asset?.pins ?? [];
    expect(pins.map((p) => p.body)).toEqual(spots.map((s) => s.body));
    pins.forEach((pin, i) => {
      // Stored as fractions of the drawn poster, whatever size it was drawn at.
      expect(pin.x).toBeCloseTo(spots[i]?.x ?? 0, 2);
      expect(pin.y).toBeCloseTo(spots[i]?.y ?? 0, 2);
      expect(pin.version).toBe(1);
    });

    // The rubric for the poster: a 3 and "kuat" on every criterion that applies, and a summary.
    const rubric = page.getByTestId('rubric');
    await rubric.getByTestId('rubric-target').selectOption(`poster|${asset?.id}`);
    const criteria = rubric.getByTestId('criterion');
    const count = await criteria.count();
    expect(count).toBe(8);
    for (let i = 0; i < count; i++) {
      await criteria
        .nth(i)
        .getByTestId(i === 0 ? 'score-2' : 'score-3')
        .check();
      await criteria
        .nth(i)
        .getByTestId(i === 0 ? 'verdict-perlu_diperbaiki' : 'verdict-kuat')
        .check();
    }
    await rubric.getByTestId('rubric-summary').fill('Cerita kuat; perbesar judul dan ajakannya.');
    await rubric.getByTestId('rubric-save').click();
    const summary = page.locator(`[data-testid=review-summary][data-target=poster]`);
    await summary.waitFor();
    // (2 + 7 × 3) / 8
    expect(await summary.getByTestId('summary-mean').innerText()).toContain('2,9');
    expect(await page.getByTestId('review').count()).toBe(1);
    await context.close();
  });

  it('the cadre sees the review, replies, uploads v2, and the pins show on both versions', async () => {
    const { context, page } = await session('cadre@demo.test', PHONE);
    await page.goto(`${journey.server.url}/c/${campaignId}?tab=review`);
    const board = page.getByTestId('poster-board');
    await board.waitFor();
    expect(await board.getByTestId('pin-surface').count()).toBe(0);
    expect(await board.getByTestId('pin-item').count()).toBe(2);
    const review = page.getByTestId('review');
    expect(await review.innerText()).toContain('Rudi Konsultan');
    expect(await review.innerText()).toContain('perbesar judul');

    // A reply to the first pin and to the review.
    const firstPin = board.getByTestId('pin-item').first();
    await firstPin.getByTestId('reply-open').click();
    await firstPin.getByTestId('reply-body').fill('Siap, judul kami perbesar di v2.');
    await firstPin.getByTestId('reply-send').click();
    await expect.poll(() => firstPin.getByTestId('reply').count()).toBe(1);
    await review.getByTestId('reply-open').click();
    await review.getByTestId('reply-body').fill('Terima kasih, Pak Rudi.');
    await review.getByTestId('reply-send').click();
    await expect.poll(() => review.getByTestId('reply').count()).toBe(1);

    // Version 2 from the review itself; the versions stand side by side, each with the pins.
    const v2 = await posterWithGps({ r: 30, g: 60, b: 160 });
    await board
      .getByTestId('version-file')
      .setInputFiles({ name: 'poster-v2.jpg', mimeType: 'image/jpeg', buffer: v2 });
    await expect.poll(() => board.getByTestId('board-version').count()).toBe(2);
    const v1Board = board.locator('[data-testid=board-version][data-version="1"]');
    const v2Board = board.locator('[data-testid=board-version][data-version="2"]');
    expect(await v1Board.locator('[data-testid=pin-marker][data-carried=false]').count()).toBe(2);
    expect(await v2Board.locator('[data-testid=pin-marker][data-carried=true]').count()).toBe(2);
    // The same spot on both: the markers sit at the same fraction of each image.
    const place = (v: typeof v1Board) =>
      v
        .getByTestId('pin-marker')
        .first()
        .evaluate((el) => [(el as HTMLElement).style.left, (el as HTMLElement).style.top]);
    expect(await place(v2Board)).toEqual(await place(v1Board));
    expect(Number.parseFloat((await place(v1Board))[0] ?? '')).toBeCloseTo(25, 0);
    expect(await board.getByTestId('pin-item').first().innerText()).toContain('v1');
    expect(await noHorizontalScroll(page)).toBe(true);

    const assets = await getJson<Assets>(context, `/api/campaigns/${campaignId}/assets`);
    const newest = assets.assets[0]?.versions[1];
    expect(newest?.version).toBe(2);
    const stored = await context.request.get(`${journey.server.url}${newest?.imageUrl}`);
    expect((await sharp(await stored.body()).metadata()).exif).toBeUndefined();

    // The scorecard shows the poster's mean and the caption warnings per post.
    await page.goto(`${journey.server.url}/c/${campaignId}/scorecard`);
    await page.getByTestId('scorecard').waitFor();
    expect(await page.getByTestId('scorecard-target').count()).toBe(1);
    expect(await page.getByTestId('scorecard-mean').getAttribute('data-reviewed')).toBe('true');
    expect(await page.getByTestId('scorecard-mean').innerText()).toBe('Nilai rata-rata rubrik: 2,9 dari 4');
    const warned = await page
      .getByTestId('scorecard-post')
      .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-warnings'))));
    expect(warned.length).toBe(3);
    expect(warned.filter((n) => n > 0).length).toBe(2);
    await context.close();
  });

  it('two team members edit the same plan: the later save is refused and shows the other change', async () => {
    const cadre = await session('cadre@demo.test', PHONE);
    const lead = await session('media.lead@demo.test', DESKTOP);
    for (const { page } of [cadre, lead]) {
      await page.goto(`${journey.server.url}/c/${campaignId}`);
      await page.getByTestId('plan-form').waitFor();
    }
    await cadre.page.getByTestId('plan-title').fill('Energi bersih, kerja layak untuk semua');
    await savePlan(cadre.page);

    await lead.page.getByTestId('plan-key-message').fill('Transisi energi harus adil bagi pekerja.');
    await lead.page.getByTestId('plan-save').click();
    const conflict = lead.page.getByTestId('plan-conflict');
    await conflict.waitFor();
    expect(await conflict.innerText()).toContain('Agus Santoso');
    const title = conflict.locator('[data-testid=conflict-field][data-field=title]');
    expect(await title.getByTestId('conflict-theirs').innerText()).toContain('untuk semua');
    expect(await title.getByTestId('conflict-mine').innerText()).toContain('Energi bersih, kerja layak');
    // Their title is suggested (only they changed it), and the lead's own key message.
    expect(await title.getByTestId('conflict-theirs').locator('input').isChecked()).toBe(true);
    const message = conflict.locator('[data-testid=conflict-field][data-field=keyMessage]');
    expect(await message.getByTestId('conflict-mine').locator('input').isChecked()).toBe(true);
    expect(await message.getByTestId('conflict-theirs').innerText()).toContain('Tidak ada pekerja');

    await conflict.getByTestId('conflict-save').click();
    await conflict.waitFor({ state: 'detached' });
    const saved = await getJson<Detail>(lead.context, `/api/campaigns/${campaignId}`);
    expect(saved.campaign.plan.title).toBe('Energi bersih, kerja layak untuk semua');
    expect(saved.campaign.plan.keyMessage).toBe('Transisi energi harus adil bagi pekerja.');
    expect(await lead.page.getByTestId('campaign-page').getAttribute('data-version')).toBe(
      String(saved.campaign.version),
    );
    // Nothing was lost along the way: the storyline and objective are still the cadre's.
    expect(saved.campaign.plan.objective).toContain('200 tanda tangan');

    // The history tells who saved what.
    await lead.page.getByTestId('tab-talk').click();
    await expect
      .poll(() => lead.page.locator('[data-testid=history-entry][data-action="campaign.saved"]').count())
      .toBeGreaterThanOrEqual(4);
    await cadre.context.close();
    await lead.context.close();
  });

  it('a lead of another organisation cannot open the campaign; the programme overview lists it', async () => {
    const other = await session('lead2@demo.test', DESKTOP);
    await other.page.goto(`${journey.server.url}/c/${campaignId}`);
    await other.page.getByTestId('campaign-missing').waitFor();
    expect(await other.page.getByTestId('campaign-page').count()).toBe(0);
    await other.context.close();

    const facilitator = await session('facilitator@demo.test', DESKTOP);
    await facilitator.page.goto(`${journey.server.url}/p/${programmeId}/campaigns/overview`);
    const row = facilitator.page.locator(`[data-testid=overview-row][data-campaign-id="${campaignId}"]`);
    await row.waitFor();
    expect(await row.getByTestId('overview-warnings').innerText()).toBe('2');
    expect(await row.getByTestId('overview-mean').innerText()).toBe('2,9');
    const download = facilitator.page.waitForEvent('download');
    await facilitator.page.getByTestId('overview-csv').click();
    const file = await download;
    const path = await file.path();
    const { readFile } = await import('node:fs/promises');
    const csv = await readFile(path, 'utf8');
    expect(csv).toContain('Tim Energi');
    expect(csv).toContain('2.88');
    await facilitator.context.close();
  });
});
