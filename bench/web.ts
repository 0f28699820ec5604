/**
 * Web weight and speed. Builds the app, serves it, and measures in Chromium:
 * - the gzipped JavaScript a participant loads on a first visit through join → programme home (budget 45 KB),
 *   and a field volunteer through the session's join link → the first tap (the same budget: the same phones),
 * - the gzipped JavaScript of each facilitator page on a first visit (budget 250 KB),
 * - Lighthouse mobile LCP (its default simulated throttling) of /join and /login, beside a one-line HTML
 *   page measured in the same run as the baseline (budget 1.0 s).
 * Exits non-zero when a budget is exceeded.
 */
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, freePort, launchBrowser, startBuiltServer } from '../e2e/support.ts';

const PARTICIPANT_BUDGET_KB = 45;
const DASHBOARD_BUDGET_KB = 250;
const LCP_BUDGET_S = 1.0;
const PEERS = 'peers: Formbricks 53 KB · Enketo 160–264 KB · SurveyJS 417 KB';

const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** Records the scripts a page loads; returns their gzipped size (from the built files). */
function recordScripts(page: Page, seen: Set<string>) {
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.pathname.endsWith('.js')) seen.add(url.pathname);
  });
}
const sizeOf = (paths: Set<string>) => [...paths].reduce((sum, p) => sum + gz(join('dist/web', p)), 0);

async function main() {
  console.log('building…');
  execSync('npm run build', { stdio: 'inherit' });
  const server = await startBuiltServer();
  const browser = await launchBrowser();
  let failed = false;
  try {
    // The participant's whole first visit: join with the demo code, land on the programme home.
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const participantScripts = new Set<string>();
    recordScripts(page, participantScripts);
    await page.goto(`${server.url}/join`);
    await page.getByTestId('join-code-input').fill('DEMO-JOIN');
    await page.getByTestId('join-submit').click();
    await page.getByTestId('join-name').fill(`Bench ${Date.now()}`);
    await page.getByTestId('join-pin').fill('2468');
    await page.getByTestId('join-submit').click();
    await page.getByTestId('agenda').waitFor();
    await page.waitForLoadState('networkidle');
    const participantBytes = sizeOf(participantScripts);
    const ok = participantBytes / 1024 <= PARTICIPANT_BUDGET_KB;
    failed ||= !ok;
    console.log(
      `\nparticipant journey (join → programme home): ${kb(participantBytes)} KB gz JS in ${participantScripts.size} files — budget ${PARTICIPANT_BUDGET_KB} KB ${ok ? 'ok' : 'EXCEEDED'} (${PEERS})`,
    );
    await context.close();

    // The field volunteer's whole first visit: the join link, a name, the first tap.
    const volunteer = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const phone = await volunteer.newPage();
    const volunteerScripts = new Set<string>();
    recordScripts(phone, volunteerScripts);
    await phone.goto(`${server.url}/f/DEMO-CFD`);
    await phone.getByTestId('field-name').fill(`Bench ${Date.now()}`);
    await phone.getByTestId('field-join').click();
    await phone.getByTestId('outcome-cares').click();
    await phone.waitForLoadState('networkidle');
    const volunteerBytes = sizeOf(volunteerScripts);
    const volunteerOk = volunteerBytes / 1024 <= PARTICIPANT_BUDGET_KB;
    failed ||= !volunteerOk;
    console.log(
      `field volunteer (join link → first tap): ${kb(volunteerBytes)} KB gz JS in ${volunteerScripts.size} files — budget ${PARTICIPANT_BUDGET_KB} KB ${volunteerOk ? 'ok' : 'EXCEEDED'}`,
    );
    await volunteer.close();

    // Each facilitator page on a first visit (signed in, fresh cache).
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'facilitator@demo.test', password: 'lantang-demo' }),
    });
    const cookie = /lantang_session=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')?.[1] ?? '';
    const list = (await (
      await fetch(`${server.url}/api/programmes`, { headers: { cookie: `lantang_session=${cookie}` } })
    ).json()) as {
      programmes: Array<{ id: string }>;
    };
    const id = list.programmes[0]?.id;
    const routes = [
      '/',
      `/p/${id}`,
      `/p/${id}/agenda`,
      `/p/${id}/participants`,
      `/p/${id}/teams`,
      `/p/${id}/codes`,
      `/p/${id}/settings`,
      `/p/${id}/assessments`,
      `/p/${id}/instruments`,
      `/p/${id}/campaigns`,
      `/p/${id}/campaigns/overview`,
      `/p/${id}/campaigns/rubric`,
      `/p/${id}/field`,
      '/audit',
      '/audit/compare',
      '/programmes/new',
      '/organisations',
      '/admin',
      '/account',
    ];
    console.log('\nroute (facilitator, first visit)            gz JS');
    for (const route of routes) {
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await ctx.addCookies([{ name: 'lantang_session', value: cookie, url: server.url }]);
      const p = await ctx.newPage();
      const scripts = new Set<string>();
      recordScripts(p, scripts);
      await p.goto(`${server.url}${route}`);
      await p.waitForLoadState('networkidle');
      const bytes = sizeOf(scripts);
      const within = bytes / 1024 <= DASHBOARD_BUDGET_KB;
      failed ||= !within;
      console.log(
        `${route.replace(id ?? '', ':id').padEnd(44)} ${kb(bytes).padStart(6)} KB ${within ? '' : `EXCEEDS ${DASHBOARD_BUDGET_KB} KB`}`,
      );
      await ctx.close();
    }
  } finally {
    await browser.close();
  }

  // Lighthouse, mobile defaults (simulated slow 4G and 4× CPU slowdown), median of three runs.
  const baseline = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(
      '<!doctype html><html lang="id"><meta name="viewport" content="width=device-width"><title>b</title><h1>Masuk ke Lantang</h1></html>',
    );
  });
  const baselinePort = await freePort();
  await new Promise<void>((r) => baseline.listen(baselinePort, '127.0.0.1', r));
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    const lcp = async (url: string) => {
      const values: number[] = [];
      for (let i = 0; i < 3; i++) {
        const result = await lighthouse(url, {
          port: chrome.port,
          onlyCategories: ['performance'],
          output: 'json',
          logLevel: 'error',
        });
        values.push((result?.lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN) / 1000);
      }
      return values.sort((a, b) => a - b)[1] ?? Number.NaN;
    };
    console.log('\nLighthouse mobile LCP (median of 3)');
    const base = await lcp(`http://127.0.0.1:${baselinePort}/`);
    console.log(`baseline (one-line HTML page)   ${base.toFixed(2)} s`);
    for (const route of ['/join', '/login']) {
      const value = await lcp(`${server.url}${route}`);
      const within = value <= LCP_BUDGET_S;
      failed ||= !within;
      console.log(
        `${route.padEnd(32)}${value.toFixed(2)} s  (+${(value - base).toFixed(2)} s over baseline) budget ${LCP_BUDGET_S} s ${within ? 'ok' : 'EXCEEDED'}`,
      );
    }
  } finally {
    await chrome.kill();
    baseline.close();
    await server.stop();
  }
  console.log(failed ? '\nweb: over budget' : '\nweb: within budget');
  process.exit(failed ? 1 : 0);
}

await main();
