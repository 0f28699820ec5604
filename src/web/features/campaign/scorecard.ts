/** The scorecard's arithmetic: one figure per thing reviewed and per campaign, from the reviewers' summaries. */
import type { ContentItem, ReviewSummary, ReviewTarget } from './types.ts';

/** The mean of the values that exist; null when none does. */
export function meanOf(values: ReadonlyArray<number | null>): number | null {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  return present.length === 0 ? null : present.reduce((a, b) => a + b, 0) / present.length;
}

/** A thing's score: the mean over its criteria of the reviewers' mean score (1–4). */
export const targetMean = (summary: ReviewSummary) => meanOf(summary.criteria.map((c) => c.mean));

/** The weakest agreement among a thing's criteria (null with fewer than two reviewers). */
export function lowestAgreement(summary: ReviewSummary): number | null {
  const values = summary.criteria.map((c) => c.agreement).filter((a): a is number => a !== null);
  return values.length === 0 ? null : Math.min(...values);
}

/** A campaign's score: the mean of its reviewed things' scores, each thing counting once. */
export const campaignMean = (summaries: readonly ReviewSummary[]) => meanOf(summaries.map(targetMean));

const TARGET_ORDER: Record<ReviewTarget, number> = { campaign: 0, storyline: 1, poster: 2, caption: 3 };

/** Summaries in the order the scorecard lists them: the whole campaign, the storyline, posters, captions. */
export function orderSummaries(summaries: readonly ReviewSummary[]): ReviewSummary[] {
  return [...summaries].sort(
    (a, b) =>
      TARGET_ORDER[a.target] - TARGET_ORDER[b.target] || (a.targetId ?? '').localeCompare(b.targetId ?? ''),
  );
}

export interface OverviewRow {
  campaignId: string;
  team: string;
  title: string;
  theme: string;
  posts: number;
  /** Caption warnings summed over the calendar's posts. */
  warnings: number;
  /** Reviewers who reviewed anything of the campaign. */
  reviewers: number;
  mean: number | null;
}

/** One row of the programme overview. */
export function overviewRow(
  campaign: { id: string; team: { name: string }; plan: { title: string; theme: string } },
  content: readonly ContentItem[],
  reviews: ReadonlyArray<{ reviewer: { id: string } }>,
  summaries: readonly ReviewSummary[],
  warningsOf: (item: ContentItem) => number,
): OverviewRow {
  return {
    campaignId: campaign.id,
    team: campaign.team.name,
    title: campaign.plan.title,
    theme: campaign.plan.theme,
    posts: content.length,
    warnings: content.reduce((sum, item) => sum + warningsOf(item), 0),
    reviewers: new Set(reviews.map((r) => r.reviewer.id)).size,
    mean: campaignMean(summaries),
  };
}

/** A figure rounded for a file to two decimals; a missing one is an empty cell, never a dash. */
export const csvFigure = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

/**
 * The scorecard's rubric rows: per thing reviewed and criterion, its mean, reviewers and agreement.
 * Columns: section, item, criterion or check, value, reviewers, agreement, share.
 */
export function rubricCsvRows(
  summaries: readonly ReviewSummary[],
  labels: { section: string; item: (s: ReviewSummary) => string; criterion: (id: string) => string },
): Array<Array<string | number | null>> {
  return summaries.flatMap((s) =>
    s.criteria.map((c) => [
      labels.section,
      labels.item(s),
      labels.criterion(c.criterion),
      csvFigure(c.mean),
      c.reviewers,
      csvFigure(c.agreement),
      null,
    ]),
  );
}

/** The overview's cells of one campaign before its field columns; no review yet is an empty mean. */
export const overviewCsvCells = (row: OverviewRow): Array<string | number | null> => [
  row.team,
  row.title,
  row.theme,
  row.posts,
  row.warnings,
  row.reviewers,
  csvFigure(row.mean),
];
