import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kesiapanDigitalV1 } from '#core/assessment/instruments/kesiapan-digital-v1.ts';
import type { Instrument } from '#core/assessment/model.ts';
import { cookieFrom, createTestApp, type TestApp } from '../../testing/app.ts';
import { ok } from '../../testing/assessment.ts';

let t: TestApp;
let facilitator: string;
let programmeId: string;

interface Saved {
  instrument: Instrument;
  inUse: boolean;
  builtIn: boolean;
  basedOn: string | null;
  newVersion?: boolean;
}

const contentOf = ({ id: _id, version: _version, ...content }: Instrument) => content;

beforeAll(async () => {
  t = await createTestApp();
  facilitator = await t.login('facilitator@demo.test');
  const list = await ok<{ programmes: Array<{ id: string }> }>(
    await t.call('GET', '/api/programmes', { cookie: facilitator }),
  );
  programmeId = list.programmes[0]?.id ?? '';
});
afterAll(() => t.close());

const base = () => `/api/programmes/${programmeId}/instruments`;

describe('the instrument editor', () => {
  let copy: Saved;

  it('copies the built-in instrument as version 1 of the programme’s own', async () => {
    copy = await ok<Saved>(
      await t.call('POST', base(), {
        cookie: facilitator,
        body: {
          from: 'kesiapan-digital-serikat',
          name: { id: 'Asesmen Serikat Kita', en: 'Our Union Check' },
        },
      }),
      201,
    );
    expect(copy.instrument.id).toMatch(/^asesmen-serikat-kita-[0-9a-f]{6}$/);
    expect(copy.instrument.version).toBe(1);
    expect(copy.basedOn).toBe('kesiapan-digital-serikat@1');
    expect(copy.instrument.items).toEqual(kesiapanDigitalV1.items);
    const list = await ok<{ instruments: Array<{ id: string; builtIn: boolean; items: number }> }>(
      await t.call('GET', base(), { cookie: facilitator }),
    );
    expect(list.instruments.map((i) => [i.id, i.builtIn])).toEqual([
      ['kesiapan-digital-serikat', true],
      [copy.instrument.id, false],
    ]);
  });

  it('changes an unused version in place: reordered, edited, one item fewer', async () => {
    const content = contentOf(copy.instrument);
    const [first, second, ...rest] = content.items;
    if (!first || !second) throw new Error('instrument too short');
    first.text = { id: 'Pertanyaan yang diubah', en: 'An edited question' };
    content.items = [second, first, ...rest.slice(1)];
    const saved = await ok<Saved>(
      await t.call('PUT', `${base()}/${copy.instrument.id}`, {
        cookie: facilitator,
        body: { baseVersion: 1, instrument: content },
      }),
    );
    expect(saved.newVersion).toBe(false);
    expect(saved.instrument.version).toBe(1);
    expect(saved.instrument.items.slice(0, 2).map((i) => i.id)).toEqual([second.id, first.id]);
    expect(saved.instrument.items[1]?.text.en).toBe('An edited question');
    expect(saved.instrument.items).toHaveLength(kesiapanDigitalV1.items.length - 1);
    copy = saved;
  });

  it('freezes a version once an assessment uses it: the next save makes version 2', async () => {
    const round = await ok<{ assessment: { id: string; instrument: { id: string; version: number } } }>(
      await t.call('POST', `/api/programmes/${programmeId}/assessments`, {
        cookie: facilitator,
        body: { name: 'Asesmen instrumen sendiri', round: 'baseline', instrument: copy.instrument.id },
      }),
      201,
    );
    expect(round.assessment.instrument).toMatchObject({ id: copy.instrument.id, version: 1 });

    const content = contentOf(copy.instrument);
    content.name = { id: 'Asesmen Serikat Kita v2', en: 'Our Union Check v2' };
    const saved = await ok<Saved>(
      await t.call('PUT', `${base()}/${copy.instrument.id}`, {
        cookie: facilitator,
        body: { baseVersion: 1, instrument: content },
      }),
    );
    expect(saved.newVersion).toBe(true);
    expect(saved.instrument.version).toBe(2);

    // The running round keeps the questions it was opened with.
    const cadre = await t.login('cadre@demo.test');
    const taking = await ok<{
      instrument: { version: number; items: Array<{ id: string; text: { en: string } }> };
    }>(await t.call('GET', `/api/assessments/${round.assessment.id}`, { cookie: cadre }));
    expect(taking.instrument.version).toBe(1);
    expect(taking.instrument.items[1]?.text.en).toBe('An edited question');

    // A respondent can answer and submit against the custom instrument.
    const joined = await t.call('POST', '/api/join', {
      body: { code: 'DEMO-JOIN', name: 'Uji Instrumen', pin: '1357' },
    });
    const cookie = cookieFrom(joined);
    const started = await ok<{ token: string }>(
      await t.call('POST', `/api/assessments/${round.assessment.id}/responses`, { cookie, body: {} }),
      201,
    );
    const item = copy.instrument.items.find((i) => i.type === 'single_choice');
    if (item?.type !== 'single_choice') throw new Error('no single-choice item');
    const best = item.options.at(-1)?.id ?? '';
    const headers = { 'x-response-token': started.token };
    await ok(
      await t.call('PUT', '/api/responses/current/answers', {
        cookie,
        headers,
        body: { answers: { [item.id]: { type: 'option', option: best } } },
      }),
    );
    const profile = await ok<{ submitted: boolean }>(
      await t.call('POST', '/api/responses/current/submit', { cookie, headers }),
    );
    expect(profile.submitted).toBe(true);
  });

  it('refuses a save based on an older version, and says which is newest', async () => {
    const response = await t.call('PUT', `${base()}/${copy.instrument.id}`, {
      cookie: facilitator,
      body: { baseVersion: 1, instrument: contentOf(copy.instrument) },
    });
    expect(response.status).toBe(409);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('stale_version');
    expect(body.error.message).toContain('2');
  });

  it('refuses an inconsistent instrument with every problem named, and keeps the stored one', async () => {
    const content = contentOf(copy.instrument);
    const [first] = content.items;
    if (!first) throw new Error('instrument empty');
    first.dimension = 'TIDAK-ADA';
    content.items.push(structuredClone(first));
    const response = await t.call('PUT', `${base()}/${copy.instrument.id}`, {
      cookie: facilitator,
      body: { baseVersion: 2, instrument: content },
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { fields: Array<{ field: string; rule: string }> } };
    expect(body.error.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'instrument.items.0.dimension', rule: 'unknown_dimension' }),
        expect.objectContaining({
          field: `instrument.items.${content.items.length - 1}.id`,
          rule: 'duplicate_id',
        }),
      ]),
    );
    const stored = await ok<Saved>(
      await t.call('GET', `${base()}/${copy.instrument.id}`, { cookie: facilitator }),
    );
    expect(stored.instrument.version).toBe(2);
    expect(stored.instrument.items[0]?.dimension).not.toBe('TIDAK-ADA');
  });

  it('never edits a built-in instrument', async () => {
    const response = await t.call('PUT', `${base()}/kesiapan-digital-serikat`, {
      cookie: facilitator,
      body: { baseVersion: 1, instrument: contentOf(kesiapanDigitalV1) },
    });
    expect(response.status).toBe(403);
  });

  it('keeps one programme’s instruments from another programme’s facilitators', async () => {
    const lead2 = await t.login('lead2@demo.test');
    const response = await t.call('GET', `${base()}/${copy.instrument.id}`, { cookie: lead2 });
    expect([403, 404]).toContain(response.status);
  });
});
