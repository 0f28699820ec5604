/** A respondent's own profile: scores per dimension, stage, strongest and weakest, and next steps. */
import type { Dimension, Instrument, Level, LocalText } from './model.ts';
import { type Answers, type Stage, scoreRespondent, stageOf } from './scoring.ts';

export interface ProfileDimension {
  id: string;
  level: Level;
  name: LocalText;
  score: number | null;
  stage: Stage | null;
  nextSteps: LocalText[];
}

export interface Profile {
  overall: number | null;
  stage: Stage | null;
  levels: Record<Level, number | null>;
  dimensions: ProfileDimension[];
  /** Ids of the best and worst scored dimensions (ties: instrument order). */
  strongest: string | null;
  weakest: string | null;
}

/** Stages 1–2 get the "low" steps, 3 "middle", 4–5 "high". */
export function nextStepsFor(dimension: Dimension, stage: Stage): LocalText[] {
  if (stage <= 2) return dimension.nextSteps.low;
  if (stage === 3) return dimension.nextSteps.middle;
  return dimension.nextSteps.high;
}

export function profileOf(instrument: Instrument, answers: Answers): Profile {
  const scores = scoreRespondent(instrument, answers);
  const dimensions = instrument.dimensions.map((d): ProfileDimension => {
    const score = scores.dimensions[d.id] ?? null;
    const stage = score === null ? null : stageOf(score);
    return {
      id: d.id,
      level: d.level,
      name: d.name,
      score,
      stage,
      nextSteps: stage === null ? [] : nextStepsFor(d, stage),
    };
  });
  const scored = dimensions.filter((d): d is ProfileDimension & { score: number } => d.score !== null);
  const pick = (better: (a: number, b: number) => boolean) =>
    scored.reduce<(typeof scored)[number] | null>(
      (best, d) => (best === null || better(d.score, best.score) ? d : best),
      null,
    )?.id ?? null;
  return {
    overall: scores.overall,
    stage: scores.overall === null ? null : stageOf(scores.overall),
    levels: scores.levels,
    dimensions,
    strongest: pick((a, b) => a > b),
    weakest: pick((a, b) => a < b),
  };
}
