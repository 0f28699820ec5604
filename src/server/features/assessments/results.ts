import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { pairedChange, unpairedComparison } from '#core/assessment/compare.ts';
import { effectiveK, suppressBreakdowns } from '#core/assessment/groups.ts';
import type { Instrument } from '#core/assessment/model.ts';
import { canManageAssessments, resultScope } from '#core/assessment/policy.ts';
import { alphaLabel, alphaOfVectors, vectorOfItemPoints } from '#core/assessment/scoring.ts';
import { AppError } from '#core/errors.ts';
import type { Scope } from '../../auth/actor.ts';
import { loadProgramme } from '../../auth/programme-access.ts';
import { queryRows } from '../../db/client.ts';
import { assessmentResponses, organisations, teams } from '../../db/schema.ts';
import { instrumentOfRow } from './instruments.ts';
import { loadAssessment } from './service.ts';

interface Scored {
  codeHash: string;
  overall: number | null;
  dimensions: Array<number | null>;
}

/** The stored scores of a round's submitted responses, keyed by personal code (for pairing rounds). */
async function storedScores(scope: Scope, assessmentId: string): Promise<Scored[]> {
  const rows = await scope.db
    .select({
      codeHash: assessmentResponses.codeHash,
      overall: assessmentResponses.overall,
      dimensions: assessmentResponses.dimensionScores,
    })
    .from(assessmentResponses)
    .where(
      and(eq(assessmentResponses.assessmentId, assessmentId), isNotNull(assessmentResponses.submittedAt)),
    );
  return rows.map((r) => ({ codeHash: r.codeHash, overall: r.overall, dimensions: r.dimensions ?? [] }));
}

interface GroupRow {
  g_org: number;
  g_team: number;
  organisation_id: string | null;
  team_id: string | null;
  n: number;
  overall: number | null;
  levels: Array<number | null>;
  dims: Array<number | null>;
  q: number[] | null;
}

/**
 * Means per organisation, per team and for the whole round in one pass over the stored scores
 * (GROUPING SETS), with the quartiles of the overall score. Averages leave nulls out, as the rules say.
 */
async function groupFigures(scope: Scope, assessmentId: string, instrument: Instrument): Promise<GroupRow[]> {
  const dims = instrument.dimensions.map((_, i) => `avg(dimension_scores[${i + 1}])`).join(', ');
  const rows = await queryRows<GroupRow>(
    scope.db,
    sql`
    select grouping(organisation_id)::int as g_org, grouping(team_id)::int as g_team, organisation_id, team_id,
      count(*)::int as n, avg(overall) as overall,
      array[avg(level_scores[1]), avg(level_scores[2]), avg(level_scores[3])] as levels,
      array[${sql.raw(dims)}] as dims,
      percentile_cont(array[0, 0.25, 0.5, 0.75, 1]) within group (order by overall) as q
    from assessment_responses
    where assessment_id = ${assessmentId} and submitted_at is not null
    group by grouping sets ((organisation_id), (team_id), (organisation_id, team_id), ())`,
  );
  return rows;
}

function present(instrument: Instrument, row: GroupRow | undefined, suppressed: boolean, k: number) {
  const n = row?.n ?? 0;
  if (suppressed || !row)
    return { n, suppressed: true, overall: null, levels: null, dimensions: null, distribution: null };
  const [min, q1, median, q3, max] = row.q ?? [];
  return {
    n,
    suppressed: false,
    overall: row.overall,
    levels: {
      individual: row.levels[0] ?? null,
      team: row.levels[1] ?? null,
      organisation: row.levels[2] ?? null,
    },
    dimensions: Object.fromEntries(instrument.dimensions.map((d, i) => [d.id, row.dims[i] ?? null])),
    // With few people the five-number summary would be their individual scores: only from 2k respondents.
    distribution:
      n < 2 * k || min === undefined || min === null
        ? null
        : { min, q1: q1 as number, median: median as number, q3: q3 as number, max: max as number },
  };
}

/** Data-quality flags counted for the round; `speeder` is measured against the round's median duration. */
async function flagCounts(scope: Scope, assessmentId: string) {
  const rows = await queryRows<{ speeder: number; straightline: number; overclaim: number }>(
    scope.db,
    sql`
    with round as (
      select duration_seconds, straightline, overclaim from assessment_responses
      where assessment_id = ${assessmentId} and submitted_at is not null
    ), m as (select percentile_cont(0.5) within group (order by duration_seconds) as median from round)
    select count(*) filter (where duration_seconds < 0.5 * m.median)::int as speeder,
      count(*) filter (where straightline)::int as straightline,
      count(*) filter (where overclaim)::int as overclaim
    from round, m`,
  );
  return rows[0] ?? { speeder: 0, straightline: 0, overclaim: 0 };
}

/**
 * Cronbach's alpha per dimension, computed by the same core function as the CLI from the item points stored
 * at submission. The points are read into the server, never sent on: what leaves is one alpha per dimension.
 * (Done in SQL, each row's array was subscripted for every item, which cost twice as much as reading it.)
 */
async function reliability(scope: Scope, assessmentId: string, instrument: Instrument) {
  const rows = await queryRows<{ p: Array<number | null> | null }>(
    scope.db,
    sql`select item_points as p from assessment_responses
        where assessment_id = ${assessmentId} and submitted_at is not null`,
  );
  const vectors = rows.map((row) => vectorOfItemPoints(instrument, row.p ?? []));
  return Object.fromEntries(
    instrument.dimensions.map((d) => {
      const { alpha, n } = alphaOfVectors(instrument, d.id, vectors);
      return [d.id, { alpha, n, label: alpha === null ? null : alphaLabel(alpha) }];
    }),
  );
}

/**
 * Group results of one round: the programme, each organisation and each team, every figure hidden below k
 * (with complementary suppression over the whole tree, whoever is looking), then filtered to what the
 * actor may see. Individual answers never leave the database.
 */
export async function assessmentResults(scope: Scope, id: string) {
  const row = await loadAssessment(scope.db, id);
  const programme = await loadProgramme(scope, row.programmeId);
  const instrument = await instrumentOfRow(scope.db, row);
  const k = effectiveK(row.k);
  const visible = resultScope(scope.actor, scope.tree, programme.id, programme.organisationIds);
  const groups = await groupFigures(scope, row.id, instrument);
  const total = groups.find((g) => g.g_org === 1 && g.g_team === 1);
  const byOrg = groups.filter((g) => g.g_org === 0 && g.g_team === 1 && g.organisation_id !== null);
  const byTeam = groups.filter((g) => g.g_org === 1 && g.g_team === 0 && g.team_id !== null);
  const cells = groups.filter(
    (g) => g.g_org === 0 && g.g_team === 0 && g.organisation_id !== null && g.team_id !== null,
  );
  const n = total?.n ?? 0;
  // Both breakdowns and the total are suppressed together, so that nothing hidden in one can be derived
  // with the help of the other (see suppressBreakdowns).
  const suppression = suppressBreakdowns(
    {
      total: n,
      organisations: byOrg.map((g) => ({ key: g.organisation_id as string, n: g.n })),
      teams: byTeam.map((g) => ({ key: g.team_id as string, n: g.n })),
      cells: cells.map((g) => ({
        organisation: g.organisation_id as string,
        team: g.team_id as string,
        n: g.n,
      })),
    },
    k,
  );
  const hiddenOrgs = suppression.organisations;
  const hiddenTeams = suppression.teams;
  const programmeHidden = suppression.totalHidden;
  const roundShown = n >= k;

  const orgIds = byOrg.map((g) => g.organisation_id as string);
  const teamIds = byTeam.map((g) => g.team_id as string);
  const orgNames = orgIds.length
    ? await scope.db
        .select({ id: organisations.id, name: organisations.name })
        .from(organisations)
        .where(inArray(organisations.id, orgIds))
    : [];
  const teamRows = teamIds.length
    ? await scope.db
        .select({ id: teams.id, name: teams.name, organisationId: teams.organisationId })
        .from(teams)
        .where(inArray(teams.id, teamIds))
        .orderBy(asc(teams.name))
    : [];
  const showAll = visible.organisations.length === programme.organisationIds.length;

  return {
    assessment: {
      id: row.id,
      name: row.name,
      round: row.round,
      roundLabel: row.roundLabel,
      k,
      status: row.status,
    },
    dimensions: instrument.dimensions.map((d) => ({ id: d.id, level: d.level, name: d.name })),
    programme: present(instrument, total, programmeHidden, k),
    organisations: orgNames
      .filter((o) => visible.organisations.includes(o.id))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((o) => ({
        id: o.id,
        name: o.name,
        ...present(
          instrument,
          byOrg.find((g) => g.organisation_id === o.id),
          hiddenOrgs.has(o.id),
          k,
        ),
      })),
    teams: teamRows
      .filter(
        (t) => showAll || (t.organisationId !== null && visible.organisations.includes(t.organisationId)),
      )
      .map((t) => ({
        id: t.id,
        name: t.name,
        ...present(
          instrument,
          byTeam.find((g) => g.team_id === t.id),
          hiddenTeams.has(t.id),
          k,
        ),
      })),
    // Data quality and reliability describe the round, not a person: shown when the round has k people.
    // Flags are for those who run the programme (see docs/assessment.md), not for every reader of results.
    flags:
      roundShown && canManageAssessments(scope.actor, programme.id) ? await flagCounts(scope, row.id) : null,
    reliability: roundShown ? await reliability(scope, row.id, instrument) : null,
  };
}

/**
 * The change and its effect size, without the means of the subset: a subset's mean beside its round's total
 * would reveal the rest of the round (those who took only one round) by subtraction.
 */
function withoutMeans<T extends { before: number | null; after: number | null }>(
  value: T,
): Omit<T, 'before' | 'after'> {
  const { before: _before, after: _after, ...rest } = value;
  return rest;
}

/**
 * Baseline vs follow-up in one programme: paired change by personal code (Cohen's d for paired samples) and
 * an unpaired comparison of everyone else; nothing is shown below k.
 */
export async function compareRounds(scope: Scope, baselineId: string, followUpId: string) {
  const before = await loadAssessment(scope.db, baselineId);
  const after = await loadAssessment(scope.db, followUpId);
  if (before.programmeId !== after.programmeId)
    throw new AppError('validation', { fields: [{ field: 'with', rule: 'choice' }] });
  await loadProgramme(scope, before.programmeId);
  const instrument = await instrumentOfRow(scope.db, after);
  const k = Math.max(effectiveK(before.k), effectiveK(after.k));
  if (before.instrumentId !== after.instrumentId || before.instrumentVersion !== after.instrumentVersion) {
    throw new AppError('validation', { fields: [{ field: 'with', rule: 'choice' }] });
  }
  const a = await storedScores(scope, before.id);
  const b = await storedScores(scope, after.id);
  const afterByCode = new Map(b.map((s) => [s.codeHash, s]));
  const pairs = a
    .filter((s) => afterByCode.has(s.codeHash))
    .map((s) => [s, afterByCode.get(s.codeHash) as Scored] as const);
  const paired = new Set(pairs.map(([s]) => s.codeHash));
  const restBefore = a.filter((s) => !paired.has(s.codeHash));
  const restAfter = b.filter((s) => !paired.has(s.codeHash));
  const pick = (list: readonly Scored[], f: (s: Scored) => number | null) =>
    list.map(f).filter((v): v is number => v !== null);
  const measures = [
    { id: 'overall', get: (s: Scored) => s.overall },
    ...instrument.dimensions.map((d, i) => ({ id: d.id, get: (s: Scored) => s.dimensions[i] ?? null })),
  ];
  const pairedShown = pairs.length >= k;
  const unpairedShown = restBefore.length >= k && restAfter.length >= k;
  return {
    baseline: { id: before.id, name: before.name },
    followUp: { id: after.id, name: after.name },
    k,
    paired: {
      n: pairs.length,
      suppressed: !pairedShown,
      measures: pairedShown
        ? Object.fromEntries(
            measures.map((m) => [
              m.id,
              withoutMeans(pairedChange(pairs.map(([x, y]) => ({ before: m.get(x), after: m.get(y) })))),
            ]),
          )
        : null,
    },
    unpaired: {
      nBefore: restBefore.length,
      nAfter: restAfter.length,
      suppressed: !unpairedShown,
      measures: unpairedShown
        ? Object.fromEntries(
            measures.map((m) => [
              m.id,
              withoutMeans(unpairedComparison(pick(restBefore, m.get), pick(restAfter, m.get))),
            ]),
          )
        : null,
    },
  };
}
