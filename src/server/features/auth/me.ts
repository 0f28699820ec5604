import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { organisationRoles, organisations, programmeMembers, programmes } from '../../db/schema.ts';
import type { SessionUser } from '../../http/context.ts';

/** What the client knows about the signed-in person: who they are and where they belong. */
export async function presentMe(db: Database, user: Omit<SessionUser, 'sessionId'>) {
  const [orgs, progs] = await Promise.all([
    db
      .select({ id: organisations.id, name: organisations.name, role: organisationRoles.role })
      .from(organisationRoles)
      .innerJoin(organisations, eq(organisations.id, organisationRoles.organisationId))
      .where(eq(organisationRoles.userId, user.id))
      .orderBy(organisations.name),
    db
      .select({ id: programmes.id, name: programmes.name, role: programmeMembers.role })
      .from(programmeMembers)
      .innerJoin(programmes, eq(programmes.id, programmeMembers.programmeId))
      .where(eq(programmeMembers.userId, user.id))
      .orderBy(programmes.startsOn),
  ]);
  return {
    user: {
      id: user.id,
      name: user.name,
      email: user.email,
      locale: user.locale,
      isPlatformAdmin: user.isPlatformAdmin,
    },
    organisations: orgs,
    programmes: progs,
  };
}
