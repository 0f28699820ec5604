/**
 * The accounts of one platform side by side: every account the actor may see, each with its KPIs over the
 * same window and the same programme's thresholds. One request for the comparison page instead of one per
 * account; each account's figures are exactly those of its own audit page (`kpisOfAccount`).
 */
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { kpisJson } from '#core/audit/kpis.ts';
import { PLATFORMS } from '#core/audit/model.ts';
import { AUDIENCE_BASIS } from '#core/audit/post-values.ts';
import { KpiContextQuery } from '#core/audit/schemas.ts';
import type { Scope } from '../../auth/actor.ts';
import { organisations, socialAccounts } from '../../db/schema.ts';
import { auditAccess } from './access.ts';
import { presentAccount } from './accounts.ts';
import { kpisOfAccount } from './kpis.ts';
import { programmeThresholds } from './thresholds.ts';

export const CompareQuery = KpiContextQuery.extend({ platform: z.enum(PLATFORMS) });

export async function compareAccounts(scope: Scope, query: z.output<typeof CompareQuery>) {
  const { platform } = query;
  const access = await auditAccess(scope);
  const rows = await scope.db
    .select({ account: socialAccounts, organisation: organisations.name })
    .from(socialAccounts)
    .innerJoin(organisations, eq(organisations.id, socialAccounts.organisationId))
    .where(eq(socialAccounts.platform, platform))
    .orderBy(asc(organisations.name), asc(socialAccounts.handle));
  // Decided per organisation exactly as the account routes decide (loadAccount, listAccounts).
  const visible = rows.filter((r) => access.view(r.account.organisationId));
  const thresholds = await programmeThresholds(scope, query.programme, platform);
  const window = { ...(query.from ? { from: query.from } : {}), ...(query.to ? { to: query.to } : {}) };
  const accounts = await Promise.all(
    visible.map(async (r) => {
      const { kpis } = await kpisOfAccount(scope.db, r.account, window, thresholds);
      return {
        account: {
          ...presentAccount(r.account, access.manage(r.account.organisationId)),
          organisationName: r.organisation,
        },
        // Null for an account with no posts to default a window to (as on its own page).
        kpis: kpis ? kpisJson(kpis) : null,
      };
    }),
  );
  return { platform, basis: AUDIENCE_BASIS[platform], accounts };
}
