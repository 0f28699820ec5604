/** Accounts, their follower counts and their import history. */
import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { CreateAccountInput, FollowerSnapshotInput, UpdateAccountInput } from '#core/audit/schemas.ts';
import { AppError } from '#core/errors.ts';
import type { Scope } from '../../auth/actor.ts';
import { duplicateAs } from '../../db/errors.ts';
import { auditImports, followerSnapshots, organisations, socialAccounts } from '../../db/schema.ts';
import { auditAccess, loadAccount } from './access.ts';
import type { AccountRow } from './import.ts';

export function presentAccount(row: AccountRow, manage: boolean) {
  return {
    id: row.id,
    organisationId: row.organisationId,
    platform: row.platform,
    handle: row.handle,
    displayName: row.displayName,
    timeZone: row.timeZone,
    columnMapping: row.columnMapping,
    canManage: manage,
  };
}

/** Every account the actor may see, with its organisation's name, grouped by the caller. */
export async function listAccounts(scope: Scope) {
  const access = await auditAccess(scope);
  const rows = await scope.db
    .select({ account: socialAccounts, organisation: organisations.name })
    .from(socialAccounts)
    .innerJoin(organisations, eq(organisations.id, socialAccounts.organisationId))
    .orderBy(asc(organisations.name), asc(socialAccounts.platform), asc(socialAccounts.handle));
  const visible = rows.filter((r) => access.view(r.account.organisationId));
  const manageable = [...scope.tree.keys()].filter((id) => access.manage(id));
  const orgRows =
    manageable.length === 0
      ? []
      : await scope.db
          .select({ id: organisations.id, name: organisations.name })
          .from(organisations)
          .where(inArray(organisations.id, manageable))
          .orderBy(asc(organisations.name));
  return {
    accounts: visible.map((r) => ({
      ...presentAccount(r.account, access.manage(r.account.organisationId)),
      organisationName: r.organisation,
    })),
    /** Where the actor may add an account. */
    organisations: orgRows,
  };
}

export async function createAccount(scope: Scope, input: z.output<typeof CreateAccountInput>) {
  const access = await auditAccess(scope);
  if (!access.manage(input.organisationId)) throw new AppError('forbidden');
  try {
    const [row] = await scope.db
      .insert(socialAccounts)
      .values({
        organisationId: input.organisationId,
        platform: input.platform,
        handle: input.handle,
        displayName: input.displayName ?? '',
        timeZone: input.timeZone ?? 'Asia/Jakarta',
      })
      .returning();
    if (!row) throw new AppError('internal');
    return presentAccount(row, true);
  } catch (error) {
    return duplicateAs('conflict')(error);
  }
}

export async function updateAccount(scope: Scope, id: string, input: z.output<typeof UpdateAccountInput>) {
  const { account } = await loadAccount(scope, id, 'manage');
  const [row] = await scope.db
    .update(socialAccounts)
    .set({
      displayName: input.displayName ?? account.displayName,
      timeZone: input.timeZone ?? account.timeZone,
    })
    .where(eq(socialAccounts.id, account.id))
    .returning();
  return presentAccount(row ?? account, true);
}

export async function getAccount(scope: Scope, id: string) {
  const { account, manage } = await loadAccount(scope, id);
  const [snapshots, imports] = await Promise.all([
    scope.db
      .select({
        date: followerSnapshots.date,
        followers: followerSnapshots.followers,
        source: followerSnapshots.source,
      })
      .from(followerSnapshots)
      .where(eq(followerSnapshots.accountId, account.id))
      .orderBy(asc(followerSnapshots.date)),
    scope.db
      .select()
      .from(auditImports)
      .where(eq(auditImports.accountId, account.id))
      .orderBy(desc(auditImports.createdAt))
      .limit(50),
  ]);
  const [organisation] = await scope.db
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, account.organisationId));
  return {
    account: { ...presentAccount(account, manage), organisationName: organisation?.name ?? '' },
    followers: snapshots,
    imports: imports.map((i) => ({
      id: i.id,
      fileName: i.fileName,
      format: i.format,
      rows: i.rows,
      imported: i.imported,
      updated: i.updated,
      skippedForeign: i.skippedForeign,
      at: i.createdAt.toISOString(),
    })),
  };
}

/** A follower count typed in; a count for the same day replaces the earlier one. */
export async function addFollowerSnapshot(
  scope: Scope,
  id: string,
  input: z.output<typeof FollowerSnapshotInput>,
) {
  const { account } = await loadAccount(scope, id, 'manage');
  await scope.db
    .insert(followerSnapshots)
    .values({ accountId: account.id, date: input.date, followers: input.followers, source: 'typed' })
    .onConflictDoUpdate({
      target: [followerSnapshots.accountId, followerSnapshots.date],
      set: { followers: input.followers, source: 'typed' },
    });
  return { date: input.date, followers: input.followers, source: 'typed' };
}
