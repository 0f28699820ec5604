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

interface Listed {
  id: string;
  joinCode: string;
  teams: Array<{ id: string; name: string | null }>;
}

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

describe('the sessions of a programme', () => {
  it('lists every session with its teams by name', async () => {
    const programmeTeams = await t.db
      .select({ id: teams.id, name: teams.name })
      .from(teams)
      .where(eq(teams.programmeId, programme));
    expect(programmeTeams.length).toBeGreaterThan(1);
    const [first, second] = programmeTeams;
    for (const [i, team] of [first, second].entries())
      await json(
        await t.call('POST', `/api/programmes/${programme}/field-sessions`, {
          cookie: facilitator,
          body: {
            name: `Sesi ${i}`,
            startsAt: '2026-03-08T06:00:00+07:00',
            endsAt: '2026-03-08T09:00:00+07:00',
            variants: [{ name: 'A' }],
            teamIds: [team?.id],
          },
        }),
      );
    const { sessions } = await json<{ sessions: Listed[] }>(
      await t.call('GET', `/api/programmes/${programme}/field-sessions`, { cookie: facilitator }),
    );
    const names = new Map(programmeTeams.map((team) => [team.id, team.name]));
    expect(sessions.length).toBeGreaterThanOrEqual(3);
    for (const session of sessions)
      for (const team of session.teams) expect(team.name).toBe(names.get(team.id));
    const demo = sessions.find((s) => s.joinCode === DEMO_FIELD_CODE);
    expect(demo?.teams.map((team) => team.name).sort()).toEqual([...names.values()].sort());
  });
});
