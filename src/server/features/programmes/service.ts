import { eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import {
  canCreateProgramme,
  canManageProgramme,
  canViewProgramme,
  programmeRoleOf,
} from '#core/access/policy.ts';
import { AppError } from '#core/errors.ts';
import type { CreateProgrammeInput, UpdateProgrammeInput } from '#core/programme/schemas.ts';
import { writeAudit } from '../../audit/log.ts';
import { loadProgramme, type ProgrammeScope } from '../../auth/programme-access.ts';
import type { Database } from '../../db/client.ts';
import { organisations, programmeMembers, programmeOrganisations, programmes } from '../../db/schema.ts';

type ProgrammeRow = typeof programmes.$inferSelect;

function presentProgramme(p: ProgrammeRow, orgs: Array<{ id: string; name: string }>) {
  return {
    id: p.id,
    name: p.name,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    venue: p.venue,
    timeZone: p.timeZone,
    themes: p.themes,
    organisations: orgs,
  };
}

async function organisationNames(db: Database, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.id, [...ids]))
    .orderBy(organisations.name);
}

async function assertOrganisationsExist(db: Database, ids: readonly string[]) {
  const found = await organisationNames(db, ids);
  if (found.length !== new Set(ids).size) {
    throw new AppError('validation', { fields: [{ field: 'organisationIds', rule: 'choice' }] });
  }
}

export async function listProgrammes(scope: ProgrammeScope) {
  const rows = await scope.db.select().from(programmes).orderBy(programmes.startsOn);
  const links = await scope.db.select().from(programmeOrganisations);
  return rows
    .filter((p) =>
      canViewProgramme(scope.actor, scope.tree, {
        id: p.id,
        organisationIds: links.filter((l) => l.programmeId === p.id).map((l) => l.organisationId),
      }),
    )
    .map((p) => ({
      id: p.id,
      name: p.name,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      venue: p.venue,
      timeZone: p.timeZone,
      myRole: programmeRoleOf(scope.actor, p.id),
    }));
}

export async function getProgramme(scope: ProgrammeScope, id: string) {
  const programme = await loadProgramme(scope, id);
  return {
    programme: presentProgramme(programme, await organisationNames(scope.db, programme.organisationIds)),
    myRole: programmeRoleOf(scope.actor, programme.id),
    can: { manage: canManageProgramme(scope.actor, programme.id) },
  };
}

export async function createProgramme(
  scope: ProgrammeScope,
  input: z.output<typeof CreateProgrammeInput>,
  ip: string,
) {
  if (!canCreateProgramme(scope.actor)) throw new AppError('forbidden');
  const orgIds = [...new Set(input.organisationIds ?? [])];
  await assertOrganisationsExist(scope.db, orgIds);
  const created = await scope.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(programmes)
      .values({
        name: input.name,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        venue: input.venue ?? '',
        timeZone: input.timeZone ?? 'Asia/Jakarta',
        themes: input.themes ?? [],
        createdBy: scope.actor.userId,
      })
      .returning();
    if (!row) throw new AppError('internal');
    if (orgIds.length > 0) {
      await tx
        .insert(programmeOrganisations)
        .values(orgIds.map((organisationId) => ({ programmeId: row.id, organisationId })));
    }
    await tx
      .insert(programmeMembers)
      .values({ programmeId: row.id, userId: scope.actor.userId, role: 'facilitator' });
    return row;
  });
  await writeAudit(scope.db, {
    actorUserId: scope.actor.userId,
    action: 'programme.created',
    targetType: 'programme',
    targetId: created.id,
    ip,
  });
  return presentProgramme(created, await organisationNames(scope.db, orgIds));
}

export async function updateProgramme(
  scope: ProgrammeScope,
  id: string,
  input: z.output<typeof UpdateProgrammeInput>,
  ip: string,
) {
  const current = await loadProgramme(scope, id, 'manage');
  const startsOn = input.startsOn ?? current.startsOn;
  const endsOn = input.endsOn ?? current.endsOn;
  if (endsOn < startsOn)
    throw new AppError('validation', { fields: [{ field: 'endsOn', rule: 'date_order' }] });
  const orgIds = input.organisationIds ? [...new Set(input.organisationIds)] : null;
  if (orgIds) await assertOrganisationsExist(scope.db, orgIds);
  const updated = await scope.db.transaction(async (tx) => {
    const [row] = await tx
      .update(programmes)
      .set({
        name: input.name ?? current.name,
        startsOn,
        endsOn,
        venue: input.venue ?? current.venue,
        timeZone: input.timeZone ?? current.timeZone,
        themes: input.themes ?? current.themes,
        updatedAt: new Date(),
      })
      .where(eq(programmes.id, current.id))
      .returning();
    if (orgIds) {
      await tx.delete(programmeOrganisations).where(eq(programmeOrganisations.programmeId, current.id));
      if (orgIds.length > 0) {
        await tx
          .insert(programmeOrganisations)
          .values(orgIds.map((organisationId) => ({ programmeId: current.id, organisationId })));
      }
    }
    return row ?? current;
  });
  await writeAudit(scope.db, {
    actorUserId: scope.actor.userId,
    action: 'programme.updated',
    targetType: 'programme',
    targetId: current.id,
    ip,
    details: { fields: Object.keys(input) },
  });
  return presentProgramme(updated, await organisationNames(scope.db, orgIds ?? current.organisationIds));
}
