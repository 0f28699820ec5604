import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import { pairedChange, unpairedComparison } from '#core/assessment/compare.ts';
import { effectiveK, type GroupNode, suppressedGroups } from '#core/assessment/groups.ts';
import type { Answer, Instrument, Level } from '#core/assessment/model.ts';
import { resultScope } from '#core/assessment/policy.ts';
import { quartiles } from '#core/assessment/profile.ts';
import {
  alphaLabel,
  cronbachAlpha,
  type Flag,
  flagsOf,
  mean,
  median,
  scoreRespondent,
} from '#core/assessment/scoring.ts';
import { AppError } from '#core/errors.ts';
import type { Scope } from '../../auth/actor.ts';
import { loadProgramme } from '../../auth/programme-access.ts';
import { assessmentResponses, organisations, teams } from '../../db/schema.ts';
import { instrumentOfRow, loadAssessment } from './service.ts';

interface Scored {
  codeHash: string;
  organisationId: string | null;
  teamId: string | null;
  overall: number | null;
  levels: Record<Level, number | null>;
  dimensions: Record<string, number | null>;
  flags: Flag[];
  answers: Map<string, Answer>;
}

async function scoredResponses(
  scope: Scope,
  assessmentId: string,
  instrument: Instrument,
): Promise<Scored[]> {
  const rows = await scope.db
    .select()
    .from(assessmentResponses)
    .where(
      and(eq(assessmentResponses.assessmentId, assessmentId), isNotNull(assessmentResponses.submittedAt)),
    );
  const roundMedian = median(rows.map((r) => r.durationSeconds).filter((d): d is number => d !== null));
  return rows.map((r) => {
    const answers = new Map(Object.entries(r.answers as Record<string, Answer>));
    const s = scoreRespondent(instrument, answers);
    return {
      codeHash: r.codeHash,
      organisationId: r.organisationId,
      teamId: r.teamId,
      ...s,
      flags: flagsOf(instrument, { answers, durationSeconds: r.durationSeconds }, roundMedian),
      answers,
    };
  });
}

function figures(instrument: Instrument, members: Scored[], suppressed: boolean) {
  const avg = (pick: (s: Scored) => number | null) =>
    mean(members.map(pick).filter((v): v is number => v !== null));
  if (suppressed)
    return {
      n: members.length,
      suppressed: true,
      overall: null,
      levels: null,
      dimensions: null,
      distribution: null,
    };
  return {
    n: members.length,
    suppressed: false,
    overall: avg((s) => s.overall),
    levels: {
      individual: avg((s) => s.levels.individual),
      team: avg((s) => s.levels.team),
      organisation: avg((s) => s.levels.organisation),
    },
    dimensions: Object.fromEntries(
      instrument.dimensions.map((d) => [d.id, avg((s) => s.dimensions[d.id] ?? null)]),
    ),
    distribution: quartiles(members.map((s) => s.overall).filter((v): v is number => v !== null)),
  };
}

/**
 * Group results of one round: the programme, each organisation and each team, every figure hidden below k
 * (with complementary suppression over the whole tree, whoever is looking), then filtered to what the
 * actor may see. Individual answers never leave this function.
 */
export async function assessmentResults(scope: Scope, id: string) {
  const row = await loadAssessment(scope.db, id);
  const programme = await loadProgramme(scope, row.programmeId);
  const instrument = instrumentOfRow(row);
  const k = effectiveK(row.k);
  const visible = resultScope(scope.actor, scope.tree, programme.id, programme.organisationIds);
  const all = await scoredResponses(scope, row.id, instrument);

  const orgIds = [...new Set(all.map((s) => s.organisationId).filter((v): v is string => v !== null))];
  const teamIds = [...new Set(all.map((s) => s.teamId).filter((v): v is string => v !== null))];
  const byOrg: GroupNode = {
    key: 'programme',
    n: all.length,
    children: orgIds.map((o) => ({ key: o, n: all.filter((s) => s.organisationId === o).length })),
  };
  const byTeam: GroupNode = {
    key: 'programme',
    n: all.length,
    children: teamIds.map((t) => ({ key: t, n: all.filter((s) => s.teamId === t).length })),
  };
  const hiddenOrgs = suppressedGroups(byOrg, k);
  const hiddenTeams = suppressedGroups(byTeam, k);

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
  // One programme total for both breakdowns: hidden in one, it must be hidden in the other, or subtracting
  // the shown organisations from the total shown beside the teams would reveal the hidden organisation.
  const programmeHidden = hiddenOrgs.has('programme') || hiddenTeams.has('programme');
  const roundShown = all.length >= k;
  const count = (flag: Flag) => all.filter((s) => s.flags.includes(flag)).length;
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
    programme: figures(instrument, all, programmeHidden),
    organisations: orgNames
      .filter((o) => visible.organisations.includes(o.id))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((o) => ({
        id: o.id,
        name: o.name,
        ...figures(
          instrument,
          all.filter((s) => s.organisationId === o.id),
          hiddenOrgs.has(o.id),
        ),
      })),
    teams: teamRows
      .filter(
        (t) => showAll || (t.organisationId !== null && visible.organisations.includes(t.organisationId)),
      )
      .map((t) => ({
        id: t.id,
        name: t.name,
        ...figures(
          instrument,
          all.filter((s) => s.teamId === t.id),
          hiddenTeams.has(t.id),
        ),
      })),
    // Data quality and reliability describe the round, not a person: shown when the round has k people.
    flags: !roundShown
      ? null
      : { speeder: count('speeder'), straightline: count('straightline'), overclaim: count('overclaim') },
    reliability: !roundShown
      ? null
      : Object.fromEntries(
          instrument.dimensions.map((d) => {
            const { alpha, n } = cronbachAlpha(
              instrument,
              d.id,
              all.map((s) => s.answers),
            );
            return [d.id, { alpha, n, label: alpha === null ? null : alphaLabel(alpha) }];
          }),
        ),
  };
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
  const instrument = instrumentOfRow(after);
  const k = Math.max(effectiveK(before.k), effectiveK(after.k));
  const a = await scoredResponses(scope, before.id, instrumentOfRow(before));
  const b = await scoredResponses(scope, after.id, instrument);
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
    ...instrument.dimensions.map((d) => ({ id: d.id, get: (s: Scored) => s.dimensions[d.id] ?? null })),
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
              pairedChange(pairs.map(([x, y]) => ({ before: m.get(x), after: m.get(y) }))),
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
            measures.map((m) => [m.id, unpairedComparison(pick(restBefore, m.get), pick(restAfter, m.get))]),
          )
        : null,
    },
  };
}
