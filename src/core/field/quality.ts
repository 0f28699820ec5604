/**
 * The data-quality check: a volunteer tapping faster than anyone can approach, ask and listen to people.
 * "More than one tally per 2 seconds, sustained" is made exact as: at least 10 consecutive taps of one
 * volunteer whose mean interval is under 2 seconds (the 10 taps span less than 9 × 2 = 18 seconds).
 * Overlapping runs merge into one episode. Episodes are shown to the facilitator; the tallies stay counted,
 * since a burst can be honest (a group of students answering at once) and only a person can tell.
 */
import { MINUTE_MS } from './session.ts';

export interface RateRule {
  /** How many consecutive taps make a run "sustained". */
  minTallies: number;
  /** A run is flagged when its mean interval between taps is below this. */
  minIntervalMs: number;
}

export const DEFAULT_RATE_RULE: RateRule = { minTallies: 10, minIntervalMs: 2000 };

export interface TimedTally {
  /** Who logged it: the volunteer's id in the session (from the join token, never from the tally). */
  volunteer: string;
  /** UTC ms. */
  at: number;
}

export interface RateFlag {
  volunteer: string;
  /** The first and the last tap of the episode, UTC ms. */
  from: number;
  to: number;
  /** Taps in the episode. */
  tallies: number;
  /** Taps per minute over the episode, (tallies − 1) ÷ its span; null when all share one instant. */
  rate: number | null;
}

/** The implausible-rate episodes, ordered by start, then volunteer. */
export function rateFlags(tallies: Iterable<TimedTally>, rule: Partial<RateRule> = {}): RateFlag[] {
  const { minTallies, minIntervalMs } = { ...DEFAULT_RATE_RULE, ...rule };
  const run = Math.max(2, Math.floor(minTallies));
  const maxSpan = (run - 1) * minIntervalMs;

  const byVolunteer = new Map<string, number[]>();
  for (const t of tallies) {
    const times = byVolunteer.get(t.volunteer);
    if (times) times.push(t.at);
    else byVolunteer.set(t.volunteer, [t.at]);
  }

  const flags: RateFlag[] = [];
  for (const [volunteer, times] of byVolunteer) {
    times.sort((a, b) => a - b);
    // Index ranges [first, last] of flagged runs, merged while they overlap or touch.
    let first = -1;
    let last = -1;
    const close = () => {
      if (first < 0) return;
      const from = times[first] as number;
      const to = times[last] as number;
      const count = last - first + 1;
      flags.push({
        volunteer,
        from,
        to,
        tallies: count,
        rate: to > from ? ((count - 1) * MINUTE_MS) / (to - from) : null,
      });
    };
    for (let i = 0; i + run - 1 < times.length; i++) {
      const end = i + run - 1;
      if ((times[end] as number) - (times[i] as number) >= maxSpan) continue;
      if (first >= 0 && i <= last) last = end;
      else {
        close();
        first = i;
        last = end;
      }
    }
    close();
  }
  return flags.sort(
    (a, b) => a.from - b.from || (a.volunteer < b.volunteer ? -1 : a.volunteer > b.volunteer ? 1 : 0),
  );
}
