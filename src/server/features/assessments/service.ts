import { randomBytes } from 'node:crypto';
import { and, asc, count, eq, isNotNull, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { decodeAnswers, encodeAnswers } from '#core/assessment/codec.ts';
import type { Answer, Instrument } from '#core/assessment/model.ts';
import { canManageAssessments, canTakeAssessment } from '#core/assessment/policy.ts';
import { instrumentForRespondent } from '#core/assessment/present.ts';
import { profileOf } from '#core/assessment/profile.ts';
import {
  answerFits,
  type CreateAssessmentInput,
  type SaveAnswersInput,
  type StartResponseInput,
  type UpdateAssessmentInput,
} from '#core/assessment/schemas.ts';
import { storedScoresOf } from '#core/assessment/scoring.ts';
import { AppError } from '#core/errors.ts';
import { joinCodeFromBytes } from '#core/programme/schemas.ts';
import type { Scope } from '../../auth/actor.ts';
import { loadProgramme } from '../../auth/programme-access.ts';
import { beginAttempt, forgetAttempt, LIMITS } from '../../auth/rate-limit.ts';
import { sha256Hex } from '../../crypto.ts';
import type { Database } from '../../db/client.ts';
import { duplicateAs } from '../../db/errors.ts';
import { assessmentResponses, assessmentStarts, assessments, teams } from '../../db/schema.ts';
import { assertUuid } from '../../http/ids.ts';
import { instrumentOfRow, resolveInstrument } from './instruments.ts';

type AssessmentRow = typeof assessments.$inferSelect;
type ResponseRow = typeof assessmentResponses.$inferSelect;

const sha256 = sha256Hex;

/** Only the hour of a submission is kept: exact times could be matched against sign-in records. */
export function submissionHour(at: Date): Date {
  return new Date(Math.floor(at.getTime() / 3_600_000) * 3_600_000);
}
/** The same personal code pairs rounds within one programme only. */
export const codeHashOf = (programmeId: string, code: string) => sha256(`${programmeId}:${code}`);

async function present(db: Database, row: AssessmentRow, responses: number | null) {
  const instrument = await instrumentOfRow(db, row);
  return {
    id: row.id,
    programmeId: row.programmeId,
    name: row.name,
    round: row.round,
    roundLabel: row.roundLabel,
    instrument: { id: instrument.id, version: instrument.version, name: instrument.name },
    k: row.k,
    status: row.status,
    ...(responses === null ? {} : { responses }),
  };
}

export async function loadAssessment(db: Database, id: string) {
  const [row] = await db
    .select()
    .from(assessments)
    .where(eq(assessments.id, assertUuid(id)))
    .limit(1);
  if (!row) throw new AppError('not_found');
  return row;
}

export async function listAssessments(scope: Scope, programmeId: string) {
  const programme = await loadProgramme(scope, programmeId);
  const manage = canManageAssessments(scope.actor, programme.id);
  const rows = await scope.db
    .select()
    .from(assessments)
    .where(eq(assessments.programmeId, programme.id))
    .orderBy(asc(assessments.createdAt));
  const counts = manage
    ? await scope.db
        .select({ id: assessmentResponses.assessmentId, n: count() })
        .from(assessmentResponses)
        .innerJoin(assessments, eq(assessments.id, assessmentResponses.assessmentId))
        .where(and(eq(assessments.programmeId, programme.id), isNotNull(assessmentResponses.submittedAt)))
        .groupBy(assessmentResponses.assessmentId)
    : [];
  return Promise.all(
    rows.map((r) => present(scope.db, r, manage ? Number(counts.find((c) => c.id === r.id)?.n ?? 0) : null)),
  );
}

export async function createAssessment(
  scope: Scope,
  programmeId: string,
  input: z.output<typeof CreateAssessmentInput>,
) {
  const programme = await loadProgramme(scope, programmeId);
  if (!canManageAssessments(scope.actor, programme.id)) throw new AppError('forbidden');
  const instrument = await resolveInstrument(scope.db, programme.id, input.instrument);
  if (!instrument) throw new AppError('validation', { fields: [{ field: 'instrument', rule: 'choice' }] });
  const [row] = await scope.db
    .insert(assessments)
    .values({
      programmeId: programme.id,
      name: input.name,
      round: input.round,
      roundLabel: input.roundLabel ?? '',
      instrumentId: instrument.id,
      instrumentVersion: instrument.version,
      k: input.k ?? 5,
    })
    .returning();
  if (!row) throw new AppError('internal');
  return present(scope.db, row, 0);
}

export async function updateAssessment(
  scope: Scope,
  id: string,
  input: z.output<typeof UpdateAssessmentInput>,
) {
  const row = await loadAssessment(scope.db, id);
  await loadProgramme(scope, row.programmeId);
  if (!canManageAssessments(scope.actor, row.programmeId)) throw new AppError('forbidden');
  const [updated] = await scope.db
    .update(assessments)
    .set({ name: input.name ?? row.name, status: input.status ?? row.status, k: input.k ?? row.k })
    .where(eq(assessments.id, row.id))
    .returning();
  return present(scope.db, updated ?? row, null);
}

/** The assessment with its whole instrument, for someone about to take it. */
export async function getAssessmentForTaking(scope: Scope, id: string) {
  const row = await loadAssessment(scope.db, id);
  const programme = await loadProgramme(scope, row.programmeId);
  const teamRows = await scope.db
    .select({ id: teams.id, name: teams.name, organisationId: teams.organisationId })
    .from(teams)
    .where(eq(teams.programmeId, programme.id))
    .orderBy(asc(teams.name));
  return {
    assessment: await present(scope.db, row, null),
    programme: { id: programme.id, name: programme.name, organisationIds: programme.organisationIds },
    teams: teamRows,
    instrument: instrumentForRespondent(await instrumentOfRow(scope.db, row)),
  };
}

// --- taking it -------------------------------------------------------------------------------------

function answersOf(instrument: Instrument, row: ResponseRow): Map<string, Answer> {
  return decodeAnswers(instrument, row.answers);
}

function presentResponse(instrument: Instrument, row: ResponseRow) {
  return {
    assessmentId: row.assessmentId,
    answers: Object.fromEntries(answersOf(instrument, row)),
    organisationId: row.organisationId,
    teamId: row.teamId,
    submitted: row.submittedAt !== null,
  };
}

/**
 * Starts a response, or resumes one: with the personal code of an earlier round (pairing baseline and
 * follow-up) or of this round (another device). The response is tied to the code, never to the account.
 */
export async function startResponse(scope: Scope, id: string, input: z.output<typeof StartResponseInput>) {
  const row = await loadAssessment(scope.db, id);
  const programme = await loadProgramme(scope, row.programmeId);
  if (!canTakeAssessment(scope.actor, programme.id)) throw new AppError('forbidden');
  if (input.organisationId && !programme.organisationIds.includes(input.organisationId)) {
    throw new AppError('validation', { fields: [{ field: 'organisationId', rule: 'choice' }] });
  }
  if (input.teamId) {
    const [team] = await scope.db
      .select({ id: teams.id })
      .from(teams)
      .where(and(eq(teams.id, input.teamId), eq(teams.programmeId, programme.id)));
    if (!team) throw new AppError('validation', { fields: [{ field: 'teamId', rule: 'choice' }] });
  }
  const token = randomBytes(32).toString('base64url');
  if (input.personalCode) {
    // Only codes this server issued count: a code of this round resumes it; a code of an earlier round of
    // this programme pairs a new response with that one. Guesses are limited per person, and answers that
    // were imported from a file (whose "codes" are respondent ids) are never reachable this way.
    const attempt = await beginAttempt(scope.db, [LIMITS.personalCode(scope.actor.userId)], new Date());
    const codeHash = codeHashOf(programme.id, input.personalCode);
    const known = await scope.db
      .select({ response: assessmentResponses, programmeId: assessments.programmeId })
      .from(assessmentResponses)
      .innerJoin(assessments, eq(assessments.id, assessmentResponses.assessmentId))
      .where(
        and(
          eq(assessmentResponses.codeHash, codeHash),
          eq(assessments.programmeId, programme.id),
          eq(assessmentResponses.source, 'web'),
        ),
      );
    if (known.length === 0) throw new AppError('not_found');
    await forgetAttempt(scope.db, attempt);
    const existing = known.find((k) => k.response.assessmentId === row.id)?.response;
    if (existing) {
      // Resuming on another device: the old device's token stops working.
      const [updated] = await scope.db
        .update(assessmentResponses)
        .set({ tokenHash: sha256(token) })
        .where(eq(assessmentResponses.id, existing.id))
        .returning();
      return {
        token,
        personalCode: input.personalCode,
        resumed: true,
        response: presentResponse(await instrumentOfRow(scope.db, row), updated ?? existing),
      };
    }
    return createResponse(scope, row, input, token, input.personalCode);
  }
  return createResponse(scope, row, input, token, joinCodeFromBytes(randomBytes(8)));
}

/** A new response; each person starts a round once (the start is recorded apart from the response). */
async function createResponse(
  scope: Scope,
  row: AssessmentRow,
  input: z.output<typeof StartResponseInput>,
  token: string,
  code: string,
) {
  if (row.status !== 'open') throw new AppError('conflict');
  try {
    const created = await scope.db.transaction(async (tx) => {
      await tx.insert(assessmentStarts).values({ assessmentId: row.id, userId: scope.actor.userId });
      const [inserted] = await tx
        .insert(assessmentResponses)
        .values({
          assessmentId: row.id,
          codeHash: codeHashOf(row.programmeId, code),
          tokenHash: sha256(token),
          organisationId: input.organisationId ?? null,
          teamId: input.teamId ?? null,
        })
        .returning();
      if (!inserted) throw new AppError('internal');
      return inserted;
    });
    return {
      token,
      personalCode: code,
      resumed: false,
      response: presentResponse(await instrumentOfRow(scope.db, row), created),
    };
  } catch (error) {
    // Already started: the person continues with their personal code, never with a second response.
    return duplicateAs()(error);
  }
}

/** The response a device token stands for; a token is the only key to one person's answers. */
export async function responseByToken(db: Database, token: string | undefined) {
  if (!token || token.length < 20 || token.length > 100) throw new AppError('not_found');
  const [row] = await db
    .select()
    .from(assessmentResponses)
    .where(eq(assessmentResponses.tokenHash, sha256(token)))
    .limit(1);
  if (!row) throw new AppError('not_found');
  return row;
}

export async function getResponse(db: Database, token: string | undefined) {
  const row = await responseByToken(db, token);
  return presentResponse(await instrumentOfRow(db, await loadAssessment(db, row.assessmentId)), row);
}

export async function saveAnswers(
  db: Database,
  token: string | undefined,
  input: z.output<typeof SaveAnswersInput>,
  now: Date,
) {
  const row = await responseByToken(db, token);
  if (row.submittedAt) throw new AppError('conflict');
  const assessment = await loadAssessment(db, row.assessmentId);
  if (assessment.status !== 'open') throw new AppError('conflict');
  const instrument = await instrumentOfRow(db, assessment);
  const items = new Map(instrument.items.map((i) => [i.id, i]));
  const fields = Object.entries(input.answers).flatMap(([itemId, answer]) => {
    const item = items.get(itemId);
    if (!item) return [{ field: `answers.${itemId}`, rule: 'unknown_key' }];
    return answer !== null && !answerFits(item, answer)
      ? [{ field: `answers.${itemId}`, rule: 'choice' }]
      : [];
  });
  if (fields.length > 0) throw new AppError('validation', { fields });
  const merged = answersOf(instrument, row);
  for (const [itemId, answer] of Object.entries(input.answers)) {
    if (answer === null) merged.delete(itemId);
    else merged.set(itemId, answer);
  }
  await db
    .update(assessmentResponses)
    .set({ answers: JSON.stringify(encodeAnswers(instrument, merged)), lastAnsweredAt: now })
    // Never after submission, even when a submit lands between the read above and this write.
    .where(and(eq(assessmentResponses.id, row.id), isNull(assessmentResponses.submittedAt)));
  return { saved: Object.keys(input.answers).length, answered: merged.size };
}

export async function submitResponse(db: Database, token: string | undefined, now: Date) {
  const row = await responseByToken(db, token);
  if (!row.submittedAt) {
    const assessment = await loadAssessment(db, row.assessmentId);
    if (assessment.status !== 'open') throw new AppError('conflict');
    const duration = Math.max(
      0,
      Math.round(((row.lastAnsweredAt ?? now).getTime() - row.startedAt.getTime()) / 1000),
    );
    // Scores are stored once, here, so that group results are aggregates in the database. Exact times
    // could be matched against sign-in records, so only the hour is kept from here on.
    const instrument = await instrumentOfRow(db, assessment);
    const hour = submissionHour(now);
    await db
      .update(assessmentResponses)
      .set({
        submittedAt: hour,
        startedAt: hour,
        lastAnsweredAt: null,
        durationSeconds: duration,
        ...storedScoresOf(instrument, answersOf(instrument, row)),
      })
      .where(and(eq(assessmentResponses.id, row.id), isNull(assessmentResponses.submittedAt)));
  }
  return getProfile(db, token);
}

export async function getProfile(db: Database, token: string | undefined) {
  const row = await responseByToken(db, token);
  const assessment = await loadAssessment(db, row.assessmentId);
  const instrument = await instrumentOfRow(db, assessment);
  return {
    assessment: await present(db, assessment, null),
    submitted: row.submittedAt !== null,
    profile: profileOf(instrument, answersOf(instrument, row)),
  };
}
