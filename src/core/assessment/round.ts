/** Scoring a whole round of respondents: their scores and flags, group results, and reliability. */
import { effectiveK, suppressedGroups } from './groups.ts';
import type { Instrument, Level } from './model.ts';
import type { ParsedRespondent } from './responses-csv.ts';
import {
  alphaOfVectors,
  type Flag,
  flagsOf,
  mean,
  median,
  type Stage,
  scoresFromVector,
  scoreVector,
  stageOf,
} from './scoring.ts';

export interface RespondentResult {
  id: string;
  group: string | null;
  overall: number | null;
  stage: Stage | null;
  levels: Record<Level, number | null>;
  dimensions: Record<string, number | null>;
  flags: Flag[];
}

export interface GroupResult {
  group: string;
  n: number;
  suppressed: boolean;
  overall: number | null;
  dimensions: Record<string, number | null>;
}

export interface RoundResult {
  respondents: RespondentResult[];
  groups: GroupResult[];
  reliability: Record<string, { alpha: number | null; n: number }>;
}

const ALL = '\u0000all';

export function scoreRound(
  instrument: Instrument,
  respondents: readonly ParsedRespondent[],
  k?: number,
): RoundResult {
  const threshold = effectiveK(k);
  const roundMedian = median(
    respondents.map((r) => r.durationSeconds).filter((d): d is number => d !== null),
  );
  // One score vector per respondent: scores, flags and reliability all read it.
  const vectors = respondents.map((r) => scoreVector(instrument, r.answers));
  const results: RespondentResult[] = respondents.map((r, i) => {
    const vector = vectors[i] ?? [];
    const scores = scoresFromVector(instrument, vector);
    return {
      id: r.id,
      group: r.group,
      overall: scores.overall,
      stage: scores.overall === null ? null : stageOf(scores.overall),
      levels: scores.levels,
      dimensions: scores.dimensions,
      flags: flagsOf(instrument, r, roundMedian, vector),
    };
  });

  const names = [...new Set(results.map((r) => r.group).filter((g): g is string => g !== null))].sort();
  const members = (name: string) => results.filter((r) => r.group === name);
  const hidden = suppressedGroups(
    { key: ALL, n: results.length, children: names.map((name) => ({ key: name, n: members(name).length })) },
    threshold,
  );
  const groupMean = (list: RespondentResult[], pick: (r: RespondentResult) => number | null) =>
    mean(list.map(pick).filter((v): v is number => v !== null));
  const groups = names.map((name): GroupResult => {
    const list = members(name);
    const suppressed = hidden.has(name);
    return {
      group: name,
      n: list.length,
      suppressed,
      overall: suppressed ? null : groupMean(list, (r) => r.overall),
      dimensions: Object.fromEntries(
        instrument.dimensions.map((d) => [
          d.id,
          suppressed ? null : groupMean(list, (r) => r.dimensions[d.id] ?? null),
        ]),
      ),
    };
  });

  const reliability = Object.fromEntries(
    instrument.dimensions.map((d) => [d.id, alphaOfVectors(instrument, d.id, vectors)]),
  );
  return { respondents: results, groups, reliability };
}
