/** Loading an account the actor may see (or manage), with what the audit policy needs to decide. */
import { and, eq, inArray } from 'drizzle-orm';
import { canManageAudit, canViewAudit, type ProgrammeReach } from '#core/audit/policy.ts';
import { AppError } from '#core/errors.ts';
import type { Scope } from '../../auth/actor.ts';
import { programmeMembers, programmeOrganisations, socialAccounts } from '../../db/schema.ts';
import { assertUuid } from '../../http/ids.ts';

/** The organisations of the programmes the actor facilitates or reviews. */
export async function reachOf(scope: Scope): Promise<ProgrammeReach> {
  const rows = await scope.db
    .select({ role: programmeMembers.role, organisationId: programmeOrganisations.organisationId })
    .from(programmeMembers)
    .innerJoin(programmeOrganisations, eq(programmeOrganisations.programmeId, programmeMembers.programmeId))
    .where(
      and(
        eq(programmeMembers.userId, scope.actor.userId),
        inArray(programmeMembers.role, ['facilitator', 'reviewer']),
      ),
    );
  return {
    facilitated: new Set(rows.filter((r) => r.role === 'facilitator').map((r) => r.organisationId)),
    reviewed: new Set(rows.filter((r) => r.role === 'reviewer').map((r) => r.organisationId)),
  };
}

export interface AuditAccess {
  view: (organisationId: string) => boolean;
  manage: (organisationId: string) => boolean;
}

export async function auditAccess(scope: Scope): Promise<AuditAccess> {
  const reach = await reachOf(scope);
  return {
    view: (id) => canViewAudit(scope.actor, scope.tree, reach, id),
    manage: (id) => canManageAudit(scope.actor, scope.tree, reach, id),
  };
}

/**
 * An account the actor may see, or 404 (an invisible account is indistinguishable from a missing one);
 * with `manage`, a visible account the actor may not change is a 403.
 */
export async function loadAccount(scope: Scope, id: string, need: 'view' | 'manage' = 'view') {
  const [account] = await scope.db
    .select()
    .from(socialAccounts)
    .where(eq(socialAccounts.id, assertUuid(id)))
    .limit(1);
  if (!account) throw new AppError('not_found');
  const access = await auditAccess(scope);
  if (!access.view(account.organisationId)) throw new AppError('not_found');
  const manage = access.manage(account.organisationId);
  if (need === 'manage' && !manage) throw new AppError('forbidden');
  return { account, manage };
}
