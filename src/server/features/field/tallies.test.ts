/**
 * Tallies have no foreign keys (see the table's comment): deleting a session must still take its tallies,
 * and only its own, along with it.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../crypto.ts';
import { fieldSessions, fieldTallies, fieldVolunteers, programmes } from '../../db/schema.ts';
import { createTestDatabase, type TestDatabase } from '../../testing/database.ts';
import { insertTallies } from './tallies.ts';
import { findVolunteer } from './volunteers.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.destroy());

async function sessionWithTallies(programmeId: string, code: string, n: number) {
  const [session] = await database.db
    .insert(fieldSessions)
    .values({
      programmeId,
      name: code,
      startsAt: new Date(Date.UTC(2026, 10, 29, 0)),
      endsAt: new Date(Date.UTC(2026, 10, 29, 5)),
      joinCode: code,
      variants: [{ id: 'a', name: 'A', shortCode: `${code}-a` }],
      scanSalt: randomUUID(),
    })
    .returning();
  if (!session) throw new Error('no session');
  const [volunteer] = await database.db
    .insert(fieldVolunteers)
    .values({ sessionId: session.id, name: 'Relawan', tokenHash: sha256Hex(`token-${code}`) })
    .returning();
  const tallies = Array.from({ length: n }, (_, i) => ({
    id: randomUUID(),
    variant: 'a',
    outcome: 'cares',
    at: Date.UTC(2026, 10, 29, 1, i),
    team: null,
    ageBand: null,
    gender: null,
    group: null,
    quote: null,
  }));
  if (n > 0) expect(await insertTallies(database.db, session.id, volunteer?.id ?? null, tallies)).toBe(n);
  return session.id;
}

const talliesOf = async (sessionId: string) =>
  (await database.db.select().from(fieldTallies).where(eq(fieldTallies.sessionId, sessionId))).length;

describe('tallies of a deleted session', () => {
  it('go with their session, and the other sessions keep theirs', async () => {
    const [programme] = await database.db
      .insert(programmes)
      .values({ name: 'Program', startsOn: '2026-11-28', endsOn: '2026-11-30' })
      .returning();
    if (!programme) throw new Error('no programme');
    const kept = await sessionWithTallies(programme.id, 'KEEP-1', 3);
    const gone = await sessionWithTallies(programme.id, 'GONE-1', 4);
    await database.db.delete(fieldSessions).where(eq(fieldSessions.id, gone));
    expect(await talliesOf(gone)).toBe(0);
    expect(await talliesOf(kept)).toBe(3);

    // A batch checked before the session went is not stored after it: no tally outlives its session.
    const late = [{ id: randomUUID(), variant: 'a', outcome: 'cares', at: Date.UTC(2026, 10, 29, 2) }].map(
      (t) => ({ ...t, team: null, ageBand: null, gender: null, group: null, quote: 'kutipan' }),
    );
    expect(await insertTallies(database.db, gone, null, late)).toBeNull();
    expect(await talliesOf(gone)).toBe(0);

    // Deleting the programme deletes its sessions, and through them the remaining tallies.
    await database.db.delete(programmes).where(eq(programmes.id, programme.id));
    expect(await talliesOf(kept)).toBe(0);
  });
});

describe('the session a token leads to', () => {
  it('is read again as soon as the session is edited', async () => {
    const [programme] = await database.db
      .insert(programmes)
      .values({ name: 'Program', startsOn: '2026-11-28', endsOn: '2026-11-30' })
      .returning();
    if (!programme) throw new Error('no programme');
    const id = await sessionWithTallies(programme.id, 'EDIT-1', 1);
    const variantsSeen = async () =>
      (await findVolunteer(database.db, 'token-EDIT-1'))?.session.variants.map((v) => v.id);
    expect(await variantsSeen()).toEqual(['a']);
    expect(await variantsSeen()).toEqual(['a']);
    await database.db
      .update(fieldSessions)
      .set({
        variants: [
          { id: 'a', name: 'A' },
          { id: 'b', name: 'B' },
        ],
      })
      .where(eq(fieldSessions.id, id));
    expect(await variantsSeen()).toEqual(['a', 'b']);
    expect(await findVolunteer(database.db, 'no-such-token')).toBeNull();
  });
});

describe('a batch stored through column arrays', () => {
  it('keeps every text exactly, nulls as nulls, and counts a repeat once', async () => {
    const [programme] = await database.db
      .insert(programmes)
      .values({ name: 'Program', startsOn: '2026-11-28', endsOn: '2026-11-30' })
      .returning();
    if (!programme) throw new Error('no programme');
    const sessionId = await sessionWithTallies(programme.id, 'TEXT-1', 0);
    const quotes = ['NULL', 'null', '', '"kutip", {kurung}', 'back\\slash\n baris', 'ünï ✊ 👷‍♀️', null];
    const tallies = quotes.map((quote, i) => ({
      id: randomUUID(),
      variant: `v,${i}"`,
      outcome: 'cares',
      at: Date.UTC(2026, 10, 29, 1, i, 7, 123),
      team: i === 0 ? 'NULL' : null,
      ageBand: i === 1 ? ('25-34' as const) : null,
      gender: null,
      group: null,
      quote,
    }));
    expect(await insertTallies(database.db, sessionId, null, tallies)).toBe(quotes.length);
    expect(await insertTallies(database.db, sessionId, null, tallies.slice(0, 2))).toBe(0);
    const stored = await database.db.select().from(fieldTallies).where(eq(fieldTallies.sessionId, sessionId));
    const byId = new Map(stored.map((r) => [r.id, r]));
    for (const t of tallies) {
      const row = byId.get(t.id);
      expect(row?.quote).toBe(t.quote);
      expect(row?.variant).toBe(t.variant);
      expect(row?.team).toBe(t.team);
      expect(row?.ageBand).toBe(t.ageBand);
      expect(row?.at.getTime()).toBe(t.at);
    }
  });
});
