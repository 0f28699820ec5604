/**
 * Assessment scoring, implemented once and used by the server, the web app and the CLI.
 * Every rule here is written out in docs/assessment.md (section "Scoring").
 */
import {
  type Answer,
  type Instrument,
  type Item,
  itemMax,
  LEVELS,
  type Level,
  type LocalText,
} from './model.ts';

export type Answers = ReadonlyMap<string, Answer>;

/** Per item, built once: its maximum and each option's points. */
const itemIndex = new WeakMap<Item, { max: number; points: Map<string, number> }>();
function indexOf(item: Item) {
  let entry = itemIndex.get(item);
  if (!entry) {
    const points = new Map<string, number>(
      'options' in item ? item.options.map((o) => [o.id, o.points]) : [],
    );
    entry = { max: itemMax(item), points };
    itemIndex.set(item, entry);
  }
  return entry;
}

/** Item score in [0, 1], or null when the item is unanswered, unscored, or the answer does not fit it. */
export function itemScore(item: Item, answer: Answer | undefined): number | null {
  if (!answer || !item.scored) return null;
  const { max, points } = indexOf(item);
  if (max <= 0) return null;
  switch (item.type) {
    case 'single_choice':
    case 'scenario': {
      if (answer.type !== 'option') return null;
      const p = points.get(answer.option);
      return p === undefined ? null : p / max;
    }
    case 'checklist': {
      if (answer.type !== 'options') return null;
      let sum = 0;
      for (const id of new Set(answer.options)) sum += points.get(id) ?? 0;
      return Math.min(sum, max) / max;
    }
    case 'numeric': {
      if (answer.type !== 'number') return null;
      const band = item.bands.find(
        (b) => (b.min === null || answer.value >= b.min) && (b.max === null || answer.value < b.max),
      );
      return band ? band.points / max : null;
    }
  }
}

export const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;

const present = <T>(values: ReadonlyArray<T | null>): T[] => values.filter((v): v is T => v !== null);

export interface RespondentScores {
  /** 0–100 per dimension; null when fewer than half of its scored items are answered. */
  dimensions: Record<string, number | null>;
  levels: Record<Level, number | null>;
  overall: number | null;
}

/**
 * Everything about an instrument that scoring looks up again and again, built once per instrument: which
 * scored items make up each dimension, in order. Scoring 10,000 respondents stays a matter of milliseconds.
 */
interface Compiled {
  /** Per dimension, its items and their positions in `scoredItems` (the order of score vectors). */
  dimensions: Array<{ id: string; level: Level; items: Item[]; positions: number[] }>;
  scoredItems: Item[];
  choiceItems: Item[];
  /** Positions in `scoredItems` of scored choice items; unscored choice items never have a score. */
  choicePositions: number[];
  /** Over-claiming checks: the item id and the ids of its fictional options. */
  claims: Array<{ itemId: string; fictional: Set<string> }>;
}
const compiled = new WeakMap<Instrument, Compiled>();

function compile(instrument: Instrument): Compiled {
  let c = compiled.get(instrument);
  if (!c) {
    const scoredItems = instrument.items.filter((i) => i.scored);
    const positionsOf = (keep: (i: Item) => boolean) =>
      scoredItems.flatMap((item, p) => (keep(item) ? [p] : []));
    c = {
      dimensions: instrument.dimensions.map((d) => ({
        id: d.id,
        level: d.level,
        items: scoredItems.filter((i) => i.dimension === d.id),
        positions: positionsOf((i) => i.dimension === d.id),
      })),
      scoredItems,
      choiceItems: instrument.items.filter((i) => i.type === 'single_choice' || i.type === 'scenario'),
      choicePositions: positionsOf((i) => i.type === 'single_choice' || i.type === 'scenario'),
      claims: instrument.items.flatMap((i) =>
        'options' in i && i.options.some((o) => o.overclaim)
          ? [{ itemId: i.id, fictional: new Set(i.options.filter((o) => o.overclaim).map((o) => o.id)) }]
          : [],
      ),
    };
    compiled.set(instrument, c);
  }
  return c;
}

/** The scored items in instrument order: the order of `itemPoints` below. */
export function scoredItemsOf(instrument: Instrument): readonly Item[] {
  return compile(instrument).scoredItems;
}

/** Every scored item's score in `scoredItems` order: the one vector all other scores are built from. */
export function scoreVector(instrument: Instrument, answers: Answers): Array<number | null> {
  return compile(instrument).scoredItems.map((item) => itemScore(item, answers.get(item.id)));
}

/** The dimension, level and overall scores of one score vector. */
function scoresOfVector(c: Compiled, vector: ReadonlyArray<number | null>) {
  const dimensionScores = c.dimensions.map((dimension) => {
    let sum = 0;
    let answered = 0;
    for (const p of dimension.positions) {
      const v = vector[p];
      if (v !== null && v !== undefined) {
        sum += v;
        answered++;
      }
    }
    // "Fewer than half answered" leaves the dimension without a score rather than a misleading one.
    return answered === 0 || answered * 2 < dimension.positions.length ? null : 100 * (sum / answered);
  });
  const levelScores = LEVELS.map((level) =>
    mean(present(c.dimensions.map((d, i) => (d.level === level ? (dimensionScores[i] ?? null) : null)))),
  );
  return { dimensionScores, levelScores, overall: mean(present(dimensionScores)) };
}

function scoreAll(instrument: Instrument, answers: Answers) {
  const c = compile(instrument);
  const vector = scoreVector(instrument, answers);
  return { c, vector, ...scoresOfVector(c, vector) };
}

export function scoreRespondent(instrument: Instrument, answers: Answers): RespondentScores {
  return scoresFromVector(instrument, scoreVector(instrument, answers));
}

/** Dimension, level and overall scores from a score vector (see scoreVector). */
export function scoresFromVector(
  instrument: Instrument,
  vector: ReadonlyArray<number | null>,
): RespondentScores {
  const c = compile(instrument);
  const { dimensionScores, levelScores, overall } = scoresOfVector(c, vector);
  return {
    dimensions: Object.fromEntries(c.dimensions.map((d, i) => [d.id, dimensionScores[i] ?? null])),
    levels: Object.fromEntries(LEVELS.map((level, i) => [level, levelScores[i] ?? null])) as Record<
      Level,
      number | null
    >,
    overall,
  };
}

/**
 * What is stored with a submitted response so that group results are sums in the database, not a
 * re-scoring of every answer: the scores in instrument order, item scores for reliability, and the
 * flags that depend on the response alone (`speeder` depends on the whole round).
 */
export interface StoredScores {
  overall: number | null;
  levelScores: Array<number | null>;
  dimensionScores: Array<number | null>;
  /** Points of each scored item (score × the item's maximum): small numbers, cheap to store and sum. */
  itemPoints: Array<number | null>;
  straightline: boolean;
  overclaim: boolean;
}

export function storedScoresOf(instrument: Instrument, answers: Answers): StoredScores {
  const { c, vector, dimensionScores, levelScores, overall } = scoreAll(instrument, answers);
  return {
    overall,
    levelScores,
    dimensionScores,
    itemPoints: c.scoredItems.map((item, p) => {
      const score = vector[p] ?? null;
      return score === null ? null : score * indexOf(item).max;
    }),
    straightline: isStraightline(present(c.choicePositions.map((p) => vector[p] ?? null))),
    overclaim: claimsFiction(c, answers),
  };
}

// --- stages ----------------------------------------------------------------------------------

export type Stage = 1 | 2 | 3 | 4 | 5;

export const STAGE_NAMES: Record<Stage, LocalText> = {
  1: { id: 'Rintisan', en: 'Starting' },
  2: { id: 'Berkembang', en: 'Developing' },
  3: { id: 'Mapan', en: 'Established' },
  4: { id: 'Maju', en: 'Advanced' },
  5: { id: 'Unggul', en: 'Leading' },
};

/** [0,20) → 1, [20,40) → 2, [40,60) → 3, [60,80) → 4, [80,100] → 5. */
export function stageOf(score: number): Stage {
  if (score < 20) return 1;
  if (score < 40) return 2;
  if (score < 60) return 3;
  if (score < 80) return 4;
  return 5;
}

// --- data-quality flags ------------------------------------------------------------------------

export type Flag = 'speeder' | 'straightline' | 'overclaim';

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Population standard deviation (divides by n). */
export function populationSd(values: readonly number[]): number | null {
  const m = mean(values);
  if (m === null) return null;
  return Math.sqrt(values.reduce((sum, v) => sum + (v - m) ** 2, 0) / values.length);
}

/** Sample variance (divides by n − 1); null below two values. */
export function sampleVariance(values: readonly number[]): number | null {
  const m = mean(values);
  if (m === null || values.length < 2) return null;
  return values.reduce((sum, v) => sum + (v - m) ** 2, 0) / (values.length - 1);
}

/** The same kind of answer everywhere: population SD of the choice items' scores below 0.05. */
function isStraightline(choiceScores: readonly number[]): boolean {
  const sd = populationSd(choiceScores);
  return sd !== null && sd < 0.05;
}

/** Claims a fictional tool or term in an over-claiming check. */
function claimsFiction(c: Compiled, answers: Answers): boolean {
  return c.claims.some(({ itemId, fictional }) => {
    const answer = answers.get(itemId);
    const chosen =
      answer?.type === 'option' ? [answer.option] : answer?.type === 'options' ? answer.options : [];
    return chosen.some((id) => fictional.has(id));
  });
}

export interface FlagInput {
  answers: Answers;
  /** Seconds from the first to the last answer; null when unknown. */
  durationSeconds: number | null;
}

/**
 * - `speeder`: took less than half the round's median duration (durations known only).
 * - `straightline`: the population SD of their item scores over answered single-choice and scenario items
 *   is below 0.05 (the same kind of answer everywhere).
 * - `overclaim`: claimed a fictional tool or term in an over-claiming check.
 */
export function flagsOf(
  instrument: Instrument,
  respondent: FlagInput,
  roundMedianSeconds: number | null,
  vector?: ReadonlyArray<number | null>,
): Flag[] {
  const flags: Flag[] = [];
  if (
    respondent.durationSeconds !== null &&
    roundMedianSeconds !== null &&
    respondent.durationSeconds < 0.5 * roundMedianSeconds
  ) {
    flags.push('speeder');
  }
  const c = compile(instrument);
  const choiceScores = present(
    vector
      ? c.choicePositions.map((p) => vector[p] ?? null)
      : c.choiceItems.map((i) => itemScore(i, respondent.answers.get(i.id))),
  );
  if (isStraightline(choiceScores)) flags.push('straightline');
  const claims = claimsFiction(c, respondent.answers);
  if (claims) flags.push('overclaim');
  return flags;
}

// --- reliability -------------------------------------------------------------------------------

export type AlphaLabel = 'excellent' | 'good' | 'acceptable' | 'questionable' | 'poor' | 'unacceptable';

export function alphaLabel(alpha: number): AlphaLabel {
  if (alpha >= 0.9) return 'excellent';
  if (alpha >= 0.8) return 'good';
  if (alpha >= 0.7) return 'acceptable';
  if (alpha >= 0.6) return 'questionable';
  if (alpha >= 0.5) return 'poor';
  return 'unacceptable';
}

/**
 * Cronbach's alpha of one dimension over the respondents who answered all of its scored items:
 * k/(k−1) × (1 − Σ var(item) / var(sum)), with sample variances. Null with fewer than two such
 * respondents, fewer than two items, or no variance in the sums.
 */
export function cronbachAlpha(
  instrument: Instrument,
  dimensionId: string,
  respondents: readonly Answers[],
): { alpha: number | null; n: number } {
  return alphaOfVectors(
    instrument,
    dimensionId,
    respondents.map((answers) => scoreVector(instrument, answers)),
  );
}

/** The score vector of item points as stored at submission (see storedScoresOf): points ÷ each item's maximum. */
export function vectorOfItemPoints(
  instrument: Instrument,
  points: ReadonlyArray<number | null>,
): Array<number | null> {
  return compile(instrument).scoredItems.map((item, p) => {
    const value = points[p];
    return value === null || value === undefined ? null : value / indexOf(item).max;
  });
}

/** Cronbach's alpha from score vectors (see scoreVector), for callers that have them already. */
export function alphaOfVectors(
  instrument: Instrument,
  dimensionId: string,
  vectors: ReadonlyArray<ReadonlyArray<number | null>>,
): { alpha: number | null; n: number } {
  const dimension = compile(instrument).dimensions.find((d) => d.id === dimensionId);
  const positions = dimension?.positions ?? [];
  const k = positions.length;
  // Two passes over the complete rows without copying them: dashboards run this over every respondent.
  const complete: Array<ReadonlyArray<number | null>> = [];
  for (const vector of vectors) {
    if (positions.every((p) => vector[p] !== null && vector[p] !== undefined)) complete.push(vector);
  }
  const n = complete.length;
  if (n < 2 || k < 2) return { alpha: null, n };
  const at = (vector: ReadonlyArray<number | null>, j: number) => vector[positions[j] as number] as number;
  const itemMeans = new Float64Array(k);
  let totalMean = 0;
  for (const vector of complete) {
    let total = 0;
    for (let j = 0; j < k; j++) {
      const s = at(vector, j);
      itemMeans[j] = (itemMeans[j] as number) + s;
      total += s;
    }
    totalMean += total;
  }
  for (let j = 0; j < k; j++) itemMeans[j] = (itemMeans[j] as number) / n;
  totalMean /= n;
  const itemSquares = new Float64Array(k);
  let totalSquares = 0;
  for (const vector of complete) {
    let total = 0;
    for (let j = 0; j < k; j++) {
      const s = at(vector, j);
      itemSquares[j] = (itemSquares[j] as number) + (s - (itemMeans[j] as number)) ** 2;
      total += s;
    }
    totalSquares += (total - totalMean) ** 2;
  }
  const totalVariance = totalSquares / (n - 1);
  if (totalVariance === 0) return { alpha: null, n };
  const itemVarianceSum = Array.from(itemSquares, (sq) => sq / (n - 1)).reduce((a, b) => a + b, 0);
  const alpha = (k / (k - 1)) * (1 - itemVarianceSum / totalVariance);
  return { alpha, n };
}
