import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/app.ts';
import { ok } from '../../testing/assessment.ts';
import { snapshotData } from '../../testing/snapshot.ts';
import { textHeaders, workbookHeaders } from './preview.ts';

interface Answer {
  report: {
    format: string;
    committed: boolean;
    rows: number;
    imported: number;
    problems: Array<{ reason: string }>;
  };
  headers?: string[];
}

let t: TestApp;
let lead: string;
let accountId: string;

/** A workbook of posts from a tool of its own, with columns no importer knows. */
async function workbook(rows: Array<Array<string | number>>): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Rekap');
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const RECAP = [
  ['Kode unggahan', 'Tanggal terbit', 'Jenis konten', 'Jumlah suka', 'Komentar', '  Orang   terjangkau ', ''],
  ['fb-001', '2026-05-01 09:15', 'Foto', 120, 8, 2400],
  ['fb-002', '2026-05-03 19:40', 'Video', 340, 21, 5100],
  ['fb-003', '2026-05-08 07:05', 'Tautan', 45, 2, 900],
];

const upload = (body: Uint8Array | string, query: string) =>
  t.call('POST', `/api/audit/accounts/${accountId}/imports?${query}`, { cookie: lead, body });

beforeAll(async () => {
  t = await createTestApp();
  lead = await t.login('media.lead@demo.test');
  const orgs = await ok<{ organisations: Array<{ id: string; shortName: string }> }>(
    await t.call('GET', '/api/organisations', { cookie: lead }),
  );
  const ksbn = orgs.organisations.find((o) => o.shortName === 'KSBN')?.id ?? '';
  accountId = (
    await ok<{ account: { id: string } }>(
      await t.call('POST', '/api/audit/accounts', {
        cookie: lead,
        body: { organisationId: ksbn, platform: 'facebook', handle: 'ksbn.halaman' },
      }),
      201,
    )
  ).account.id;
});
afterAll(() => t.close());

describe('the preview of a file of no known format', () => {
  it('names the columns of a workbook, so they can be matched, and writes nothing', async () => {
    const before = await snapshotData(t.db);
    const answer = await ok<Answer>(await upload(await workbook(RECAP), 'fileName=rekap.xlsx&preview=1'));
    expect(answer.report.format).toBe('unknown');
    expect(answer.headers).toEqual([
      'Kode unggahan',
      'Tanggal terbit',
      'Jenis konten',
      'Jumlah suka',
      'Komentar',
      'Orang terjangkau',
    ]);
    expect(await snapshotData(t.db)).toEqual(before);
  });

  it('imports the workbook with the columns a person matched', async () => {
    const mapping = JSON.stringify({
      post_id: 'Kode unggahan',
      published_at: 'Tanggal terbit',
      type: 'Jenis konten',
      likes: 'Jumlah suka',
      comments: 'Komentar',
      reach: 'Orang terjangkau',
    });
    const query = `fileName=rekap.xlsx&format=generic&mapping=${encodeURIComponent(mapping)}`;
    const bytes = await workbook(RECAP);
    const preview = await ok<Answer>(await upload(bytes, `${query}&preview=1`));
    expect(preview.report).toMatchObject({ format: 'generic', rows: 3, imported: 3, problems: [] });
    expect(preview.headers).toBeUndefined();
    const stored = await ok<Answer>(await upload(bytes, query), 201);
    expect(stored.report).toMatchObject({ committed: true, imported: 3 });
    const audit = await ok<{ kpis: { posts: number; median_reach: number } }>(
      await t.call('GET', `/api/audit/accounts/${accountId}/kpis`, { cookie: lead }),
    );
    expect(audit.kpis).toMatchObject({ posts: 3, median_reach: 2400 });
  });

  it('names the columns of a CSV in any encoding the import reads', async () => {
    const csv = 'sep=;\r\n"Kode; unggahan";Waktu;Suka\r\nx1;2026-05-01 10:00;3\r\n';
    const answer = await ok<Answer>(await upload(csv, 'fileName=rekap.csv&preview=1'));
    expect(answer.headers).toEqual(['Kode; unggahan', 'Waktu', 'Suka']);
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(Buffer.from('Kode,Waktu\n1,2\n', 'utf16le')),
    ]);
    expect(await textHeaders(utf16)).toEqual(['Kode', 'Waktu']);
  });

  it('gives no columns for a recognised format, nor for a workbook that cannot be opened', async () => {
    const meta = '"Post ID","Publish time",Reach\n1,"05/01/2026 09:00",10\n';
    const known = await ok<Answer>(await upload(meta, 'fileName=posts.csv&preview=1'));
    expect(known.report.format).toBe('meta_posts');
    expect(known.headers).toBeUndefined();
    const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]);
    const damaged = await ok<Answer>(await upload(broken, 'fileName=rusak.xlsx&preview=1'));
    expect(damaged.report.problems.map((p) => p.reason)).toEqual(['unreadable']);
    expect(damaged.headers).toBeUndefined();
    expect(await workbookHeaders(broken)).toEqual([]);
  });
});
