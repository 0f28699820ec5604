import { eq } from 'drizzle-orm';
import type { Context } from 'hono';
import type { Actor, OrganisationRole, OrganisationTree, ProgrammeRole } from '#core/access/roles.ts';
import { AppError } from '#core/errors.ts';
import type { Database } from '../db/client.ts';
import { organisationRoles, organisations, programmeMembers } from '../db/schema.ts';
import type { AppEnv, SessionUser } from '../http/context.ts';

export async function loadActor(
  db: Database,
  user: Pick<SessionUser, 'id' | 'isPlatformAdmin'>,
): Promise<Actor> {
  const [orgRoles, progRoles] = await Promise.all([
    db
      .select({ organisationId: organisationRoles.organisationId, role: organisationRoles.role })
      .from(organisationRoles)
      .where(eq(organisationRoles.userId, user.id)),
    db
      .select({
        programmeId: programmeMembers.programmeId,
        role: programmeMembers.role,
        organisationId: programmeMembers.organisationId,
        teamId: programmeMembers.teamId,
      })
      .from(programmeMembers)
      .where(eq(programmeMembers.userId, user.id)),
  ]);
  return {
    userId: user.id,
    isPlatformAdmin: user.isPlatformAdmin,
    organisationRoles: orgRoles.map((r) => ({ ...r, role: r.role as OrganisationRole })),
    programmeRoles: progRoles.map((r) => ({ ...r, role: r.role as ProgrammeRole })),
  };
}

/** The signed-in user, or 401. */
export function requireUser(c: Context<AppEnv>): SessionUser {
  const user = c.get('user');
  if (!user) throw new AppError('unauthenticated');
  return user;
}

/** The signed-in user's actor (loaded once per request), or 401. */
export async function requireActor(c: Context<AppEnv>): Promise<Actor> {
  const cached = c.get('actor');
  if (cached) return cached;
  const actor = await loadActor(c.get('deps').db, requireUser(c));
  c.set('actor', actor);
  return actor;
}

/** The whole organisation hierarchy as child → parent. Organisations number in the hundreds at most. */
export async function loadOrganisationTree(db: Database): Promise<OrganisationTree> {
  const rows = await db
    .select({ id: organisations.id, parentId: organisations.parentId })
    .from(organisations);
  return new Map(rows.map((r) => [r.id, r.parentId]));
}

/** What every use-case receives: the database, who is asking, and the organisation tree for policies. */
export interface Scope {
  db: Database;
  actor: Actor;
  tree: OrganisationTree;
}

export async function scopeOf(c: Context<AppEnv>): Promise<Scope> {
  const { db } = c.get('deps');
  const actor = await requireActor(c);
  return { db, actor, tree: await loadOrganisationTree(db) };
}
