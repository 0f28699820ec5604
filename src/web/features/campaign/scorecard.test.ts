import { describe, expect, it } from 'vitest';
import { toCsv } from '#core/export-files.ts';
import {
  campaignMean,
  lowestAgreement,
  meanOf,
  orderSummaries,
  overviewCsvCells,
  overviewRow,
  rubricCsvRows,
  targetMean,
} from './scorecard.ts';
import type { ContentItem, CriterionSummary, ReviewSummary } from './types.ts';

const criterion = (id: string, mean: number | null, agreement: number | null = null): CriterionSummary => ({
  criterion: id,
  reviewers: mean === null ? 0 : 2,
  mean,
  spread: null,
  agreement,
  verdicts: { kuat: 0, lemah: 0, perlu_diperbaiki: 0 },
});

const summary = (
  target: ReviewSummary['target'],
  targetId: string | null,
  criteria: CriterionSummary[],
): ReviewSummary => ({ target, targetId, reviewers: 2, criteria });

describe('scorecard arithmetic', () => {
  it('averages what exists', () => {
    expect(meanOf([1, null, 3])).toBe(2);
    expect(meanOf([null])).toBeNull();
  });

  it('scores a thing as the mean of its criteria and a campaign as the mean of its things', () => {
    const poster = summary('poster', 'a', [criterion('clarity', 3, 1), criterion('visual', 2, 0.5)]);
    const whole = summary('campaign', null, [criterion('clarity', 4)]);
    expect(targetMean(poster)).toBe(2.5);
    expect(lowestAgreement(poster)).toBe(0.5);
    expect(lowestAgreement(whole)).toBeNull();
    expect(campaignMean([poster, whole])).toBe(3.25);
    expect(campaignMean([])).toBeNull();
    expect(orderSummaries([poster, whole]).map((s) => s.target)).toEqual(['campaign', 'poster']);
  });

  it('makes an overview row', () => {
    const item = { caption: 'x' } as ContentItem;
    const row = overviewRow(
      { id: 'c1', team: { name: 'Tim Energi' }, plan: { title: 'T', theme: 'Th' } },
      [item, item],
      [{ reviewer: { id: 'r1' } }, { reviewer: { id: 'r1' } }, { reviewer: { id: 'r2' } }],
      [summary('campaign', null, [criterion('clarity', 3)])],
      () => 2,
    );
    expect(row).toEqual({
      campaignId: 'c1',
      team: 'Tim Energi',
      title: 'T',
      theme: 'Th',
      posts: 2,
      warnings: 4,
      reviewers: 2,
      mean: 3,
    });
  });
});

describe('empty figures in the CSV files', () => {
  it('leaves a criterion nobody scored, and an agreement of one reviewer, as empty cells', () => {
    const rows = rubricCsvRows(
      [summary('poster', 'a', [criterion('clarity', 2.875, 0.6667), criterion('visual', null)])],
      { section: 'Rubrik', item: () => 'Poster', criterion: (id) => id },
    );
    expect(rows).toEqual([
      ['Rubrik', 'Poster', 'clarity', 2.88, 2, 0.67, null],
      ['Rubrik', 'Poster', 'visual', null, 0, null, null],
    ]);
    expect(toCsv(rows)).toBe('\uFEFFRubrik,Poster,clarity,2.88,2,0.67,\r\nRubrik,Poster,visual,,0,,\r\n');
  });

  it('writes a campaign not reviewed yet with an empty mean', () => {
    const row = overviewRow(
      { id: 'c1', team: { name: 'Tim Energi' }, plan: { title: 'T', theme: 'Th' } },
      [],
      [],
      [],
      () => 0,
    );
    expect(row.mean).toBeNull();
    expect(overviewCsvCells(row)).toEqual(['Tim Energi', 'T', 'Th', 0, 0, 0, null]);
    expect(toCsv([overviewCsvCells(row)])).not.toContain('—');
  });
});
