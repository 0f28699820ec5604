import { randomBytes } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import QRCode from 'qrcode';
import type { z } from 'zod';
import { AppError } from '#core/errors.ts';
import {
  type CreateJoinCodeInput,
  joinCodeFromBytes,
  type UpdateJoinCodeInput,
} from '#core/programme/schemas.ts';
import { writeAudit } from '../../audit/log.ts';
import { loadProgramme, type ProgrammeScope } from '../../auth/programme-access.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { joinCodes } from '../../db/schema.ts';
import { assertUuid } from '../../http/ids.ts';

export function joinUrl(origin: string, code: string): string {
  return `${origin}/join/${encodeURIComponent(code)}`;
}

function present(row: typeof joinCodes.$inferSelect, origin: string) {
  return { id: row.id, code: row.code, label: row.label, active: row.active, url: joinUrl(origin, row.code) };
}

export async function listJoinCodes(scope: ProgrammeScope, programmeId: string, origin: string) {
  const programme = await loadProgramme(scope, programmeId, 'manage');
  const rows = await scope.db
    .select()
    .from(joinCodes)
    .where(eq(joinCodes.programmeId, programme.id))
    .orderBy(asc(joinCodes.createdAt));
  return rows.map((r) => present(r, origin));
}

export async function createJoinCode(
  scope: ProgrammeScope,
  programmeId: string,
  input: z.output<typeof CreateJoinCodeInput>,
  origin: string,
  ip: string,
) {
  const programme = await loadProgramme(scope, programmeId, 'manage');
  // 31^8 codes: a collision is rare, and simply retried.
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const [row] = await scope.db
        .insert(joinCodes)
        .values({
          programmeId: programme.id,
          code: joinCodeFromBytes(randomBytes(8)),
          label: input.label ?? '',
        })
        .returning();
      if (!row) throw new AppError('internal');
      await writeAudit(scope.db, {
        actorUserId: scope.actor.userId,
        action: 'programme.join_code_created',
        targetType: 'join_code',
        targetId: row.id,
        ip,
        details: { programmeId: programme.id },
      });
      return present(row, origin);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new AppError('conflict');
}

async function codeOf(scope: ProgrammeScope, programmeId: string, codeId: string) {
  const [row] = await scope.db
    .select()
    .from(joinCodes)
    .where(and(eq(joinCodes.id, assertUuid(codeId)), eq(joinCodes.programmeId, programmeId)))
    .limit(1);
  if (!row) throw new AppError('not_found');
  return row;
}

export async function updateJoinCode(
  scope: ProgrammeScope,
  programmeId: string,
  codeId: string,
  input: z.output<typeof UpdateJoinCodeInput>,
  origin: string,
  ip: string,
) {
  const programme = await loadProgramme(scope, programmeId, 'manage');
  const current = await codeOf(scope, programme.id, codeId);
  const [row] = await scope.db
    .update(joinCodes)
    .set({ label: input.label ?? current.label, active: input.active ?? current.active })
    .where(eq(joinCodes.id, current.id))
    .returning();
  await writeAudit(scope.db, {
    actorUserId: scope.actor.userId,
    action: 'programme.join_code_updated',
    targetType: 'join_code',
    targetId: current.id,
    ip,
    details: { ...input },
  });
  return present(row ?? current, origin);
}

export async function joinCodeQrSvg(
  scope: ProgrammeScope,
  programmeId: string,
  codeId: string,
  origin: string,
) {
  const programme = await loadProgramme(scope, programmeId, 'manage');
  const row = await codeOf(scope, programme.id, codeId);
  return QRCode.toString(joinUrl(origin, row.code), { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
}
