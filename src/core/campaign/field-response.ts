/**
 * The public's response to a campaign's variants in the field, for its scorecard and the programme
 * overview: per field session that tested any of the campaign's variants, each of those variants' tallies
 * per outcome with its share, and the same honest comparison the live dashboard makes (`compareVariants`),
 * run on the campaign's own variants only. Another team's posters in the same session are left out: their
 * figures are that team's data, and a verdict naming them would show them to readers who may not see them.
 * The counts come from the database already grouped (session × variant × outcome); this only shapes them.
 */
import { type CompareOptions, type Comparison, compareVariants } from '../field/compare.ts';
import { DEFAULT_OUTCOMES, type Outcome } from '../field/outcomes.ts';

/** A field session with the variants of one campaign it tested, in the order the session lists them. */
export interface LinkedSession {
  id: string;
  name: string;
  place: string;
  /** ISO 8601 instants of the session's window, and the zone its hours are told in. */
  startsAt: string;
  endsAt: string;
  timeZone: string;
  /** The session's outcomes: the three defaults, then its extras. */
  outcomes: readonly Outcome[];
  variants: ReadonlyArray<{ id: string; name: string; assetId: string | null }>;
}

/** One row of `select session_id, variant, outcome, count(*) … group by 1, 2, 3`. */
export interface ResponseCount {
  sessionId: string;
  variant: string;
  outcome: string;
  n: number;
}

export interface OutcomeShare {
  outcome: string;
  count: number;
  /** count ÷ the row's total; null when the row has no tallies. */
  share: number | null;
}

export interface VariantResponse {
  id: string;
  name: string;
  assetId: string | null;
  total: number;
  /** Every outcome of the session, in its order, 0 when none was logged. */
  outcomes: OutcomeShare[];
}

export interface SessionResponse extends Omit<LinkedSession, 'variants' | 'outcomes'> {
  outcomes: Outcome[];
  total: number;
  variants: VariantResponse[];
  /** The comparison of the campaign's variants in this session; null with fewer than two of them. */
  comparison: Comparison | null;
}

export interface FieldResponse {
  /** Every outcome met in the sessions: the defaults, then extras in the order they first appear. */
  outcomes: Outcome[];
  /** All the campaign's tallies, over every session. */
  total: number;
  byOutcome: OutcomeShare[];
  sessions: SessionResponse[];
}

function shares(counts: ReadonlyMap<string, number>, outcomes: readonly Outcome[]) {
  const total = outcomes.reduce((sum, o) => sum + (counts.get(o.id) ?? 0), 0);
  return {
    total,
    outcomes: outcomes.map((o) => {
      const count = counts.get(o.id) ?? 0;
      return { outcome: o.id, count, share: total > 0 ? count / total : null };
    }),
  };
}

/** An outcome counted although the session no longer lists it: kept, so that the totals still add up. */
const unlisted = (id: string): Outcome => ({ id, label: { id, en: id }, colour: '--c-info', extra: true });

function withUnlisted(listed: readonly Outcome[], seen: Iterable<string>): Outcome[] {
  const known = new Set(listed.map((o) => o.id));
  const others = [...new Set(seen)].filter((id) => !known.has(id)).sort();
  return [...listed, ...others.map(unlisted)];
}

/** Shapes the grouped counts of a campaign's variants; counts of any other session or variant are ignored. */
export function fieldResponse(
  sessions: readonly LinkedSession[],
  counts: readonly ResponseCount[],
  options: CompareOptions = {},
): FieldResponse {
  const overall = new Map<string, number>();
  const allOutcomes: Outcome[] = [...DEFAULT_OUTCOMES];
  const shaped = sessions.map((session): SessionResponse => {
    const variantIds = new Set(session.variants.map((v) => v.id));
    const mine = counts.filter((c) => c.sessionId === session.id && variantIds.has(c.variant) && c.n > 0);
    const outcomes = withUnlisted(
      session.outcomes,
      mine.map((c) => c.outcome),
    );
    for (const o of outcomes) if (!allOutcomes.some((a) => a.id === o.id)) allOutcomes.push(o);
    const variants = session.variants.map((v) => {
      const byOutcome = new Map<string, number>();
      for (const c of mine)
        if (c.variant === v.id) byOutcome.set(c.outcome, (byOutcome.get(c.outcome) ?? 0) + c.n);
      for (const [outcome, n] of byOutcome) overall.set(outcome, (overall.get(outcome) ?? 0) + n);
      return { id: v.id, name: v.name, assetId: v.assetId, ...shares(byOutcome, outcomes) };
    });
    const comparison =
      variants.length < 2
        ? null
        : compareVariants(
            variants.map((v) => ({
              variant: v.id,
              total: v.total,
              by_outcome: Object.fromEntries(v.outcomes.map((o) => [o.outcome, o.count])),
            })),
            { ...options, outcomes: outcomes.map((o) => o.id) },
          );
    return {
      id: session.id,
      name: session.name,
      place: session.place,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      timeZone: session.timeZone,
      outcomes,
      total: variants.reduce((sum, v) => sum + v.total, 0),
      variants,
      comparison,
    };
  });
  const total = shares(overall, allOutcomes);
  return { outcomes: allOutcomes, total: total.total, byOutcome: total.outcomes, sessions: shaped };
}
