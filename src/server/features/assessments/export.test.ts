import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_INSTRUMENT } from '#core/assessment/instruments/registry.ts';
import { cookieFrom, createTestApp, type TestApp } from '../../testing/app.ts';
import { answersFor, ok } from '../../testing/assessment.ts';

let t: TestApp;
let facilitator: string;
let programmeId: string;
const orgs: Record<string, string> = {};
const orgNames: Record<string, string> = {};
const codes: string[] = [];
const DIMENSIONS = DEFAULT_INSTRUMENT.dimensions.map((d) => d.id);
const HEADER = ['row', 'organisation', 'team', 'overall', 'stage', ...DIMENSIONS];
HEADER.push('straightline', 'overclaim', 'speeder');
const FREE_TEXT = 'Catatan rahasia, "jangan dibagi"';

let people = 0;
async function respond(assessmentId: string, organisationId: string, teamId: string | null, level: number) {
  people += 1;
  const joined = await t.call('POST', '/api/join', {
    body: { code: 'DEMO-JOIN', name: `Ekspor ${people}`, pin: '2468' },
  });
  const cookie = cookieFrom(joined);
  const started = await ok<{ token: string; personalCode: string }>(
    await t.call('POST', `/api/assessments/${assessmentId}/responses`, {
      cookie,
      body: { organisationId, ...(teamId ? { teamId } : {}) },
    }),
    201,
  );
  codes.push(started.personalCode);
  const headers = { 'x-response-token': started.token };
  await ok(
    await t.call('PUT', '/api/responses/current/answers', {
      cookie,
      headers,
      body: { answers: answersFor(level, FREE_TEXT) },
    }),
  );
  await ok(await t.call('POST', '/api/responses/current/submit', { cookie, headers }));
}

async function round(name: string): Promise<string> {
  return (
    await ok<{ assessment: { id: string } }>(
      await t.call('POST', `/api/programmes/${programmeId}/assessments`, {
        cookie: facilitator,
        body: { name, round: 'named', roundLabel: 'ekspor' },
      }),
      201,
    )
  ).assessment.id;
}

async function team(name: string): Promise<string> {
  return (
    await ok<{ team: { id: string } }>(
      await t.call('POST', `/api/programmes/${programmeId}/teams`, { cookie: facilitator, body: { name } }),
      201,
    )
  ).team.id;
}

/** The CSV as rows of fields (the test data has no line breaks inside fields). */
function parseCsv(text: string): string[][] {
  const fields = (line: string) => {
    const out: string[] = [];
    let current = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') {
          current += '"';
          i++;
        } else if (ch === '"') quoted = false;
        else current += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ',') {
        out.push(current);
        current = '';
      } else current += ch;
    }
    out.push(current);
    return out;
  };
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n$/, '')
    .split('\r\n')
    .map(fields);
}

async function sheets(response: Response) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const values = (name: string) => {
    const sheet = workbook.getWorksheet(name);
    const rows: unknown[][] = [];
    sheet?.eachRow((row) => {
      rows.push((row.values as unknown[]).slice(1));
    });
    return rows;
  };
  return {
    names: workbook.worksheets.map((s) => s.name),
    respons: values('Respons'),
    kelompok: values('Kelompok'),
  };
}

function expectNothingIdentifying(text: string) {
  for (const code of codes) expect(text).not.toContain(code);
  expect(text).not.toContain('Catatan rahasia');
  expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
  expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
  expect(text).not.toMatch(/[0-9a-f]{64}/);
}

beforeAll(async () => {
  t = await createTestApp();
  facilitator = await t.login('facilitator@demo.test');
  const list = await ok<{ programmes: Array<{ id: string }> }>(
    await t.call('GET', '/api/programmes', { cookie: facilitator }),
  );
  programmeId = list.programmes[0]?.id ?? '';
  const all = await ok<{ organisations: Array<{ id: string; name: string; shortName: string }> }>(
    await t.call('GET', '/api/organisations', { cookie: facilitator }),
  );
  for (const o of all.organisations) {
    orgs[o.shortName] = o.id;
    orgNames[o.shortName] = o.name;
  }
});
afterAll(() => t.close());

describe('the anonymous export of a round', () => {
  let labelled: string;
  let blanked: string;
  let small: string;

  beforeAll(async () => {
    const media = await team('Tim Media Ekspor');
    const tiny = await team('Tim Kecil Ekspor');
    labelled = await round('Ekspor Berlabel');
    for (let i = 0; i < 5; i++) await respond(labelled, orgs.KPMI ?? '', media, i % 3);
    for (let i = 0; i < 5; i++) await respond(labelled, orgs.KSBN ?? '', null, (i + 1) % 4);
    for (let i = 0; i < 2; i++) await respond(labelled, orgs.KSBN ?? '', tiny, 2);
    blanked = await round('Ekspor 4 dan 5');
    for (let i = 0; i < 4; i++) await respond(blanked, orgs.KSBN ?? '', null, i % 4);
    for (let i = 0; i < 5; i++) await respond(blanked, orgs.KPMI ?? '', null, i % 2);
    small = await round('Ekspor Kecil');
    for (let i = 0; i < 4; i++) await respond(small, orgs.KSBN ?? '', null, i % 4);
  });

  it('gives a facilitator a CSV with one shuffled row per response and nothing identifying', async () => {
    const response = await t.call('GET', `/api/assessments/${labelled}/export.csv`, { cookie: facilitator });
    const bytes = new Uint8Array(await response.arrayBuffer());
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(response.status, text).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="asesmen-ekspor-berlabel-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual(HEADER);
    expect(rows).toHaveLength(12);
    for (const row of rows) expect(row).toHaveLength(HEADER.length);
    expect(rows.map((r) => Number(r[0])).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 12 }, (_, i) => i + 1),
    );
    // Shown groups keep their names; the team of two is never named.
    const pairs = rows.map((r) => `${r[1]}|${r[2]}`);
    expect(pairs.filter((p) => p === `${orgNames.KPMI}|Tim Media Ekspor`)).toHaveLength(5);
    expect(pairs.filter((p) => p === `${orgNames.KSBN}|`)).toHaveLength(7);
    expect(text).not.toContain('Tim Kecil Ekspor');
    for (const row of rows) {
      expect(Number(row[3])).toBeGreaterThanOrEqual(0);
      expect(['1', '2', '3', '4', '5']).toContain(row[4]);
      for (const flag of row.slice(-3)) expect(['0', '1', '']).toContain(flag);
    }
    expectNothingIdentifying(text);
  });

  it('gives the same rows as an XLSX with a sheet of group results', async () => {
    const response = await t.call('GET', `/api/assessments/${labelled}/export.xlsx`, { cookie: facilitator });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(
      /filename="asesmen-ekspor-berlabel-.+\.xlsx"$/,
    );
    const book = await sheets(response);
    expect(book.names).toEqual(['Respons', 'Kelompok']);
    const [header, ...rows] = book.respons;
    expect(header).toEqual(HEADER);
    expect(rows).toHaveLength(12);
    const kelompok = book.kelompok;
    expect(kelompok[0]).toEqual(['kelompok', 'nama', 'n', 'overall', ...DIMENSIONS]);
    const tiny = kelompok.find((r) => r[1] === 'Tim Kecil Ekspor');
    expect(tiny?.slice(0, 4)).toEqual(['tim', 'Tim Kecil Ekspor', 2, 'disembunyikan (< 5)']);
    const media = kelompok.find((r) => r[1] === 'Tim Media Ekspor');
    expect(media?.[2]).toBe(5);
    expect(typeof media?.[3]).toBe('number');
    expect(media).toHaveLength(4 + DIMENSIONS.length);
    expect(kelompok.find((r) => r[0] === 'program')?.[2]).toBe(12);
    const strings = JSON.stringify(book);
    expectNothingIdentifying(strings);
    for (const r of rows) expect(r.slice(1, 3).some((v) => v === 'Tim Kecil Ekspor')).toBe(false);
  });

  it('blanks every group when a shown one would give a hidden one away', async () => {
    const text = await (
      await t.call('GET', `/api/assessments/${blanked}/export.csv`, { cookie: facilitator })
    ).text();
    const [, ...rows] = parseCsv(text);
    expect(rows).toHaveLength(9);
    // KSBN (4) is hidden in the results; naming KPMI's five would leave the other four as KSBN.
    for (const row of rows) expect([row[1], row[2]]).toEqual(['', '']);
    const book = await sheets(
      await t.call('GET', `/api/assessments/${blanked}/export.xlsx`, { cookie: facilitator }),
    );
    const hidden = book.kelompok.filter((r) => r[3] === 'disembunyikan (< 5)').map((r) => r[2]);
    expect(hidden).toContain(4);
  });

  it('refuses a round of fewer than k responses', async () => {
    for (const ext of ['csv', 'xlsx']) {
      const response = await t.call('GET', `/api/assessments/${small}/export.${ext}`, {
        cookie: facilitator,
      });
      expect(response.status).toBe(409);
    }
  });

  it('refuses participants and media leads of another confederation', async () => {
    const cadre = await t.login('cadre@demo.test');
    const lead2 = await t.login('lead2@demo.test');
    for (const cookie of [cadre, lead2])
      for (const ext of ['csv', 'xlsx']) {
        const response = await t.call('GET', `/api/assessments/${labelled}/export.${ext}`, { cookie });
        expect([403, 404]).toContain(response.status);
      }
    expect((await t.call('GET', `/api/assessments/${labelled}/export.csv`, { cookie: null })).status).toBe(
      401,
    );
  });
});
