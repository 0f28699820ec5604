import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { id } from '#core/i18n/messages/id.ts';
import { useJourneyServer } from './support.ts';

const journey = useJourneyServer();

const DESKTOP = { viewport: { width: 1280, height: 800 } };
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const KSBN = 'Konfederasi Serikat Buruh Nusantara (Demo)';

/**
 * A Meta Business Suite posts export with Indonesian headers (as src/core/audit/fixtures/
 * meta-posts-instagram-id.csv), four posts in May 2026 with a silence of exactly 22.5 days before the last.
 */
const META_HEADER =
  '"ID Postingan","ID Akun","Nama pengguna akun","Nama akun",Deskripsi,"Durasi (detik)","Waktu penerbitan",Permalink,"Jenis postingan","Komentar data",Tanggal,Tayangan,Jangkauan,Suka,"Frekuensi dibagikan",Komentar,"Frekuensi Disimpan",Mengikuti';
const metaRow = (n: number, caption: string, time: string, type: string, figures: string) =>
  `91000000000000${n},9200000000000077,ksbn.media,"KSBN Media","${caption}",0,"${time}",https://www.instagram.com/p/KSBN000${n}/,"${type}",,"Sepanjang Masa",${figures}`;
const META_EXPORT = `\uFEFF${[
  META_HEADER,
  metaRow(
    11,
    'Aksi damai hari ini ✊🏽\n#upahlayak',
    '05/01/2026 09:15',
    'Reel IG',
    '"1.234",800,95,12,7,4,3',
  ),
  metaRow(12, 'Rapat anggota, Sabtu 10.00 WIB 📣', '05/03/2026 20:40', 'Gambar IG', '410,350,40,1,2,0,0'),
  metaRow(
    13,
    'Geser untuk membaca tuntutan kami 👉',
    '05/07/2026 07:05',
    'Carousel IG',
    '2210,1502,130,25,9,41,6',
  ),
  metaRow(14, 'Hari Buruh: terima kasih kawan-kawan', '05/29/2026 19:05', 'Gambar IG', '900,600,55,3,4,2,1'),
].join('\r\n')}\r\n`;

/** TikTok Studio's Content export in Indonesian (src/core/audit/fixtures/tiktok-content-id.csv), as this account's own. */
const TIKTOK_EXPORT = Buffer.from(
  readFileSync(
    new URL('../src/core/audit/fixtures/tiktok-content-id.csv', import.meta.url),
    'utf8',
  ).replaceAll('@sp.contoh/', '@ksbn.tiktok/'),
  'utf8',
);

async function signIn(page: Page, email: string) {
  await page.goto(`${journey.server.url}/login`);
  await page.getByTestId('login-form').locator('input[type=email]').fill(email);
  await page.getByTestId('login-form').locator('input[type=password]').fill('lantang-demo');
  await page.getByTestId('login-form').locator('button[type=submit]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

async function addAccount(page: Page, platform: string, handle: string) {
  await page.goto(`${journey.server.url}/audit`);
  await page.getByTestId('add-organisation').selectOption({ label: KSBN });
  await page.getByTestId('add-platform').selectOption(platform);
  await page.getByTestId('add-handle').fill(handle);
  await page.getByTestId('add-submit').click();
  await page.waitForURL(/\/audit\/[0-9a-f-]{36}$/);
  await page.getByTestId('import-panel').waitFor();
  return page.url().split('/').pop() ?? '';
}

const noHorizontalScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('the audit of an organisation’s accounts', () => {
  let instagramId = '';

  it('a media lead adds two accounts, checks and saves their exports, reads the figures and compares', async () => {
    const context = await journey.browser.newContext(DESKTOP);
    const page = await context.newPage();
    await signIn(page, 'media.lead@demo.test');

    // The audit is in the main navigation.
    await page.locator('#nav-panel a[href="/audit"]').click();
    await page.waitForURL(/\/audit$/);
    await page.getByTestId('add-account').waitFor();

    // An Instagram account for the confederation, and its Indonesian Meta export.
    instagramId = await addAccount(page, 'instagram', '@KSBN.Media');
    expect(await page.getByTestId('account-handle').innerText()).toBe('@ksbn.media');
    await page.getByTestId('kpis').getByText(id['audit.kpi.noPosts']).waitFor();
    await page.getByTestId('import-file').setInputFiles({
      name: 'ksbn-instagram-mei.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(META_EXPORT, 'utf8'),
    });
    expect(await page.getByTestId('import-chosen').innerText()).toContain('ksbn-instagram-mei.csv');
    await page.getByTestId('import-check').click();

    // The preview: nothing saved yet, every figure of the file, the first posts.
    const preview = page.getByTestId('import-preview');
    await preview.waitFor();
    expect(await preview.getByTestId('import-format').innerText()).toContain(id['audit.format.meta_posts']);
    expect(await preview.getByTestId('import-platform').innerText()).toContain('Instagram');
    expect(await preview.getByTestId('import-rows').locator('dd').innerText()).toBe('4');
    expect(await preview.getByTestId('import-own').locator('dd').innerText()).toBe('4');
    expect(await preview.getByTestId('import-rejected').locator('dd').innerText()).toBe('0');
    expect(await preview.getByTestId('import-sample').locator('tbody tr').count()).toBe(4);
    expect(await preview.getByTestId('import-sample').innerText()).toContain('Rapat anggota');
    expect(await page.getByTestId('history').innerText()).toContain(id['audit.history.empty']);

    await page.getByTestId('import-commit').click();
    const done = page.getByTestId('import-done');
    await done.waitFor();
    expect(await done.getByTestId('import-summary').innerText()).toMatch(
      /^4 unggahan baru, 0 diperbarui, 0 milik akun lain/,
    );
    await page.getByTestId('history-item').first().waitFor();
    expect(await page.getByTestId('history-item').first().innerText()).toContain('ksbn-instagram-mei.csv');

    // The figures, with how each is computed, and a flag with its evidence in words and numbers.
    const posts = page.getByTestId('kpi-posts');
    await posts.waitFor();
    expect(await posts.getByTestId('kpi-value').innerText()).toBe('4');
    expect(await page.getByTestId('kpi-median_reach').getByTestId('kpi-value').innerText()).toBe('700');
    await page.getByTestId('kpi-posts_per_week').getByTestId('kpi-help').click();
    const help = page.getByTestId('kpi-posts_per_week').getByTestId('kpi-help-text');
    await help.waitFor();
    expect(await help.innerText()).toBe(id['audit.kpi.posts_per_week.help']);
    const inconsistent = page.locator('[data-testid="flag"][data-code="inconsistent"]');
    await inconsistent.waitFor();
    expect(await inconsistent.locator('[data-reason="longest_gap"]').innerText()).toBe(
      'Jeda terpanjang 22,5 hari (batas 14 hari).',
    );
    expect(await page.getByTestId('heatmap').locator('td[data-posts="1"]').count()).toBe(4);
    expect(await page.getByTestId('best-times').innerText()).toContain('Jumat');
    expect(await page.getByTestId('format-mix').innerText()).toContain('Gambar');
    expect(await page.getByTestId('best-posts').locator('li').count()).toBe(4);

    // A typed-in follower count adds the per-follower figures and their flags.
    await page.getByTestId('followers-date').fill('2026-05-31');
    await page.getByTestId('followers-count').fill('20000');
    await page.getByTestId('followers-submit').click();
    const lowReach = page.locator('[data-testid="flag"][data-code="low_reach"]');
    await lowReach.waitFor();
    expect(await lowReach.getByTestId('evidence').innerText()).toBe(
      'Unggahan tengah hanya sampai ke 3,5% pengikut: jangkauan 700 dari 20.000 pengikut (per 31 Mei 2026). Batas 10%.',
    );
    expect(await page.getByTestId('kpi-reach_rate').getByTestId('kpi-value').innerText()).toBe('3,5%');

    // A window narrows the figures to the first week of May.
    await page.getByTestId('window-from').fill('2026-05-01');
    await page.getByTestId('window-to').fill('2026-05-07');
    await page.getByTestId('window-apply').click();
    await expect.poll(() => posts.getByTestId('kpi-value').innerText()).toBe('3');
    expect(await page.getByTestId('kpi-window').innerText()).toContain('1 Mei 2026 – 7 Mei 2026');

    // A TikTok account: its export has no years, so the export date is given.
    const tiktokId = await addAccount(page, 'tiktok', 'ksbn.tiktok');
    expect(tiktokId).not.toBe(instagramId);
    await page.getByTestId('import-file').setInputFiles({
      name: 'Content.csv',
      mimeType: 'text/csv',
      buffer: TIKTOK_EXPORT,
    });
    await page.getByTestId('import-export-date').fill('2026-08-10');
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-preview').waitFor();
    expect(await page.getByTestId('import-format').innerText()).toContain(id['audit.format.tiktok_content']);
    expect(await page.getByTestId('import-own').locator('dd').innerText()).toBe('3');
    expect(await page.getByTestId('import-owner-mismatch').count()).toBe(0);
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-done').waitFor();
    await page.getByTestId('kpi-median_views').waitFor();
    expect(await page.getByTestId('kpi-median_views').getByTestId('kpi-value').innerText()).toBe('1.890');

    // Side by side: the Instagram accounts, then the TikTok ones.
    await page.goto(`${journey.server.url}/audit`);
    await page.getByTestId('compare-instagram').click();
    await page.waitForURL(/\/audit\/compare\?platform=instagram$/);
    const row = page.locator('[data-testid="compare-row"][data-handle="ksbn.media"]');
    await row.waitFor();
    expect(await row.getByTestId('compare-posts').innerText()).toBe('4');
    expect(await page.getByTestId('compare-chart-posts').innerText()).toContain('Rival IQ');
    expect(await page.getByTestId('compare-chart-followers').innerText()).toContain('2023');
    await page.getByTestId('compare-platform').selectOption('tiktok');
    await page.waitForURL(/platform=tiktok$/);
    await page.locator('[data-testid="compare-row"][data-handle="ksbn.tiktok"]').waitFor();
    // Beside the demo's own TikTok account of the confederation.
    expect(await page.getByTestId('compare-row').count()).toBe(2);
    await context.close();
  });

  it('a media lead matches the columns of a workbook of no known format, on a phone', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Rekap');
    sheet.addRow(['Kode unggahan', 'Waktu terbit', 'Jenis konten', 'Jumlah suka', 'Komentar', 'Jangkauan']);
    sheet.addRow(['fb-001', '2026-05-01 09:15', 'Foto', 120, 8, 2400]);
    sheet.addRow(['fb-002', '2026-05-03 19:40', 'Video', 340, 21, 5100]);
    sheet.addRow(['fb-003', '2026-05-08 07:05', 'Tautan', 45, 2, 900]);
    const context = await journey.browser.newContext(PHONE);
    const page = await context.newPage();
    await signIn(page, 'media.lead@demo.test');
    await addAccount(page, 'facebook', 'ksbn.halaman');
    await page.getByTestId('import-file').setInputFiles({
      name: 'rekap-unggahan.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await book.xlsx.writeBuffer()),
    });
    await page.getByTestId('import-check').click();

    // The server read the workbook's header: its columns are the choices, guessed where the names say.
    const mapping = page.getByTestId('mapping');
    await mapping.waitFor();
    const postId = page.getByTestId('map-post_id');
    expect(await postId.locator('option').allInnerTexts()).toContain('Kode unggahan');
    expect(await page.getByTestId('map-published_at').inputValue()).toBe('Waktu terbit');
    expect(await page.getByTestId('map-reach').inputValue()).toBe('Jangkauan');
    await page.getByTestId('mapping-submit').click();
    await mapping.getByText(id['audit.mapping.required']).first().waitFor();
    await postId.selectOption('Kode unggahan');
    await page.getByTestId('map-likes').selectOption('Jumlah suka');
    await page.getByTestId('mapping-submit').click();

    const preview = page.getByTestId('import-preview');
    await preview.waitFor();
    expect(await preview.getByTestId('import-format').innerText()).toContain(id['audit.format.generic']);
    expect(await preview.getByTestId('import-rows').locator('dd').innerText()).toBe('3');
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-done').waitFor();
    const posts = page.getByTestId('kpi-posts');
    await posts.waitFor();
    expect(await posts.getByTestId('kpi-value').innerText()).toBe('3');
    expect(await page.getByTestId('kpi-median_reach').getByTestId('kpi-value').innerText()).toBe('2.400');
    expect(await noHorizontalScroll(page)).toBe(true);
    await context.close();
  });

  it('a member adds an anonymous critique on a phone and +1s it', async () => {
    const context = await journey.browser.newContext(PHONE);
    const page = await context.newPage();
    await signIn(page, 'cadre@demo.test');
    await page.goto(`${journey.server.url}/audit`);
    await page.locator('[data-testid="audit-account"][data-handle="ksbn.media"]').click();
    await page.waitForURL(new RegExp(`/audit/${instagramId}$`));
    const board = page.getByTestId('critique-board');
    await board.waitFor();
    // Members read and critique; they do not upload.
    expect(await page.getByTestId('import-panel').count()).toBe(0);

    await board.getByText(id['audit.critique.kind.idea'], { exact: true }).click();
    const text = 'Jadwalkan unggahan tiap Selasa dan Jumat, jangan hilang tiga minggu.';
    await board.getByTestId('critique-body').fill(text);
    await board.getByLabel(id['audit.critique.anonymous']).check();
    await board.getByText(id['audit.critique.anonymousHint']).waitFor();
    await board.getByTestId('critique-submit').click();
    const item = board.getByTestId('critique').filter({ hasText: text });
    await item.waitFor();
    expect(await item.getAttribute('data-kind')).toBe('idea');
    expect(await item.getByTestId('critique-author').innerText()).toContain(
      id['audit.critique.anonymousAuthor'],
    );
    expect(await item.getByTestId('critique-votes').innerText()).toBe('0');

    await item.getByTestId('critique-vote').click();
    await expect.poll(() => item.getByTestId('critique-votes').innerText()).toBe('1');
    expect(await item.getByTestId('critique-vote').getAttribute('aria-pressed')).toBe('true');
    expect(await noHorizontalScroll(page)).toBe(true);
    await context.close();
  });

  it('the media lead pins the critique and it is in the printable report', async () => {
    const context = await journey.browser.newContext(DESKTOP);
    const page = await context.newPage();
    await signIn(page, 'media.lead@demo.test');
    await page.goto(`${journey.server.url}/audit/${instagramId}`);
    const item = page.getByTestId('critique').first();
    await item.waitFor();
    await item.getByTestId('critique-pin').click();
    await expect.poll(() => item.getAttribute('data-pinned')).toBe('true');
    await page.getByTestId('report-link').click();
    await page.waitForURL(new RegExp(`/audit/${instagramId}/report$`));
    await page
      .locator('[data-testid="audit-report"] [data-testid="flag"][data-code="inconsistent"]')
      .waitFor();
    expect(await page.getByTestId('report-pinned').innerText()).toContain('Jadwalkan unggahan');
    await context.close();
  });

  it('a facilitator changes the programme’s flag thresholds on a phone, and the flags follow', async () => {
    const context = await journey.browser.newContext(PHONE);
    const page = await context.newPage();
    await signIn(page, 'facilitator@demo.test');
    await page.goto(`${journey.server.url}/audit`);
    await page
      .locator('[data-testid="audit-account"][data-handle="ksbn.nusantara"][data-platform="instagram"]')
      .click();
    await page.waitForURL(/\/audit\/[0-9a-f-]{36}$/);
    const accountUrl = page.url();
    const inconsistent = page.locator('[data-testid="flag"][data-code="inconsistent"]');
    const longestGap = inconsistent.locator('[data-reason="longest_gap"]');
    await longestGap.waitFor();
    expect(await longestGap.innerText()).toContain('(batas 14 hari)');

    // The flags say whose thresholds they use; the facilitator follows the link to change them.
    const note = page.getByTestId('thresholds-note');
    expect(await note.innerText()).toContain('Penguatan Media Sosial (Demo)');
    await note.getByTestId('thresholds-link').click();
    await page.waitForURL(/\/audit\?programme=[0-9a-f-]{36}#thresholds$/);
    const section = page.getByTestId('thresholds');
    const gap = section.getByTestId('threshold-input-maxLongestGapDays');
    await gap.waitFor();
    expect(await gap.getAttribute('placeholder')).toBe('14');
    expect(await section.getByTestId('threshold-maxLongestGapDays').innerText()).toContain(
      'Bawaan: 14 hari.',
    );
    expect(await section.getByTestId('threshold-minReachRate').innerText()).toContain('10%');
    await gap.fill('tiga minggu');
    await section.getByTestId('thresholds-save').click();
    await section.getByText('Isi dengan angka, misalnya 14.').waitFor();
    expect(await gap.getAttribute('aria-invalid')).toBe('true');
    await gap.fill('30');
    await section.getByTestId('thresholds-unsaved').waitFor();
    await section.getByTestId('thresholds-save').click();
    await page.getByText(id['audit.thresholds.saved']).first().waitFor();
    await expect.poll(() => section.getByTestId('thresholds-unsaved').count()).toBe(0);
    expect(await noHorizontalScroll(page)).toBe(true);

    // The account's gap of 25,5 days is within 30: only the uneven spacing still flags it.
    await page.goto(accountUrl);
    await inconsistent.locator('[data-reason="gap_cv"]').waitFor();
    expect(await longestGap.count()).toBe(0);

    // Back to the default, and the gap is a finding again.
    await page.goto(`${journey.server.url}/audit#thresholds`);
    await section.getByTestId('threshold-default-maxLongestGapDays').click();
    expect(await gap.inputValue()).toBe('');
    await section.getByTestId('thresholds-save').click();
    await expect.poll(() => section.getByTestId('thresholds-unsaved').count()).toBe(0);
    await page.goto(accountUrl);
    await longestGap.waitFor();
    expect(await longestGap.innerText()).toContain('(batas 14 hari)');
    await context.close();
  });

  it('a lead of another confederation sees none of it', async () => {
    const context = await journey.browser.newContext(DESKTOP);
    const page = await context.newPage();
    await signIn(page, 'lead2@demo.test');
    await page.goto(`${journey.server.url}/audit`);
    await page.getByRole('heading', { level: 1, name: id['audit.title'] }).waitFor();
    await page.getByTestId('add-account').waitFor();
    // Only the second confederation's own demo account.
    expect(await page.getByTestId('audit-account').count()).toBe(1);
    expect(await page.getByTestId('audit-account').getAttribute('data-handle')).toBe('kpmi.merdeka');
    expect(await page.locator('body').innerText()).not.toContain('ksbn.');

    await page.goto(`${journey.server.url}/audit/${instagramId}`);
    await page.getByTestId('audit-not-found').waitFor();
    expect(await page.getByTestId('audit-not-found').innerText()).toContain(id['audit.account.notFound']);
    await context.close();
  });
});
