import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_INSTRUMENT } from '#core/assessment/instruments/registry.ts';
import type { Answer, Item } from '#core/assessment/model.ts';
import { cookieFrom, createTestApp, type TestApp } from '../../testing/app.ts';
import { answersFor, ok } from '../../testing/assessment.ts';
import { snapshotData } from '../../testing/snapshot.ts';

let t: TestApp;
let facilitator: string;
let programmeId: string;
const orgs: Record<string, string> = {};

interface Respondent {
  cookie: string;
  token: string;
  personalCode: string;
}

async function respond(
  assessmentId: string,
  name: string,
  organisationId: string,
  level: number,
  personalCode?: string,
): Promise<Respondent> {
  const joined = await t.call('POST', '/api/join', { body: { code: 'DEMO-JOIN', name, pin: '2468' } });
  const cookie = cookieFrom(joined);
  const started = await ok<{ token: string; personalCode: string }>(
    await t.call('POST', `/api/assessments/${assessmentId}/responses`, {
      cookie,
      body: { organisationId, ...(personalCode ? { personalCode } : {}) },
    }),
    201,
  );
  const headers = { 'x-response-token': started.token };
  await ok(
    await t.call('PUT', '/api/responses/current/answers', {
      cookie,
      headers,
      body: { answers: answersFor(level) },
    }),
  );
  await ok(await t.call('POST', '/api/responses/current/submit', { cookie, headers }));
  return { cookie, token: started.token, personalCode: started.personalCode };
}

beforeAll(async () => {
  t = await createTestApp();
  facilitator = await t.login('facilitator@demo.test');
  const list = await ok<{ programmes: Array<{ id: string }> }>(
    await t.call('GET', '/api/programmes', { cookie: facilitator }),
  );
  programmeId = list.programmes[0]?.id ?? '';
  const all = await ok<{ organisations: Array<{ id: string; shortName: string }> }>(
    await t.call('GET', '/api/organisations', { cookie: facilitator }),
  );
  for (const o of all.organisations) orgs[o.shortName] = o.id;
});
afterAll(() => t.close());

describe('taking the assessment', () => {
  let assessmentId: string;

  it('a facilitator opens a baseline round with the default instrument', async () => {
    const created = await ok<{ assessment: { id: string; instrument: { id: string }; k: number } }>(
      await t.call('POST', `/api/programmes/${programmeId}/assessments`, {
        cookie: facilitator,
        body: { name: 'Asesmen awal', round: 'baseline' },
      }),
      201,
    );
    assessmentId = created.assessment.id;
    expect(created.assessment.instrument.id).toBe('kesiapan-digital-serikat');
    expect(created.assessment.k).toBe(5);
  });

  it('gives respondents the questions without points or the fictional markers', async () => {
    const cadre = await t.login('cadre@demo.test');
    const body = await t.call('GET', `/api/assessments/${assessmentId}`, { cookie: cadre });
    const text = await body.text();
    expect(body.status).toBe(200);
    expect(text).not.toMatch(/"points"|"overclaim"|"bands"/);
    expect((JSON.parse(text) as { instrument: { items: unknown[] } }).instrument.items).toHaveLength(
      DEFAULT_INSTRUMENT.items.length,
    );
  });

  it('saves answers as they come, refuses ones that do not fit, and keeps the response anonymous', async () => {
    const joined = await t.call('POST', '/api/join', {
      body: { code: 'DEMO-JOIN', name: 'Responden Uji', pin: '1357' },
    });
    const cookie = cookieFrom(joined);
    const started = await ok<{ token: string; personalCode: string; resumed: boolean }>(
      await t.call('POST', `/api/assessments/${assessmentId}/responses`, {
        cookie,
        body: { organisationId: orgs.KSBN },
      }),
      201,
    );
    expect(started.personalCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const headers = { 'x-response-token': started.token };
    const first = DEFAULT_INSTRUMENT.items[0] as Item & { options: Array<{ id: string }> };
    await ok(
      await t.call('PUT', '/api/responses/current/answers', {
        cookie,
        headers,
        body: { answers: { [first.id]: { type: 'option', option: first.options[1]?.id } } },
      }),
    );

    const before = await snapshotData(t.db);
    for (const answers of [
      { [first.id]: { type: 'option', option: 'zz' } },
      { 'NOPE-01': { type: 'option', option: 'a' } },
      { [first.id]: { type: 'number', value: 3 } },
    ]) {
      const bad = await t.call('PUT', '/api/responses/current/answers', {
        cookie,
        headers,
        body: { answers },
      });
      expect(bad.status).toBe(400);
    }
    expect(await snapshotData(t.db)).toBe(before);
    expect(
      (
        await t.call('GET', '/api/responses/current', {
          cookie,
          headers: { 'x-response-token': 'x'.repeat(40) },
        })
      ).status,
    ).toBe(404);

    // Another phone: the personal code brings the same answers back, and the old device's key stops working.
    const other = cookieFrom(
      await t.call('POST', '/api/join', { body: { code: 'DEMO-JOIN', name: 'Responden Uji', pin: '1357' } }),
    );
    const resumed = await ok<{
      token: string;
      resumed: boolean;
      response: { answers: Record<string, Answer> };
    }>(
      await t.call('POST', `/api/assessments/${assessmentId}/responses`, {
        cookie: other,
        body: { personalCode: started.personalCode.toLowerCase() },
      }),
    );
    expect(resumed.resumed).toBe(true);
    expect(Object.keys(resumed.response.answers)).toEqual([first.id]);
    expect((await t.call('GET', '/api/responses/current', { cookie, headers })).status).toBe(404);

    // The stored row knows nothing of the account that made it.
    const dump = await snapshotData(t.db);
    const row = dump.split('\n').find((l) => l.includes('"t":"assessment_responses"')) ?? '';
    expect(row).not.toContain('user');
    expect(row).not.toContain(started.personalCode);
  });

  it('submits and shows the person their own profile with stages and next steps', async () => {
    const r = await respond(assessmentId, 'Profil Uji', orgs.KSBN ?? '', 2);
    const profile = await ok<{
      submitted: boolean;
      profile: {
        overall: number;
        stage: number;
        dimensions: Array<{ score: number; nextSteps: unknown[] }>;
        strongest: string;
        weakest: string;
      };
    }>(
      await t.call('GET', '/api/responses/current/profile', {
        cookie: r.cookie,
        headers: { 'x-response-token': r.token },
      }),
    );
    expect(profile.submitted).toBe(true);
    expect(profile.profile.dimensions).toHaveLength(10);
    expect(profile.profile.overall).toBeGreaterThan(0);
    expect(profile.profile.dimensions.every((d) => d.nextSteps.length > 0)).toBe(true);
    const late = await t.call('PUT', '/api/responses/current/answers', {
      cookie: r.cookie,
      headers: { 'x-response-token': r.token },
      body: { answers: {} },
    });
    expect(late.status).toBe(409);
  });
});

describe('group results, anonymity and the follow-up', () => {
  let baseline: string;
  let followUp: string;
  const kpmi: Respondent[] = [];

  beforeAll(async () => {
    baseline = (
      await ok<{ assessment: { id: string } }>(
        await t.call('POST', `/api/programmes/${programmeId}/assessments`, {
          cookie: facilitator,
          body: { name: 'Baseline', round: 'baseline' },
        }),
        201,
      )
    ).assessment.id;
    for (let i = 0; i < 4; i++) await respond(baseline, `KSBN ${i}`, orgs.KSBN ?? '', i % 4);
    for (let i = 0; i < 5; i++) kpmi.push(await respond(baseline, `KPMI ${i}`, orgs.KPMI ?? '', i % 2));
  });

  it('shows nothing for an organisation of 4 and the figures of one with 5; the total is hidden so the 4 cannot be derived', async () => {
    const results = await ok<{
      programme: { n: number; suppressed: boolean; overall: number | null };
      organisations: Array<{
        id: string;
        n: number;
        suppressed: boolean;
        overall: number | null;
        dimensions: Record<string, number | null> | null;
        distribution: unknown;
      }>;
      flags: Record<string, number> | null;
    }>(await t.call('GET', `/api/assessments/${baseline}/results`, { cookie: facilitator }));
    const ksbn = results.organisations.find((o) => o.id === orgs.KSBN);
    const kpmiRow = results.organisations.find((o) => o.id === orgs.KPMI);
    expect(ksbn).toEqual(
      expect.objectContaining({
        n: 4,
        suppressed: true,
        overall: null,
        dimensions: null,
        distribution: null,
      }),
    );
    expect(kpmiRow).toEqual(expect.objectContaining({ n: 5, suppressed: false }));
    expect(kpmiRow?.overall).toBeGreaterThan(0);
    expect(Object.keys(kpmiRow?.dimensions ?? {})).toHaveLength(10);
    expect(results.programme).toEqual(expect.objectContaining({ n: 9, suppressed: true, overall: null }));
    expect(results.flags).toEqual(
      expect.objectContaining({
        speeder: expect.any(Number),
        straightline: expect.any(Number),
        overclaim: expect.any(Number),
      }),
    );
  });

  it('computes reliability in the database exactly as the written rule does', async () => {
    const { cronbachAlpha } = await import('#core/assessment/scoring.ts');
    const results = await ok<{ reliability: Record<string, { alpha: number | null; n: number }> | null }>(
      await t.call('GET', `/api/assessments/${baseline}/results`, { cookie: facilitator }),
    );
    const levels = [0, 1, 2, 3, 0, 1, 0, 1, 0]; // the answers given above: KSBN i % 4, then KPMI i % 2
    const answerSets = levels.map((l) => new Map(Object.entries(answersFor(l))));
    for (const d of DEFAULT_INSTRUMENT.dimensions) {
      const expected = cronbachAlpha(DEFAULT_INSTRUMENT, d.id, answerSets);
      const actual = results.reliability?.[d.id];
      expect(actual?.n, d.id).toBe(expected.n);
      if (expected.alpha === null) expect(actual?.alpha, d.id).toBeNull();
      else expect(actual?.alpha, d.id).toBeCloseTo(expected.alpha, 9);
    }
  });

  it('shows a media lead only their own organisation', async () => {
    const lead2 = await t.login('lead2@demo.test');
    const results = await ok<{ organisations: Array<{ id: string }> }>(
      await t.call('GET', `/api/assessments/${baseline}/results`, { cookie: lead2 }),
    );
    expect(results.organisations.map((o) => o.id)).toEqual([orgs.KPMI]);
  });

  it('pairs baseline and follow-up by personal code: paired change and effect size', async () => {
    followUp = (
      await ok<{ assessment: { id: string } }>(
        await t.call('POST', `/api/programmes/${programmeId}/assessments`, {
          cookie: facilitator,
          body: { name: 'Tindak lanjut', round: 'follow_up' },
        }),
        201,
      )
    ).assessment.id;
    for (const [i, r] of kpmi.entries())
      await respond(followUp, `KPMI ${i}`, orgs.KPMI ?? '', (i % 2) + 1 + (i === 4 ? 1 : 0), r.personalCode);
    const comparison = await ok<{
      paired: {
        n: number;
        suppressed: boolean;
        measures: Record<string, { n: number; change: number; d: number | null }> | null;
      };
      unpaired: { suppressed: boolean };
    }>(
      await t.call('GET', `/api/assessments/${baseline}/comparison?with=${followUp}`, {
        cookie: facilitator,
      }),
    );
    expect(comparison.paired.n).toBe(5);
    expect(comparison.paired.suppressed).toBe(false);
    expect(comparison.paired.measures?.overall?.change).toBeGreaterThan(0);
    expect(comparison.paired.measures?.overall?.d).toBeGreaterThan(0);
    expect(comparison.unpaired.suppressed).toBe(true); // 4 + 2 unpaired baseline respondents but none in the follow-up
  });
});

describe('what nobody can do with someone else’s answers', () => {
  let round: string;
  beforeAll(async () => {
    round = (
      await ok<{ assessment: { id: string } }>(
        await t.call('POST', `/api/programmes/${programmeId}/assessments`, {
          cookie: facilitator,
          body: { name: 'Penjaga', round: 'named', roundLabel: 'uji' },
        }),
        201,
      )
    ).assessment.id;
  });

  it('refuses a personal code the server never issued, creates nothing, and limits guessing', async () => {
    const cookie = cookieFrom(
      await t.call('POST', '/api/join', { body: { code: 'DEMO-JOIN', name: 'Penebak', pin: '9999' } }),
    );
    const before = await snapshotData(t.db);
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const r = await t.call('POST', `/api/assessments/${round}/responses`, {
        cookie,
        body: { personalCode: `ZZZZ-ZZ${String(i).padStart(2, '2').replace(/[01]/g, '3')}` },
      });
      statuses.push(r.status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 404)).toBe(true);
    expect(statuses[10]).toBe(429);
    expect(await snapshotData(t.db)).toBe(before);
  });

  it('lets each person start a round once: a second start is refused, the personal code continues', async () => {
    const cookie = cookieFrom(
      await t.call('POST', '/api/join', { body: { code: 'DEMO-JOIN', name: 'Sekali Saja', pin: '2222' } }),
    );
    const first = await ok<{ personalCode: string }>(
      await t.call('POST', `/api/assessments/${round}/responses`, { cookie, body: {} }),
      201,
    );
    expect((await t.call('POST', `/api/assessments/${round}/responses`, { cookie, body: {} })).status).toBe(
      409,
    );
    const resumed = await ok<{ resumed: boolean }>(
      await t.call('POST', `/api/assessments/${round}/responses`, {
        cookie,
        body: { personalCode: first.personalCode },
      }),
    );
    expect(resumed.resumed).toBe(true);
  });

  it('never reaches answers imported from a file through their respondent id', async () => {
    const { importResponses } = await import('./import.ts');
    const item = DEFAULT_INSTRUMENT.items[0] as Item & { options: Array<{ id: string }> };
    const imported = await importResponses(
      t.database,
      round,
      `respondent,${item.id}\nRESP-0001,${item.options[0]?.id}\n`,
      new Date(),
    );
    expect(imported.imported).toBe(1);
    const cookie = cookieFrom(
      await t.call('POST', '/api/join', { body: { code: 'DEMO-JOIN', name: 'Pencari', pin: '3333' } }),
    );
    expect(
      (
        await t.call('POST', `/api/assessments/${round}/responses`, {
          cookie,
          body: { personalCode: 'RESP-0001' },
        })
      ).status,
    ).toBe(404);
  });

  it('takes no submission once the round is closed, and keeps only the hour of a submission', async () => {
    const cookie = cookieFrom(
      await t.call('POST', '/api/join', { body: { code: 'DEMO-JOIN', name: 'Terlambat', pin: '4444' } }),
    );
    const started = await ok<{ token: string }>(
      await t.call('POST', `/api/assessments/${round}/responses`, { cookie, body: {} }),
      201,
    );
    await ok(
      await t.call('PATCH', `/api/assessments/${round}`, { cookie: facilitator, body: { status: 'closed' } }),
    );
    expect(
      (
        await t.call('POST', '/api/responses/current/submit', {
          cookie,
          headers: { 'x-response-token': started.token },
        })
      ).status,
    ).toBe(409);
    await ok(
      await t.call('PATCH', `/api/assessments/${round}`, { cookie: facilitator, body: { status: 'open' } }),
    );
    await ok(
      await t.call('POST', '/api/responses/current/submit', {
        cookie,
        headers: { 'x-response-token': started.token },
      }),
    );
    const rows = (await snapshotData(t.db))
      .split('\n')
      .filter((l) => l.includes('"t":"assessment_responses"') && l.includes('"submitted_at":"'));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows)
      expect(row).toMatch(/"submitted_at":"\d{4}-\d{2}-\d{2}T\d{2}:00:00(\.0+)?(\+00:00|Z)?"/);
  });

  it('shows data-quality flags to facilitators only', async () => {
    const lead2 = await t.login('lead2@demo.test');
    const asLead = await ok<{ flags: unknown }>(
      await t.call('GET', `/api/assessments/${round}/results`, { cookie: lead2 }),
    );
    expect(asLead.flags).toBeNull();
  });
});

describe('importing answers from a file', () => {
  it('stores the answers, the group and the scores exactly as scoring them directly gives', async () => {
    const { importResponses } = await import('./import.ts');
    const { decodeAnswers } = await import('#core/assessment/codec.ts');
    const { scoreRespondent } = await import('#core/assessment/scoring.ts');
    const { parseResponsesCsv } = await import('#core/assessment/responses-csv.ts');
    const round = (
      await ok<{ assessment: { id: string } }>(
        await t.call('POST', `/api/programmes/${programmeId}/assessments`, {
          cookie: facilitator,
          body: { name: 'Impor', round: 'baseline' },
        }),
        201,
      )
    ).assessment.id;
    const full = answersFor(2);
    const cells = DEFAULT_INSTRUMENT.items.map((i) => {
      const a = full[i.id];
      if (!a) return '';
      if (a.type === 'option') return a.option;
      if (a.type === 'options') return a.options.join('|');
      if (a.type === 'number') return String(a.value);
      return `"${a.value}"`;
    });
    const csv = `respondent,group,duration_seconds,${DEFAULT_INSTRUMENT.items.map((i) => i.id).join(',')}\nP-1,KPMI,700,${cells.join(',')}\nP-2,Tim Energi,,${cells.join(',')}\n`;
    expect((await importResponses(t.database, round, csv, new Date())).imported).toBe(2);
    // Importing again replaces, never duplicates.
    expect((await importResponses(t.database, round, csv, new Date())).imported).toBe(2);

    const rows = (await t.db.execute(
      sql`select answers, overall, organisation_id, team_id, duration_seconds, source from assessment_responses where assessment_id = ${round} order by duration_seconds nulls last`,
    )) as unknown as {
      rows: Array<{
        answers: unknown;
        overall: number;
        organisation_id: string | null;
        team_id: string | null;
        duration_seconds: number | null;
        source: string;
      }>;
    };
    expect(rows.rows).toHaveLength(2);
    const parsed = parseResponsesCsv(csv, DEFAULT_INSTRUMENT).respondents[0];
    const expected = scoreRespondent(DEFAULT_INSTRUMENT, parsed?.answers ?? new Map());
    const [first, second] = rows.rows;
    expect(decodeAnswers(DEFAULT_INSTRUMENT, first?.answers)).toEqual(parsed?.answers);
    expect(first?.overall).toBeCloseTo(expected.overall ?? -1, 10);
    expect(first).toEqual(
      expect.objectContaining({
        organisation_id: orgs.KPMI,
        team_id: null,
        duration_seconds: 700,
        source: 'import',
      }),
    );
    expect(second?.organisation_id).toBeNull();
    expect(second?.team_id).not.toBeNull();
  });
});
