import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { type CsvProblem, parseResponsesCsv } from '#core/assessment/responses-csv.ts';
import type { Database } from '../../db/client.ts';
import { assessmentResponses, organisations, programmeOrganisations, teams } from '../../db/schema.ts';
import { codeHashOf, instrumentOfRow, loadAssessment } from './service.ts';

const BATCH = 500;

export type ImportResult = { imported: number; problems: [] } | { imported: 0; problems: CsvProblem[] };

/**
 * Stores answers collected on paper or in another tool in a round, all or nothing. The `respondent` column
 * serves as the personal code, so the same value pairs a respondent's baseline with their follow-up; a
 * respondent already in the round is replaced. `group` names a team of the programme, else one of its
 * organisations (name or short name); anything else is kept without a group.
 */
export async function importResponses(
  db: Database,
  assessmentId: string,
  csv: string,
  now: Date,
): Promise<ImportResult> {
  const assessment = await loadAssessment(db, assessmentId);
  const { respondents, problems } = parseResponsesCsv(csv, instrumentOfRow(assessment));
  if (problems.length > 0) return { imported: 0, problems };

  const teamRows = await db
    .select({ id: teams.id, name: teams.name })
    .from(teams)
    .where(eq(teams.programmeId, assessment.programmeId));
  const orgRows = await db
    .select({ id: organisations.id, name: organisations.name, shortName: organisations.shortName })
    .from(programmeOrganisations)
    .innerJoin(organisations, eq(organisations.id, programmeOrganisations.organisationId))
    .where(eq(programmeOrganisations.programmeId, assessment.programmeId));
  const byName = (name: string | null) => {
    if (!name) return { teamId: null, organisationId: null };
    const key = name.toLocaleLowerCase('id');
    const team = teamRows.find((t) => t.name.toLocaleLowerCase('id') === key);
    const org = orgRows.find(
      (o) => o.name.toLocaleLowerCase('id') === key || o.shortName?.toLocaleLowerCase('id') === key,
    );
    return { teamId: team?.id ?? null, organisationId: org?.id ?? null };
  };

  const rows = respondents.map((r) => ({
    assessmentId: assessment.id,
    codeHash: codeHashOf(assessment.programmeId, r.id),
    // Imported answers have no device: a random token nobody holds.
    tokenHash: randomBytes(32).toString('hex'),
    ...byName(r.group),
    answers: Object.fromEntries(r.answers),
    source: 'import',
    startedAt: now,
    lastAnsweredAt: now,
    submittedAt: now,
    durationSeconds: r.durationSeconds === null ? null : Math.round(r.durationSeconds),
  }));
  await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += BATCH) {
      await tx
        .insert(assessmentResponses)
        .values(rows.slice(i, i + BATCH))
        .onConflictDoUpdate({
          target: [assessmentResponses.assessmentId, assessmentResponses.codeHash],
          set: {
            answers: sql`excluded.answers`,
            teamId: sql`excluded.team_id`,
            organisationId: sql`excluded.organisation_id`,
            durationSeconds: sql`excluded.duration_seconds`,
            submittedAt: sql`excluded.submitted_at`,
            source: sql`excluded.source`,
          },
        });
    }
  });
  return { imported: rows.length, problems: [] };
}
