import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/app.ts';
import { ok } from '../../testing/assessment.ts';

interface Row {
  account: { id: string; handle: string; platform: string; organisationName: string; canManage: boolean };
  kpis: {
    posts: number;
    window: { from: string; to: string };
    flags: Array<{ code: string; evidence: Array<{ reason: string; threshold: number | null }> }>;
  } | null;
}
interface Compare {
  platform: string;
  basis: string;
  accounts: Row[];
}

let t: TestApp;
const cookies: Record<string, string> = {};
const compare = (who: string, query: string) =>
  t.call('GET', `/api/audit/compare?${query}`, { cookie: cookies[who] ?? null });
const handles = (answer: Compare) => answer.accounts.map((r) => `${r.account.handle}`);

beforeAll(async () => {
  t = await createTestApp();
  for (const who of ['facilitator', 'media.lead', 'lead2', 'cadre'])
    cookies[who] = await t.login(`${who}@demo.test`);
});
afterAll(() => t.close());

describe('the comparison of a platform’s accounts', () => {
  it('gives a facilitator both confederations’ Instagram accounts, each with its own page’s figures', async () => {
    const answer = await ok<Compare>(await compare('facilitator', 'platform=instagram'));
    expect(answer.platform).toBe('instagram');
    expect(answer.basis).toBe('reach');
    expect(handles(answer)).toEqual(['kpmi.merdeka', 'ksbn.nusantara']);
    for (const row of answer.accounts) {
      const own = await ok<{ kpis: unknown }>(
        await t.call('GET', `/api/audit/accounts/${row.account.id}/kpis`, { cookie: cookies.facilitator }),
      );
      expect(row.kpis).toEqual(own.kpis);
    }
    const tiktok = await ok<Compare>(await compare('facilitator', 'platform=tiktok'));
    expect(tiktok.basis).toBe('views');
    expect(handles(tiktok)).toEqual(['ksbn.nusantara']);
  });

  it('shows each organisation only its own accounts and those below it: lead2 never sees KSBN', async () => {
    const lead2 = await compare('lead2', 'platform=instagram');
    const text = await lead2.text();
    expect(lead2.status).toBe(200);
    const answer = JSON.parse(text) as Compare;
    expect(handles(answer)).toEqual(['kpmi.merdeka']);
    expect(text).not.toContain('ksbn');
    expect(text).not.toContain('Nusantara');
    expect(handles(await ok<Compare>(await compare('lead2', 'platform=tiktok')))).toEqual([]);

    const lead = await ok<Compare>(await compare('media.lead', 'platform=instagram'));
    expect(handles(lead)).toEqual(['ksbn.nusantara']);
    expect(lead.accounts[0]?.account.canManage).toBe(true);
    // A member of a federation below KSBN reads its accounts, without managing them.
    const cadre = await ok<Compare>(await compare('cadre', 'platform=instagram'));
    expect(handles(cadre)).toEqual(['ksbn.nusantara']);
    expect(cadre.accounts[0]?.account.canManage).toBe(false);
    expect((await compare('anonymous', 'platform=instagram')).status).toBe(401);
  });

  it('narrows every account to one window, and refuses a window that ends before it starts', async () => {
    const all = await ok<Compare>(await compare('facilitator', 'platform=instagram'));
    const month = await ok<Compare>(
      await compare('facilitator', 'platform=instagram&from=2026-01-01&to=2026-02-01'),
    );
    for (const row of month.accounts) {
      expect(row.kpis?.window).toEqual({ from: '2025-12-31T17:00:00.000Z', to: '2026-01-31T17:00:00.000Z' });
      const whole = all.accounts.find((r) => r.account.id === row.account.id);
      expect(row.kpis?.posts).toBeLessThan(whole?.kpis?.posts ?? 0);
    }
    // A window before any post: figures of an empty window, not an error.
    const before = await ok<Compare>(
      await compare('facilitator', 'platform=instagram&from=2020-01-01&to=2020-02-01'),
    );
    expect(before.accounts.map((r) => r.kpis?.posts)).toEqual([0, 0]);
    const backwards = await compare('facilitator', 'platform=instagram&from=2026-02-01&to=2026-01-01');
    expect(backwards.status).toBe(400);
    const refusal = (await backwards.json()) as { error: { fields: Array<{ field: string }> } };
    expect(refusal.error.fields).toContainEqual(expect.objectContaining({ field: 'window.to' }));
    expect((await compare('facilitator', 'platform=myspace')).status).toBe(400);
    expect((await compare('facilitator', '')).status).toBe(400);
  });

  it('applies the thresholds of the programme it is read in', async () => {
    const programmes = await ok<{ programmes: Array<{ id: string }> }>(
      await t.call('GET', '/api/programmes', { cookie: cookies.facilitator }),
    );
    const programme = programmes.programmes[0]?.id ?? '';
    await ok(
      await t.call('PUT', `/api/programmes/${programme}/audit-thresholds`, {
        cookie: cookies.facilitator,
        body: { instagram: { maxLongestGapDays: 3 } },
      }),
    );
    const answer = await ok<Compare>(
      await compare('facilitator', `platform=instagram&programme=${programme}`),
    );
    for (const row of answer.accounts) {
      const evidence = row.kpis?.flags.find((f) => f.code === 'inconsistent')?.evidence ?? [];
      expect(evidence).toContainEqual(expect.objectContaining({ reason: 'longest_gap', threshold: 3 }));
    }
    const outsider = '00000000-0000-4000-8000-000000000000';
    expect((await compare('facilitator', `platform=instagram&programme=${outsider}`)).status).toBe(404);
  });
});
