import { eq } from 'drizzle-orm';
import { canManageProgramme, canViewProgramme } from '#core/access/policy.ts';
import { AppError } from '#core/errors.ts';
import { programmeOrganisations, programmes } from '../db/schema.ts';
import { assertUuid } from '../http/ids.ts';
import type { Scope } from './actor.ts';

/** Kept for readability where a use-case works inside one programme. */
export type ProgrammeScope = Scope;

/**
 * Loads a programme the actor may see, or 404 (an invisible programme is indistinguishable from a missing
 * one). With `manage`, a visible programme the actor may not manage is a 403.
 */
export async function loadProgramme(scope: ProgrammeScope, id: string, need: 'view' | 'manage' = 'view') {
  const [programme] = await scope.db
    .select()
    .from(programmes)
    .where(eq(programmes.id, assertUuid(id)))
    .limit(1);
  if (!programme) throw new AppError('not_found');
  const orgRows = await scope.db
    .select({ id: programmeOrganisations.organisationId })
    .from(programmeOrganisations)
    .where(eq(programmeOrganisations.programmeId, programme.id));
  const organisationIds = orgRows.map((r) => r.id);
  if (!canViewProgramme(scope.actor, scope.tree, { id: programme.id, organisationIds })) {
    throw new AppError('not_found');
  }
  if (need === 'manage' && !canManageProgramme(scope.actor, programme.id)) throw new AppError('forbidden');
  return { ...programme, organisationIds };
}
