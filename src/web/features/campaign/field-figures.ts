/**
 * The public's response on the scorecard and the overview, kept out of the components: the rows of the CSV
 * files. The verdict's words come from `verdictParams` in the core, as on the field dashboard.
 */
import type { FieldResponse, OutcomeShare } from '#core/campaign/field-response.ts';

/** A share rounded for a file: a fraction with four decimals, or empty. */
const shareCell = (share: number | null) => (share === null ? null : Math.round(share * 10_000) / 10_000);

/**
 * The scorecard's rows for the field: per session and variant, its total, then each outcome's count and
 * share. Columns: section, item, criterion or check, value, reviewers, agreement, share.
 */
export function fieldCsvRows(
  response: FieldResponse,
  labels: { section: string; total: string; outcome: (id: string) => string },
): Array<Array<string | number | null>> {
  return response.sessions.flatMap((session) =>
    session.variants.flatMap((variant) => {
      const item = `${session.name} · ${variant.name}`;
      return [
        [labels.section, item, labels.total, variant.total, null, null, null],
        ...variant.outcomes.map((o) => [
          labels.section,
          item,
          labels.outcome(o.outcome),
          o.count,
          null,
          null,
          shareCell(o.share),
        ]),
      ];
    }),
  );
}

/**
 * One campaign's overview cells: all its tallies, then the count of each of `outcomes` (0 when absent). A
 * campaign no field session tested has empty cells: it was not tested, which is not the same as tested
 * and met with silence.
 */
export function overviewFieldCells(
  response: Pick<FieldResponse, 'total' | 'byOutcome' | 'sessions'> | null,
  outcomes: readonly string[],
): Array<number | null> {
  if (!response || response.sessions.length === 0) return [null, ...outcomes.map(() => null)];
  const counts = new Map(response.byOutcome.map((o: OutcomeShare) => [o.outcome, o.count]));
  return [response.total, ...outcomes.map((o) => counts.get(o) ?? 0)];
}

/** The outcome columns of the overview: every outcome of any campaign, defaults first, each once. */
export function overviewOutcomes(
  responses: ReadonlyArray<Pick<FieldResponse, 'outcomes'> | null>,
): FieldResponse['outcomes'] {
  const out: FieldResponse['outcomes'] = [];
  for (const r of responses)
    for (const o of r?.outcomes ?? []) if (!out.some((x) => x.id === o.id)) out.push(o);
  return out;
}
