import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { id } from '#core/i18n/messages/id.ts';
import { useJourneyServer } from './support.ts';

const journey = useJourneyServer();

async function signIn(page: Page, email: string) {
  await page.goto(`${journey.server.url}/login`);
  await page.getByTestId('login-form').locator('input[type=email]').fill(email);
  await page.getByTestId('login-form').locator('input[type=password]').fill('lantang-demo');
  await page.getByTestId('login-form').locator('button[type=submit]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

const label = (page: Page, key: keyof typeof id) => page.getByLabel(id[key], { exact: true });
const button = (page: Page, key: keyof typeof id) => page.getByRole('button', { name: id[key], exact: true });

describe('a facilitator sets up a programme', () => {
  it('creates a programme with an agenda and teams', async () => {
    const context = await journey.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await signIn(page, 'facilitator@demo.test');

    await page.getByRole('link', { name: id['programmes.new'] }).first().click();
    await label(page, 'programmeForm.name').fill('Lokakarya Kampanye Digital');
    await label(page, 'programmeForm.startsOn').fill('2027-02-01');
    await label(page, 'programmeForm.endsOn').fill('2027-02-03');
    await page
      .getByLabel(id['programmeForm.venue'], { exact: false })
      .first()
      .fill('Gedung Serikat, Surabaya');
    await page.getByLabel('Konfederasi Serikat Buruh Nusantara (Demo)').check();
    await page.getByLabel('Konfederasi Pekerja Merdeka Indonesia (Demo)').check();
    await button(page, 'programmeForm.create').click();
    await page.waitForURL(/\/p\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.locator('h1').first().innerText()).toBe('Lokakarya Kampanye Digital');

    // The agenda: one day with two activities.
    await page.getByRole('link', { name: id['nav.agenda'], exact: true }).first().click();
    await button(page, 'agendaEdit.addDay').click();
    await label(page, 'agendaEdit.date').fill('2027-02-01');
    await button(page, 'agendaEdit.addDay').click();
    for (const [start, end, title] of [
      ['09:00', '10:30', 'Asesmen awal'],
      ['11:00', '12:30', 'Bedah akun serikat'],
    ]) {
      await button(page, 'agendaEdit.addActivity').click();
      await label(page, 'agendaEdit.startsAt').fill(start ?? '');
      await label(page, 'agendaEdit.endsAt').fill(end ?? '');
      await label(page, 'agendaEdit.activityTitle').fill(title ?? '');
      await button(page, 'agendaEdit.addActivity').click();
      await page
        .getByTestId('activity')
        .filter({ hasText: title ?? '' })
        .waitFor();
    }

    // Two teams.
    await page.getByRole('link', { name: id['nav.teams'], exact: true }).first().click();
    for (const name of ['Tim Pantai Utara', 'Tim Kota']) {
      await label(page, 'teams.name').fill(name);
      await button(page, 'teams.create').click();
      await page.getByTestId('team-row').filter({ hasText: name }).waitFor();
    }
    expect(await page.getByTestId('team-row').count()).toBe(2);

    // People with an account are added by email; an unknown email says how to go on.
    await page.getByRole('link', { name: id['nav.participants'], exact: true }).first().click();
    await label(page, 'participants.email').fill('belum.ada@demo.test');
    await button(page, 'participants.add').click();
    await expect.poll(() => page.locator('main').innerText()).toContain(id['participants.noAccount']);
    await label(page, 'participants.email').fill('cadre@demo.test');
    await button(page, 'participants.add').click();
    await page.getByTestId('participant-row').filter({ hasText: 'Agus Santoso' }).waitFor();

    // The programme home shows the agenda as participants will see it.
    await page.getByRole('link', { name: id['nav.home'], exact: true }).first().click();
    await page.getByTestId('agenda').waitFor();
    const agenda = await page.getByTestId('agenda').innerText();
    expect(agenda).toContain('Asesmen awal');
    expect(agenda).toContain('Bedah akun serikat');
    expect(agenda).toContain('1 Februari 2027');
    await context.close();
  });
});

describe('one organisation never sees another’s private data in the interface', () => {
  it('lead2 sees the joint programme but not the first confederation’s people or members', async () => {
    const context = await journey.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await signIn(page, 'lead2@demo.test');
    await page.getByTestId('programme-card').first().click();
    await page.getByTestId('agenda').waitFor();
    await page.getByRole('link', { name: id['nav.participants'], exact: true }).first().click();
    await page.getByTestId('participant-row').first().waitFor();
    const people = await page.locator('main').innerText();
    expect(people).toContain('Rina Marpaung');
    expect(people).not.toContain('Agus Santoso');
    expect(people).not.toContain('Maya Kusuma');

    await page.goto(`${journey.server.url}/organisations`);
    await page.getByText('Konfederasi Serikat Buruh Nusantara (Demo)').first().click();
    await expect.poll(() => page.locator('main').innerText()).toContain(id['orgs.noAccess']);
    expect(await page.locator('main').innerText()).not.toContain('media.lead@demo.test');
    await context.close();
  });
});
