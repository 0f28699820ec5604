/**
 * `GET /api/field/session`: a volunteer's page reads its session again with its join token, to follow
 * the facilitator's changes without joining again.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldSessions, teams } from '../../db/schema.ts';
import { DEMO_FIELD_CODE } from '../../db/seed/demo-field.ts';
import { createTestApp, type TestApp } from '../../testing/app.ts';

let t: TestApp;
let facilitator: string;
let programme: string;

async function json<T>(r: Response): Promise<T> {
  const text = await r.text();
  if (r.status >= 300) throw new Error(`${r.status} ${text}`);
  return JSON.parse(text) as T;
}

interface VolunteerSession {
  id: string;
  name: string;
  variants: Array<{ id: string; name: string }>;
  outcomes: Array<{ id: string; label: { id: string; en: string }; colour: string }>;
  teams: Array<{ id: string; name: string }>;
}

const HOUR = 3_600_000;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

beforeAll(async () => {
  t = await createTestApp();
  facilitator = await t.login('facilitator@demo.test');
  const [demo] = await t.db
    .select({ programmeId: fieldSessions.programmeId })
    .from(fieldSessions)
    .where(eq(fieldSessions.joinCode, DEMO_FIELD_CODE));
  programme = demo?.programmeId ?? '';
});
afterAll(() => t.close());

describe('a volunteer reading its session again', () => {
  it('gets the session as the join answer gives it, with the facilitator’s changes since the join', async () => {
    const [first, second] = await t.db
      .select({ id: teams.id, name: teams.name })
      .from(teams)
      .where(eq(teams.programmeId, programme));
    const now = t.clock.now.getTime();
    const { session: created } = await json<{ session: { id: string; joinCode: string } & VolunteerSession }>(
      await t.call('POST', `/api/programmes/${programme}/field-sessions`, {
        cookie: facilitator,
        body: {
          name: 'CFD Sudirman',
          startsAt: new Date(now - HOUR).toISOString(),
          endsAt: new Date(now + HOUR).toISOString(),
          variants: [{ name: 'Poster A' }, { name: 'Poster B' }],
          extraOutcomes: [{ id: 'joined', label: { id: 'Ikut', en: 'Joined' } }],
          teamIds: [first?.id],
        },
      }),
    );
    const joined = await json<{ token: string; session: VolunteerSession }>(
      await t.call('POST', '/api/field/join', { body: { code: created.joinCode, name: 'Rina' } }),
    );
    const read = async () =>
      json<{ session: VolunteerSession }>(
        await t.call('GET', '/api/field/session', { headers: bearer(joined.token) }),
      );
    // Unchanged, it is exactly the join answer's session.
    expect((await read()).session).toEqual(joined.session);

    const [a, b] = created.variants;
    await json(
      await t.call('PATCH', `/api/field/sessions/${created.id}`, {
        cookie: facilitator,
        body: {
          variants: [
            { id: a?.id, name: 'Poster A (revisi)' },
            { id: b?.id, remove: true },
            { name: 'Poster C' },
          ],
          extraOutcomes: [{ id: 'joined', label: { id: 'Daftar', en: 'Signed up' } }],
          teamIds: [second?.id],
        },
      }),
    );
    const { session } = await read();
    expect(Object.keys(session)).toEqual(Object.keys(joined.session));
    expect(session.id).toBe(created.id);
    expect(session.variants.map((v) => v.name)).toEqual(['Poster A (revisi)', 'Poster C']);
    expect(session.variants[0]?.id).toBe(a?.id);
    expect(session.outcomes.map((o) => o.id)).toEqual(['cares', 'indifferent', 'angry', 'joined']);
    expect(session.outcomes[3]?.label).toEqual({ id: 'Daftar', en: 'Signed up' });
    expect(session.teams).toEqual([{ id: second?.id, name: second?.name }]);

    // A join after the change gives the very same session.
    const later = await json<{ session: VolunteerSession }>(
      await t.call('POST', '/api/field/join', { body: { code: created.joinCode, name: 'Budi' } }),
    );
    expect(session).toEqual(later.session);
  });

  it('refuses a missing or unknown token with 401', async () => {
    const none = await t.call('GET', '/api/field/session');
    expect(none.status).toBe(401);
    const unknown = await t.call('GET', '/api/field/session', { headers: bearer('not-a-token') });
    expect(unknown.status).toBe(401);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('unauthenticated');
    // A facilitator's cookie is no volunteer token.
    expect((await t.call('GET', '/api/field/session', { cookie: facilitator })).status).toBe(401);
  });

  it('is described in the OpenAPI document, with the join answer’s session', async () => {
    const doc = await json<{
      paths: Record<string, { get?: { responses: Record<string, unknown> } }>;
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    }>(await t.call('GET', '/api/openapi.json'));
    const route = doc.paths['/api/field/session']?.get;
    expect(Object.keys(route?.responses ?? {})).toEqual(['200', '401']);
    expect(JSON.stringify(route)).toContain('#/components/schemas/VolunteerSession');
    expect(doc.components.schemas.JoinResponse?.properties?.session).toEqual({
      $ref: '#/components/schemas/VolunteerSession',
    });
  });
});
