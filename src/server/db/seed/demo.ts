import { count, eq } from 'drizzle-orm';
import { normaliseJoinName } from '#core/auth/schemas.ts';
import { dateInZone } from '#core/i18n/format.ts';
import { hashSecret } from '../../auth/password.ts';
import type { Database } from '../client.ts';
import {
  activities,
  agendaDays,
  joinCodes,
  organisationRoles,
  organisations,
  programmeMembers,
  programmeOrganisations,
  programmes,
  teams,
  users,
} from '../schema.ts';
import { seedDemoAudit } from './demo-audit.ts';
import {
  DEMO_ACCOUNTS,
  DEMO_AGENDA,
  DEMO_JOIN_CODE,
  DEMO_JOINED,
  DEMO_JOINED_PIN,
  DEMO_ORGANISATIONS,
  DEMO_PASSWORD,
  DEMO_PROGRAMME_NAME,
  DEMO_TEAMS,
  DEMO_THEMES,
} from './demo-data.ts';
import { seedDemoFieldSession } from './demo-field.ts';

const ZONE = 'Asia/Jakarta';

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return (row?.n ?? 0) === 0;
}

export async function hasDemo(db: Database): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users).where(eq(users.email, 'admin@demo.test'));
  return (row?.n ?? 0) > 0;
}

/**
 * Seeds the demo programme in one transaction. The programme starts on the day of seeding (in Jakarta),
 * so a fresh demo always has "today's activities" to show. On a demo seeded before the audit's demo
 * accounts existed, only those are added.
 */
export async function seedDemo(db: Database, now: Date = new Date()): Promise<{ seeded: boolean }> {
  if (await hasDemo(db)) {
    await db.transaction((tx) => seedDemoAudit(tx, now));
    return { seeded: false };
  }
  const passwordHashes = await Promise.all(DEMO_ACCOUNTS.map(() => hashSecret(DEMO_PASSWORD)));
  const pinHashes = await Promise.all(DEMO_JOINED.map(() => hashSecret(DEMO_JOINED_PIN)));
  const startsOn = dateInZone(now, ZONE);

  await db.transaction(async (tx) => {
    const orgIds = new Map<string, string>();
    for (const org of DEMO_ORGANISATIONS) {
      const [row] = await tx
        .insert(organisations)
        .values({
          name: org.name,
          shortName: org.shortName,
          kind: org.kind,
          country: 'ID',
          parentId: org.parent ? (orgIds.get(org.parent) ?? null) : null,
        })
        .returning({ id: organisations.id });
      if (row) orgIds.set(org.key, row.id);
    }
    const org = (key: string) => orgIds.get(key) ?? null;

    const [programme] = await tx
      .insert(programmes)
      .values({
        name: DEMO_PROGRAMME_NAME,
        startsOn,
        endsOn: addDays(startsOn, DEMO_AGENDA.length - 1),
        venue: 'Hotel Contoh, Jakarta Pusat',
        timeZone: ZONE,
        themes: DEMO_THEMES,
      })
      .returning({ id: programmes.id });
    if (!programme) throw new Error('demo programme was not created');
    await tx
      .insert(programmeOrganisations)
      .values(['ksbn', 'kpmi'].map((key) => ({ programmeId: programme.id, organisationId: org(key) ?? '' })));

    const teamIds = new Map<string, string>();
    for (const team of DEMO_TEAMS) {
      const [row] = await tx
        .insert(teams)
        .values({ programmeId: programme.id, name: team.name, organisationId: org(team.organisation) })
        .returning({ id: teams.id });
      if (row) teamIds.set(team.name, row.id);
    }

    for (const [index, account] of DEMO_ACCOUNTS.entries()) {
      const [user] = await tx
        .insert(users)
        .values({
          email: account.email,
          name: account.name,
          passwordHash: passwordHashes[index] ?? null,
          isPlatformAdmin: account.isPlatformAdmin ?? false,
        })
        .returning({ id: users.id });
      if (!user) continue;
      if (account.organisation) {
        await tx.insert(organisationRoles).values({
          organisationId: org(account.organisation.key) ?? '',
          userId: user.id,
          role: account.organisation.role,
        });
      }
      if (account.programme) {
        await tx.insert(programmeMembers).values({
          programmeId: programme.id,
          userId: user.id,
          role: account.programme.role,
          organisationId: account.programme.organisation ? org(account.programme.organisation) : null,
          teamId: account.programme.team ? (teamIds.get(account.programme.team) ?? null) : null,
        });
      }
    }

    for (const [index, person] of DEMO_JOINED.entries()) {
      const [user] = await tx
        .insert(users)
        .values({ name: person.name, pinHash: pinHashes[index] ?? null })
        .returning({ id: users.id });
      if (!user) continue;
      await tx.insert(programmeMembers).values({
        programmeId: programme.id,
        userId: user.id,
        role: 'participant',
        organisationId: org(person.organisation),
        teamId: teamIds.get(person.team) ?? null,
        joinName: normaliseJoinName(person.name),
      });
    }

    for (const [index, day] of DEMO_AGENDA.entries()) {
      const [dayRow] = await tx
        .insert(agendaDays)
        .values({ programmeId: programme.id, date: addDays(startsOn, index), title: day.title })
        .returning({ id: agendaDays.id });
      if (!dayRow) continue;
      await tx
        .insert(activities)
        .values(
          day.activities.map((a) => ({ ...a, dayId: dayRow.id, programmeId: programme.id, notes: '' })),
        );
    }

    await tx.insert(joinCodes).values({ programmeId: programme.id, code: DEMO_JOIN_CODE, label: 'Peserta' });
    await seedDemoFieldSession(tx, programme.id, now);
    await seedDemoAudit(tx, now);
  });
  return { seeded: true };
}
