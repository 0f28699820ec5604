/**
 * The demo's field session: join code `DEMO-CFD`, two posters to compare, the demo's teams. It must be open
 * whenever the demo runs, yet the demo is seeded once: so its window is not fixed but kept around the
 * present — a day either side of now — when the server starts and every hour after (`keepDemoFieldSessionOpen`).
 * Only this session moves; sessions made by people keep the times they were given.
 */
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { shortCode } from '#core/field/links.ts';
import { DEFAULT_RETENTION_DAYS } from '#core/field/retention.ts';
import type { Database } from '../client.ts';
import { fieldSessions, programmes, teams } from '../schema.ts';
import { DEMO_PROGRAMME_NAME } from './demo-data.ts';

export const DEMO_FIELD_CODE = 'DEMO-CFD';
const DAY_MS = 86_400_000;

export const DEMO_FIELD_VARIANTS = [
  {
    id: 'poster-a',
    name: 'Poster A: Transisi Berkeadilan',
    targetUrl: 'https://example.org/transisi-berkeadilan',
  },
  {
    id: 'poster-b',
    name: 'Poster B: Kebebasan Berserikat',
    targetUrl: 'https://example.org/kebebasan-berserikat',
  },
];

/** A day either side of now: open whatever the hour and the zone of whoever tries the demo. */
export function demoFieldWindow(now: Date) {
  return { startsAt: new Date(now.getTime() - DAY_MS), endsAt: new Date(now.getTime() + DAY_MS) };
}

/** Inserts the demo field session into the demo programme (inside the demo's seeding transaction). */
export async function seedDemoFieldSession(db: Database, programmeId: string, now: Date) {
  const teamRows = await db.select({ id: teams.id }).from(teams).where(eq(teams.programmeId, programmeId));
  await db.insert(fieldSessions).values({
    programmeId,
    name: 'Kampanye lapangan: Car Free Day (demo)',
    place: 'Bundaran HI, Jakarta',
    ...demoFieldWindow(now),
    timeZone: 'Asia/Jakarta',
    joinCode: DEMO_FIELD_CODE,
    variants: DEMO_FIELD_VARIANTS.map((v) => ({
      ...v,
      campaignId: null,
      assetId: null,
      shortCode: shortCode((n) => randomBytes(n)),
    })),
    extraOutcomes: [{ id: 'joined', label: { id: 'Ikut', en: 'Signed up or followed' }, colour: '--c-info' }],
    teamIds: teamRows.map((t) => t.id),
    retentionDays: DEFAULT_RETENTION_DAYS,
    scanSalt: randomBytes(32).toString('hex'),
  });
}

/**
 * Moves the demo field session's window around `now`; adds the session to a demo seeded before field
 * sessions existed. Does nothing without the demo programme.
 */
export async function keepDemoFieldSessionOpen(db: Database, now: Date): Promise<void> {
  const moved = await db
    .update(fieldSessions)
    .set(demoFieldWindow(now))
    .where(eq(fieldSessions.joinCode, DEMO_FIELD_CODE))
    .returning({ id: fieldSessions.id });
  if (moved.length > 0) return;
  const [programme] = await db
    .select({ id: programmes.id })
    .from(programmes)
    .where(eq(programmes.name, DEMO_PROGRAMME_NAME))
    .limit(1);
  if (programme) await seedDemoFieldSession(db, programme.id, now);
}
