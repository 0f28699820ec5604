/**
 * The counts behind `GET /api/field/sessions/:id/summary` and the live dashboard: totals per outcome, per
 * variant, per team and per local hour. The same shape is built three ways that must agree: from tallies
 * (`summarise`), one tally at a time as they arrive (`SummaryAccumulator`), and from the database's
 * grouped counts (`fromCounts`). Rules in docs/field.md ("Summary").
 */
import { hoursBetween, localHourStart, localIso } from './hours.ts';
import type { FieldSession } from './session.ts';

export type SummarySession = Pick<FieldSession, 'variants' | 'outcomes' | 'teams' | 'timeZone'>;

export type OutcomeCounts = Record<string, number>;

export interface Counts {
  total: number;
  /** Every outcome of the session, 0 when none was logged. */
  by_outcome: OutcomeCounts;
}

/** The API's JSON shape, hence snake_case. */
export interface FieldSummary extends Counts {
  by_variant: Array<{ variant: string } & Counts>;
  /** `team: null` gathers the tallies logged without a team. */
  by_team: Array<{ team: string | null } & Counts>;
  /** `hour`: ISO 8601 of the local hour's start with the zone's offset (`2024-05-12T06:00:00+07:00`). */
  by_hour: Array<{ hour: string } & Counts>;
}

/** What a tally needs for counting (a `Tally` from tally.ts fits). */
export interface CountedTally {
  variant: string;
  outcome: string;
  team: string | null;
  /** UTC ms. */
  at: number;
}

/** One row of `SELECT variant, team, <slot>, outcome, count(*) … GROUP BY 1, 2, 3, 4`. */
export interface CountRow {
  variant: string;
  team: string | null;
  /**
   * Any instant (UTC ms) within the local hour the row counts. Grouping by the 15-minute UTC slot,
   * `floor(extract(epoch from at) / 900) * 900000`, is exact in every zone, half-hour ones included;
   * grouping by UTC hour is not (India, Nepal, parts of Australia).
   */
  hour: number;
  outcome: string;
  n: number;
}

type Tallied = Map<string, number>;

function bump<K>(map: Map<K, Tallied>, key: K, outcome: string, n: number): void {
  let counts = map.get(key);
  if (!counts) {
    counts = new Map();
    map.set(key, counts);
  }
  counts.set(outcome, (counts.get(outcome) ?? 0) + n);
}

/**
 * The session's ids in its order, then any other id seen in the data (a variant removed after tallies were
 * logged against it), sorted: nothing counted disappears from the breakdowns, so every breakdown adds up
 * to the total.
 */
function ordered<K extends string | null>(known: readonly K[], seen: Iterable<K>): K[] {
  const set = new Set<K>(known);
  const others = [...seen].filter((k) => !set.has(k) && k !== null).sort();
  return [...known, ...others];
}

/**
 * Counts kept up to date one tally at a time, so a server can hold the summary of a live session in
 * memory and send it over SSE without asking the database again. `remove` takes back an undone tally.
 */
export class SummaryAccumulator {
  readonly #session: SummarySession;
  readonly #outcomes: Tallied = new Map();
  readonly #variants = new Map<string, Tallied>();
  readonly #teams = new Map<string | null, Tallied>();
  readonly #hours = new Map<number, Tallied>();

  constructor(session: SummarySession) {
    this.#session = session;
  }

  add(tally: CountedTally): this {
    return this.#count(
      tally.variant,
      tally.team,
      localHourStart(tally.at, this.#session.timeZone),
      tally.outcome,
      1,
    );
  }

  remove(tally: CountedTally): this {
    return this.#count(
      tally.variant,
      tally.team,
      localHourStart(tally.at, this.#session.timeZone),
      tally.outcome,
      -1,
    );
  }

  addCount(row: CountRow): this {
    return this.#count(
      row.variant,
      row.team,
      localHourStart(row.hour, this.#session.timeZone),
      row.outcome,
      row.n,
    );
  }

  #count(variant: string, team: string | null, hour: number, outcome: string, n: number): this {
    this.#outcomes.set(outcome, (this.#outcomes.get(outcome) ?? 0) + n);
    bump(this.#variants, variant, outcome, n);
    bump(this.#teams, team, outcome, n);
    bump(this.#hours, hour, outcome, n);
    return this;
  }

  summary(): FieldSummary {
    const { timeZone } = this.#session;
    const outcomes = ordered(
      this.#session.outcomes,
      [...this.#outcomes].filter(([, n]) => n !== 0).map(([outcome]) => outcome),
    );
    const countsOf = (tallied: Tallied | undefined): Counts => {
      const by_outcome: OutcomeCounts = {};
      let total = 0;
      for (const outcome of outcomes) {
        const n = tallied?.get(outcome) ?? 0;
        by_outcome[outcome] = n;
        total += n;
      }
      return { total, by_outcome };
    };

    // Ids outside the session's lists show only while they hold tallies (an undo can empty them).
    const used = <K>(map: Map<K, Tallied>): K[] =>
      [...map].filter(([, tallied]) => countsOf(tallied).total !== 0).map(([key]) => key);

    const teams: Array<string | null> = ordered<string | null>(this.#session.teams, used(this.#teams));
    // The row of tallies without a team shows only when there are some: most sessions always pick a team.
    if (countsOf(this.#teams.get(null)).total !== 0) teams.push(null);

    // Hours from the first to the last with tallies, the empty ones between included: a lull is a finding.
    const busy = used(this.#hours);
    const hours = busy.length === 0 ? [] : hoursBetween(Math.min(...busy), Math.max(...busy), timeZone);

    return {
      ...countsOf(this.#outcomes),
      by_variant: ordered(this.#session.variants, used(this.#variants)).map((variant) => ({
        variant,
        ...countsOf(this.#variants.get(variant)),
      })),
      by_team: teams.map((team) => ({ team, ...countsOf(this.#teams.get(team)) })),
      by_hour: hours.map((hour) => ({ hour: localIso(hour, timeZone), ...countsOf(this.#hours.get(hour)) })),
    };
  }
}

/** The summary of a list of tallies. */
export function summarise(tallies: Iterable<CountedTally>, session: SummarySession): FieldSummary {
  const acc = new SummaryAccumulator(session);
  for (const tally of tallies) acc.add(tally);
  return acc.summary();
}

/** The same summary from the database's grouped counts (see `CountRow`). */
export function fromCounts(rows: Iterable<CountRow>, session: SummarySession): FieldSummary {
  const acc = new SummaryAccumulator(session);
  for (const row of rows) acc.addCount(row);
  return acc.summary();
}
