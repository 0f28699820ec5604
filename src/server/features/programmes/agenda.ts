import { and, asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '#core/errors.ts';
import { dateInZone } from '#core/i18n/format.ts';
import type {
  CreateActivityInput,
  CreateDayInput,
  UpdateActivityInput,
  UpdateDayInput,
} from '#core/programme/schemas.ts';
import { loadProgramme, type ProgrammeScope } from '../../auth/programme-access.ts';
import { duplicateAs } from '../../db/errors.ts';
import { activities, agendaDays } from '../../db/schema.ts';
import { assertUuid } from '../../http/ids.ts';

export async function getAgenda(scope: ProgrammeScope, programmeId: string, now: Date) {
  const programme = await loadProgramme(scope, programmeId);
  const days = await scope.db
    .select()
    .from(agendaDays)
    .where(eq(agendaDays.programmeId, programme.id))
    .orderBy(asc(agendaDays.date));
  const acts = await scope.db
    .select()
    .from(activities)
    .where(eq(activities.programmeId, programme.id))
    .orderBy(asc(activities.startsAt), asc(activities.title));
  return {
    today: dateInZone(now, programme.timeZone),
    timeZone: programme.timeZone,
    days: days.map((d) => ({
      id: d.id,
      date: d.date,
      title: d.title,
      activities: acts
        .filter((a) => a.dayId === d.id)
        .map(({ id, startsAt, endsAt, title, module, notes }) => ({
          id,
          startsAt,
          endsAt,
          title,
          module,
          notes,
        })),
    })),
  };
}

async function dayOf(scope: ProgrammeScope, programmeId: string, dayId: string) {
  const [day] = await scope.db
    .select()
    .from(agendaDays)
    .where(and(eq(agendaDays.id, assertUuid(dayId)), eq(agendaDays.programmeId, programmeId)))
    .limit(1);
  if (!day) throw new AppError('not_found');
  return day;
}

export async function createDay(
  scope: ProgrammeScope,
  programmeId: string,
  input: z.output<typeof CreateDayInput>,
) {
  const programme = await loadProgramme(scope, programmeId, 'manage');
  const [day] = await scope.db
    .insert(agendaDays)
    .values({ programmeId: programme.id, date: input.date, title: input.title ?? '' })
    .returning()
    .catch(duplicateAs());
  return { id: day?.id, date: day?.date, title: day?.title, activities: [] };
}

export async function updateDay(
  scope: ProgrammeScope,
  programmeId: string,
  dayId: string,
  input: z.output<typeof UpdateDayInput>,
) {
  const programme = await loadProgramme(scope, programmeId, 'manage');
  const day = await dayOf(scope, programme.id, dayId);
  const [row] = await scope.db
    .update(agendaDays)
    .set({ date: input.date ?? day.date, title: input.title ?? day.title })
    .where(eq(agendaDays.id, day.id))
    .returning()
    .catch(duplicateAs());
  return { id: row?.id, date: row?.date, title: row?.title };
}

export async function deleteDay(scope: ProgrammeScope, programmeId: string, dayId: string) {
  const programme = await loadProgramme(scope, programmeId, 'manage');
  const day = await dayOf(scope, programme.id, dayId);
  await scope.db.delete(agendaDays).where(eq(agendaDays.id, day.id));
}

export async function createActivity(
  scope: ProgrammeScope,
  programmeId: string,
  dayId: string,
  input: z.output<typeof CreateActivityInput>,
) {
  const programme = await loadProgramme(scope, programmeId, 'manage');
  const day = await dayOf(scope, programme.id, dayId);
  const [row] = await scope.db
    .insert(activities)
    .values({ ...input, notes: input.notes ?? '', dayId: day.id, programmeId: programme.id })
    .returning();
  if (!row) throw new AppError('internal');
  const { id, startsAt, endsAt, title, module, notes } = row;
  return { id, dayId: day.id, startsAt, endsAt, title, module, notes };
}

async function activityOf(scope: ProgrammeScope, programmeId: string, activityId: string) {
  const [row] = await scope.db
    .select()
    .from(activities)
    .where(and(eq(activities.id, assertUuid(activityId)), eq(activities.programmeId, programmeId)))
    .limit(1);
  if (!row) throw new AppError('not_found');
  return row;
}

export async function updateActivity(
  scope: ProgrammeScope,
  programmeId: string,
  activityId: string,
  input: z.output<typeof UpdateActivityInput>,
) {
  const programme = await loadProgramme(scope, programmeId, 'manage');
  const current = await activityOf(scope, programme.id, activityId);
  const next = {
    startsAt: input.startsAt ?? current.startsAt,
    endsAt: input.endsAt ?? current.endsAt,
    title: input.title ?? current.title,
    module: input.module ?? current.module,
    notes: input.notes ?? current.notes,
  };
  if (next.endsAt < next.startsAt) {
    throw new AppError('validation', { fields: [{ field: 'endsAt', rule: 'time_order' }] });
  }
  await scope.db.update(activities).set(next).where(eq(activities.id, current.id));
  return { id: current.id, dayId: current.dayId, ...next };
}

export async function deleteActivity(scope: ProgrammeScope, programmeId: string, activityId: string) {
  const programme = await loadProgramme(scope, programmeId, 'manage');
  const current = await activityOf(scope, programme.id, activityId);
  await scope.db.delete(activities).where(eq(activities.id, current.id));
}
