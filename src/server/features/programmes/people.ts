import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { canViewParticipant } from '#core/access/policy.ts';
import { AppError } from '#core/errors.ts';
import type {
  AddParticipantInput,
  CreateTeamInput,
  UpdateParticipantInput,
  UpdateTeamInput,
} from '#core/programme/schemas.ts';
import { writeAudit } from '../../audit/log.ts';
import { loadProgramme, type ProgrammeScope } from '../../auth/programme-access.ts';
import { duplicateAs } from '../../db/errors.ts';
import {
  assets,
  assetVersions,
  campaigns,
  fieldSessions,
  programmeMembers,
  teams,
  users,
} from '../../db/schema.ts';
import { assertUuid } from '../../http/ids.ts';
import { discardFiles } from '../../images.ts';
import type { Storage } from '../../storage/storage.ts';

type Programme = Awaited<ReturnType<typeof loadProgramme>>;

function presentMember(
  m: typeof programmeMembers.$inferSelect,
  user: { name: string; email: string | null },
) {
  return {
    id: m.id,
    userId: m.userId,
    name: user.name,
    email: user.email,
    role: m.role,
    organisationId: m.organisationId,
    teamId: m.teamId,
    joinedAt: m.joinedAt.toISOString(),
  };
}

export async function listParticipants(scope: ProgrammeScope, programmeId: string) {
  const programme = await loadProgramme(scope, programmeId);
  const rows = await scope.db
    .select({ member: programmeMembers, name: users.name, email: users.email })
    .from(programmeMembers)
    .innerJoin(users, eq(users.id, programmeMembers.userId))
    .where(eq(programmeMembers.programmeId, programme.id))
    .orderBy(asc(users.name));
  return rows
    .filter((r) => canViewParticipant(scope.actor, scope.tree, r.member))
    .map((r) => presentMember(r.member, r));
}

/** An organisation given for a participant or team must take part in the programme. */
function assertParticipatingOrganisation(programme: Programme, organisationId: string | null | undefined) {
  if (organisationId && !programme.organisationIds.includes(organisationId)) {
    throw new AppError('validation', { fields: [{ field: 'organisationId', rule: 'choice' }] });
  }
}

async function assertTeamOfProgramme(
  scope: ProgrammeScope,
  programmeId: string,
  teamId: string | null | undefined,
) {
  if (!teamId) return;
  const [team] = await scope.db
    .select({ id: teams.id })
    .from(teams)
    .where(and(eq(teams.id, teamId), eq(teams.programmeId, programmeId)));
  if (!team) throw new AppError('validation', { fields: [{ field: 'teamId', rule: 'choice' }] });
}

export async function addParticipant(
  scope: ProgrammeScope,
  programmeId: string,
  input: z.output<typeof AddParticipantInput>,
  ip: string,
) {
  const programme = await loadProgramme(scope, programmeId, 'manage');
  assertParticipatingOrganisation(programme, input.organisationId);
  await assertTeamOfProgramme(scope, programme.id, input.teamId);
  const [user] = await scope.db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(eq(users.email, input.email));
  if (!user) throw new AppError('validation', { fields: [{ field: 'email', rule: 'unknown_account' }] });
  const [member] = await scope.db
    .insert(programmeMembers)
    .values({
      programmeId: programme.id,
      userId: user.id,
      role: input.role,
      organisationId: input.organisationId ?? null,
      teamId: input.teamId ?? null,
    })
    .returning()
    .catch(duplicateAs());
  if (!member) throw new AppError('internal');
  await writeAudit(scope.db, {
    actorUserId: scope.actor.userId,
    action: 'programme.participant_added',
    targetType: 'programme_member',
    targetId: member.id,
    ip,
    details: { programmeId: programme.id, userId: user.id, role: input.role },
  });
  return presentMember(member, user);
}

async function memberOf(scope: ProgrammeScope, programmeId: string, memberId: string) {
  const [row] = await scope.db
    .select({ member: programmeMembers, name: users.name, email: users.email })
    .from(programmeMembers)
    .innerJoin(users, eq(users.id, programmeMembers.userId))
    .where(and(eq(programmeMembers.id, assertUuid(memberId)), eq(programmeMembers.programmeId, programmeId)))
    .limit(1);
  if (!row) throw new AppError('not_found');
  return row;
}

export async function updateParticipant(
  scope: ProgrammeScope,
  programmeId: string,
  memberId: string,
  input: z.output<typeof UpdateParticipantInput>,
  ip: string,
) {
  const programme = await loadProgramme(scope, programmeId, 'manage');
  const current = await memberOf(scope, programme.id, memberId);
  assertParticipatingOrganisation(programme, input.organisationId);
  await assertTeamOfProgramme(scope, programme.id, input.teamId);
  const patch = {
    role: input.role ?? current.member.role,
    organisationId: input.organisationId === undefined ? current.member.organisationId : input.organisationId,
    teamId: input.teamId === undefined ? current.member.teamId : input.teamId,
  };
  const [row] = await scope.db
    .update(programmeMembers)
    .set(patch)
    .where(eq(programmeMembers.id, current.member.id))
    .returning();
  await writeAudit(scope.db, {
    actorUserId: scope.actor.userId,
    action: 'programme.participant_updated',
    targetType: 'programme_member',
    targetId: current.member.id,
    ip,
    details: { programmeId: programme.id, ...patch },
  });
  return presentMember(row ?? current.member, current);
}

export async function removeParticipant(
  scope: ProgrammeScope,
  programmeId: string,
  memberId: string,
  ip: string,
) {
  const programme = await loadProgramme(scope, programmeId, 'manage');
  const current = await memberOf(scope, programme.id, memberId);
  await scope.db.delete(programmeMembers).where(eq(programmeMembers.id, current.member.id));
  await writeAudit(scope.db, {
    actorUserId: scope.actor.userId,
    action: 'programme.participant_removed',
    targetType: 'programme_member',
    targetId: current.member.id,
    ip,
    details: { programmeId: programme.id, userId: current.member.userId },
  });
}

// --- teams ---------------------------------------------------------------------------------------

export async function listTeams(scope: ProgrammeScope, programmeId: string) {
  const programme = await loadProgramme(scope, programmeId);
  const rows = await scope.db
    .select({
      id: teams.id,
      name: teams.name,
      organisationId: teams.organisationId,
      memberCount: count(programmeMembers.id),
    })
    .from(teams)
    .leftJoin(programmeMembers, eq(programmeMembers.teamId, teams.id))
    .where(eq(teams.programmeId, programme.id))
    .groupBy(teams.id)
    .orderBy(asc(teams.name));
  return rows.map((r) => ({ ...r, memberCount: Number(r.memberCount) }));
}

export async function createTeam(
  scope: ProgrammeScope,
  programmeId: string,
  input: z.output<typeof CreateTeamInput>,
) {
  const programme = await loadProgramme(scope, programmeId, 'manage');
  assertParticipatingOrganisation(programme, input.organisationId);
  const [row] = await scope.db
    .insert(teams)
    .values({ programmeId: programme.id, name: input.name, organisationId: input.organisationId ?? null })
    .returning()
    .catch(duplicateAs());
  if (!row) throw new AppError('internal');
  return { id: row.id, name: row.name, organisationId: row.organisationId, memberCount: 0 };
}

async function teamOf(scope: ProgrammeScope, programmeId: string, teamId: string) {
  const [row] = await scope.db
    .select()
    .from(teams)
    .where(and(eq(teams.id, assertUuid(teamId)), eq(teams.programmeId, programmeId)))
    .limit(1);
  if (!row) throw new AppError('not_found');
  return row;
}

export async function updateTeam(
  scope: ProgrammeScope,
  programmeId: string,
  teamId: string,
  input: z.output<typeof UpdateTeamInput>,
) {
  const programme = await loadProgramme(scope, programmeId, 'manage');
  const current = await teamOf(scope, programme.id, teamId);
  assertParticipatingOrganisation(programme, input.organisationId);
  const [row] = await scope.db
    .update(teams)
    .set({
      name: input.name ?? current.name,
      organisationId: input.organisationId === undefined ? current.organisationId : input.organisationId,
    })
    .where(eq(teams.id, current.id))
    .returning()
    .catch(duplicateAs());
  return {
    id: current.id,
    name: row?.name ?? current.name,
    organisationId: row ? row.organisationId : current.organisationId,
  };
}

/**
 * Deleting a team deletes its campaign plans, and with them their posters' rows, and takes it out of the
 * programme's field sessions; the posters' stored files are removed once the rows are gone (a file that cannot be removed is logged, never fatal: the rows,
 * which are what the app reads, are already deleted).
 */
export async function deleteTeam(
  scope: ProgrammeScope,
  storage: Storage,
  programmeId: string,
  teamId: string,
) {
  const programme = await loadProgramme(scope, programmeId, 'manage');
  const current = await teamOf(scope, programme.id, teamId);
  const files = await scope.db
    .select({ storageKey: assetVersions.storageKey, thumbnailKey: assetVersions.thumbnailKey })
    .from(assetVersions)
    .innerJoin(assets, eq(assets.id, assetVersions.assetId))
    .innerJoin(campaigns, eq(campaigns.id, assets.campaignId))
    .where(eq(campaigns.teamId, current.id));
  await scope.db.transaction(async (tx) => {
    // Field sessions name their teams in a list: the deleted team leaves every list it is in. Its tallies
    // keep its id (the counts stay, as for a removed variant).
    await tx.execute(
      sql`update ${fieldSessions} set team_ids = team_ids - ${current.id}::text
        where programme_id = ${programme.id} and team_ids ? ${current.id}::text`,
    );
    await tx.delete(teams).where(eq(teams.id, current.id));
  });
  for (const version of files) await discardFiles(storage, version, 'a deleted team’s poster');
}
