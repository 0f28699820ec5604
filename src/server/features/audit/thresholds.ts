/** A programme's flag thresholds: where it departs from the defaults in docs/metrics.md, per platform. */
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { defaultThresholds, type FlagThresholds } from '#core/audit/flags.ts';
import { PLATFORMS, type Platform } from '#core/audit/model.ts';
import { AuditThresholdsInput } from '#core/audit/schemas.ts';
import type { Scope } from '../../auth/actor.ts';
import { loadProgramme } from '../../auth/programme-access.ts';
import { programmes } from '../../db/schema.ts';

type Stored = z.output<typeof AuditThresholdsInput>;

/** What is stored, read defensively: anything that no longer fits the schema counts as not set. */
function storedOf(value: unknown): Stored {
  const parsed = AuditThresholdsInput.safeParse(value);
  return parsed.success ? parsed.data : {};
}

export async function getThresholds(scope: Scope, programmeId: string) {
  const programme = await loadProgramme(scope, programmeId);
  const defaults = Object.fromEntries(PLATFORMS.map((p) => [p, defaultThresholds(p)])) as Record<
    Platform,
    FlagThresholds
  >;
  return { thresholds: storedOf(programme.auditThresholds), defaults };
}

export async function saveThresholds(scope: Scope, programmeId: string, input: Stored) {
  const programme = await loadProgramme(scope, programmeId, 'manage');
  await scope.db.update(programmes).set({ auditThresholds: input }).where(eq(programmes.id, programme.id));
  return getThresholds(scope, programme.id);
}

/** The overrides a programme sets for one platform (empty without a programme). */
export async function programmeThresholds(
  scope: Scope,
  programmeId: string | undefined,
  platform: Platform,
): Promise<Partial<FlagThresholds>> {
  if (!programmeId) return {};
  const programme = await loadProgramme(scope, programmeId);
  return storedOf(programme.auditThresholds)[platform] ?? {};
}
