import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { encodeAnswers } from '#core/assessment/codec.ts';
import { type CsvProblem, parseResponsesCsv } from '#core/assessment/responses-csv.ts';
import { storedScoresOf } from '#core/assessment/scoring.ts';
import type { Database } from '../../db/client.ts';
import { organisations, programmeOrganisations, teams } from '../../db/schema.ts';
import { codeHashOf, instrumentOfRow, loadAssessment } from './service.ts';

const BATCH = 1000;

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
  const instrument = instrumentOfRow(assessment);
  const { respondents, problems } = parseResponsesCsv(csv, instrument);
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
  const groups = new Map<string, { team_id: string | null; organisation_id: string | null }>();
  const byName = (name: string | null) => {
    if (!name) return { team_id: null, organisation_id: null };
    const key = name.toLocaleLowerCase('id');
    let found = groups.get(key);
    if (!found) {
      const team = teamRows.find((t) => t.name.toLocaleLowerCase('id') === key);
      const org = orgRows.find(
        (o) => o.name.toLocaleLowerCase('id') === key || o.shortName?.toLocaleLowerCase('id') === key,
      );
      found = { team_id: team?.id ?? null, organisation_id: org?.id ?? null };
      groups.set(key, found);
    }
    return found;
  };

  // Only the hour is kept, as for answers sent from phones.
  const at = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000).toISOString();
  const rows = respondents.map((r) => {
    const scores = storedScoresOf(instrument, r.answers);
    return {
      assessment_id: assessment.id,
      code_hash: codeHashOf(assessment.programmeId, r.id),
      // Imported answers have no device: a random token nobody holds.
      token_hash: randomBytes(32).toString('hex'),
      ...byName(r.group),
      answers: encodeAnswers(instrument, r.answers),
      source: 'import',
      started_at: at,
      last_answered_at: at,
      submitted_at: at,
      duration_seconds: r.durationSeconds === null ? null : Math.round(r.durationSeconds),
      overall: scores.overall,
      level_scores: scores.levelScores,
      dimension_scores: scores.dimensionScores,
      item_points: scores.itemPoints,
      straightline: scores.straightline,
      overclaim: scores.overclaim,
    };
  });
  const columns = Object.keys(rows[0] ?? {}).join(', ');
  const updates = Object.keys(rows[0] ?? {})
    .filter((c) => !['assessment_id', 'code_hash', 'token_hash'].includes(c))
    .map((c) => `${c} = excluded.${c}`)
    .join(', ');
  await db.transaction(async (tx) => {
    // One JSON parameter per batch: binding thousands of separate parameters is what makes bulk inserts slow.
    for (let i = 0; i < rows.length; i += BATCH) {
      await tx.execute(sql`
        insert into assessment_responses (${sql.raw(columns)})
        select ${sql.raw(columns)} from json_populate_recordset(null::assessment_responses, ${JSON.stringify(rows.slice(i, i + BATCH))}::json)
        on conflict (assessment_id, code_hash) do update set ${sql.raw(updates)}`);
    }
  });
  return { imported: rows.length, problems: [] };
}
