import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/app.ts';
import { ok } from '../../testing/assessment.ts';
import { snapshotData } from '../../testing/snapshot.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../core/audit/fixtures/${name}`, import.meta.url), 'utf8');

let t: TestApp;
let lead: string;
let ksbn: string;
let accountId: string;

interface Report {
  committed: boolean;
  format: string;
  platform: string;
  rows: number;
  imported: number;
  updated: number;
  skipped_foreign: number;
  rejected: Array<{ line: number; reason: string }>;
  sample: Array<{ platformPostId: string }>;
}

const upload = (cookie: string, id: string, body: string, query = '') =>
  t.call('POST', `/api/audit/accounts/${id}/imports?fileName=posts.csv${query}`, {
    cookie,
    body,
    headers: { 'content-type': 'text/csv' },
  });

beforeAll(async () => {
  t = await createTestApp();
  lead = await t.login('media.lead@demo.test');
  const list = await ok<{ organisations: Array<{ id: string; shortName: string }> }>(
    await t.call('GET', '/api/organisations', { cookie: lead }),
  );
  ksbn = list.organisations.find((o) => o.shortName === 'KSBN')?.id ?? '';
});
afterAll(() => t.close());

describe('the social-media audit', () => {
  it('a media lead adds the confederation’s Instagram account', async () => {
    const created = await ok<{ account: { id: string; handle: string } }>(
      await t.call('POST', '/api/audit/accounts', {
        cookie: lead,
        body: { organisationId: ksbn, platform: 'instagram', handle: '@SP.Contoh' },
      }),
      201,
    );
    expect(created.account.handle).toBe('sp.contoh');
    accountId = created.account.id;
  });

  it('previews an Indonesian-header export without writing anything', async () => {
    const before = await snapshotData(t.db);
    const { report } = await ok<{ report: Report }>(
      await upload(lead, accountId, fixture('meta-posts-instagram-id.csv'), '&preview=1'),
    );
    expect(report).toMatchObject({
      committed: false,
      format: 'meta_posts',
      platform: 'instagram',
      rejected: [],
    });
    expect(report.sample.length).toBeGreaterThan(0);
    expect(await snapshotData(t.db)).toEqual(before);
  });

  it('commits it, then a second import of the same file updates instead of duplicating', async () => {
    const first = await ok<{ report: Report }>(
      await upload(lead, accountId, fixture('meta-posts-instagram-id.csv')),
      201,
    );
    expect(first.report.committed).toBe(true);
    expect(first.report.imported).toBeGreaterThan(0);
    expect(first.report.updated).toBe(0);
    // The preview now says what the import will: every own post already known, none new.
    const preview = await ok<{ report: Report }>(
      await upload(lead, accountId, fixture('meta-posts-instagram-id.csv'), '&preview=1'),
    );
    expect(preview.report).toMatchObject({
      imported: 0,
      updated: first.report.imported,
      skipped_foreign: first.report.skipped_foreign,
    });
    const again = await ok<{ report: Report }>(
      await upload(lead, accountId, fixture('meta-posts-instagram-id.csv')),
      201,
    );
    expect(again.report.imported).toBe(0);
    expect(again.report.updated).toBe(first.report.imported);
  });

  it('previews and imports another account’s TikTok export alike: its posts are not this account’s', async () => {
    const created = await ok<{ account: { id: string } }>(
      await t.call('POST', '/api/audit/accounts', {
        cookie: lead,
        body: { organisationId: ksbn, platform: 'tiktok', handle: 'akun.lain' },
      }),
      201,
    );
    const file = fixture('tiktok-content-id.csv');
    const query = '&exportDate=2026-07-15';
    const preview = await ok<{ report: Report }>(
      await upload(lead, created.account.id, file, `${query}&preview=1`),
    );
    const stored = await ok<{ report: Report }>(await upload(lead, created.account.id, file, query), 201);
    const counts = (r: Report) => [r.imported, r.updated, r.skipped_foreign];
    expect(counts(preview.report)).toEqual(counts(stored.report));
  });

  it('refuses a file with a bad row whole, listing the row, and writes nothing', async () => {
    const before = await snapshotData(t.db);
    const broken = fixture('meta-posts-instagram-id.csv').replace('"05/03/2026 20:40"', '"kemarin sore"');
    const response = await upload(lead, accountId, broken);
    expect(response.status).toBe(422);
    const { report } = (await response.json()) as { report: Report };
    expect(report.committed).toBe(false);
    expect(report.rejected).toEqual([expect.objectContaining({ reason: 'bad_date' })]);
    expect(await snapshotData(t.db)).toEqual(before);
  });

  it('shows KPIs with the posts, flags, heatmap and weekly series', async () => {
    const audit = await ok<{
      kpis: { posts: number; posts_per_week: number; flags: Array<{ code: string }> };
      weeks: unknown[];
      bestTimes: unknown[];
    }>(await t.call('GET', `/api/audit/accounts/${accountId}/kpis`, { cookie: lead }));
    expect(audit.kpis.posts).toBeGreaterThan(0);
    expect(audit.bestTimes).toHaveLength(7 * 24);
    expect(audit.weeks.length).toBeGreaterThan(0);
  });

  it('lets a cadre of a federation below critique anonymously: no author is stored', async () => {
    const cadre = await t.login('cadre@demo.test');
    await ok(
      await t.call('POST', `/api/audit/accounts/${accountId}/critiques`, {
        cookie: cadre,
        body: { kind: 'weakness', body: 'Jarang membalas komentar anggota.', anonymous: true },
      }),
      201,
    );
    const board = await ok<{ critiques: Array<{ id: string; author: string | null; mine: boolean }> }>(
      await t.call('GET', `/api/audit/accounts/${accountId}/critiques`, { cookie: lead }),
    );
    expect(board.critiques).toEqual([expect.objectContaining({ author: null, mine: false })]);
    const rows = await t.db.execute('select author_user_id from critiques');
    expect(JSON.stringify(rows)).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    const id = board.critiques[0]?.id ?? '';
    await ok(await t.call('PUT', `/api/audit/critiques/${id}/vote`, { cookie: lead }));
    const pinned = await t.call('PATCH', `/api/audit/critiques/${id}`, {
      cookie: cadre,
      body: { pinned: true },
    });
    expect(pinned.status).toBe(403);
    await ok(await t.call('PATCH', `/api/audit/critiques/${id}`, { cookie: lead, body: { pinned: true } }));
  });

  it('uses the thresholds a programme sets for its flags', async () => {
    const facilitator = await t.login('facilitator@demo.test');
    const programmes = await ok<{ programmes: Array<{ id: string }> }>(
      await t.call('GET', '/api/programmes', { cookie: facilitator }),
    );
    const programme = programmes.programmes[0]?.id ?? '';
    const refused = await t.call('PUT', `/api/programmes/${programme}/audit-thresholds`, {
      cookie: lead,
      body: { instagram: { maxGapCv: 0 } },
    });
    expect(refused.status).toBe(403);
    const saved = await ok<{
      thresholds: { instagram?: { maxGapCv?: number } };
      defaults: { instagram: { maxGapCv: number } };
    }>(
      await t.call('PUT', `/api/programmes/${programme}/audit-thresholds`, {
        cookie: facilitator,
        body: { instagram: { maxGapCv: 0, minActiveWeeksShare: 1 } },
      }),
    );
    expect(saved.thresholds.instagram?.maxGapCv).toBe(0);
    expect(saved.defaults.instagram.maxGapCv).toBe(1);

    type Audit = {
      kpis: { flags: Array<{ code: string; evidence: Array<{ reason: string; threshold: number | null }> }> };
    };
    const strict = await ok<Audit>(
      await t.call('GET', `/api/audit/accounts/${accountId}/kpis?programme=${programme}`, { cookie: lead }),
    );
    const evidence = strict.kpis.flags.find((f) => f.code === 'inconsistent')?.evidence ?? [];
    expect(evidence).toContainEqual(expect.objectContaining({ reason: 'gap_cv', threshold: 0 }));
    const usual = await ok<Audit>(
      await t.call('GET', `/api/audit/accounts/${accountId}/kpis`, { cookie: lead }),
    );
    const usualEvidence = usual.kpis.flags.find((f) => f.code === 'inconsistent')?.evidence ?? [];
    expect(usualEvidence).not.toContainEqual(
      expect.objectContaining({ threshold: 1, reason: 'active_weeks' }),
    );
  });

  it('exports the posts as CSV and posts, KPIs and critiques as a workbook', async () => {
    const csv = await t.call('GET', `/api/audit/accounts/${accountId}/export.csv`, { cookie: lead });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toMatch(
      /bedah-akun-instagram-sp-contoh-\d{4}-\d{2}-\d{2}\.csv/,
    );
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith('post_id,published_at,own')).toBe(true);
    expect(text).toContain('9100000000000001');

    const xlsx = await t.call('GET', `/api/audit/accounts/${accountId}/export.xlsx`, { cookie: lead });
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['KPI', 'Unggahan', 'Kritik']);
    const kpi = workbook.getWorksheet('KPI');
    const posts = kpi?.getColumn(1).values.indexOf('posts') ?? -1;
    expect(posts).toBeGreaterThan(0);
    expect(Number(kpi?.getRow(posts).getCell(2).value)).toBeGreaterThan(0);
    expect(workbook.getWorksheet('Kritik')?.rowCount).toBe(2);
  });

  it('keeps the first confederation’s audit from lead2', async () => {
    const lead2 = await t.login('lead2@demo.test');
    const list = await ok<{ accounts: Array<{ handle: string; organisationName: string }> }>(
      await t.call('GET', '/api/audit/accounts', { cookie: lead2 }),
    );
    // Only the second confederation's own demo account.
    expect(list.accounts.map((a) => a.handle)).toEqual(['kpmi.merdeka']);
    for (const path of [`/api/audit/accounts/${accountId}`, `/api/audit/accounts/${accountId}/kpis`]) {
      expect((await t.call('GET', path, { cookie: lead2 })).status).toBe(404);
    }
    expect((await upload(lead2, accountId, fixture('meta-posts-instagram-id.csv'))).status).toBe(404);
  });
});
