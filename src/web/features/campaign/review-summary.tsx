/** What the reviewers said of each thing: mean score per criterion, agreement, verdicts, and each review. */
import { fmt, t } from '#web/app/i18n.ts';
import { Table } from '#web/components/ui/list.tsx';
import { criterionName, percentText, Replies, scoreText, verdictLabel } from './bits.tsx';
import { orderSummaries, targetMean } from './scorecard.ts';
import type { Criterion, Review, ReviewSummary, ReviewTarget } from './types.ts';

export type TargetLabel = (target: ReviewTarget, targetId: string | null) => string;

export function SummaryTable({
  summary,
  rubric,
  label,
}: {
  summary: ReviewSummary;
  rubric: readonly Criterion[];
  label: TargetLabel;
}) {
  const name = (id: string) => {
    const c = rubric.find((r) => r.id === id);
    return c ? criterionName(c) : id;
  };
  const several = summary.reviewers >= 2;
  const mean = targetMean(summary);
  return (
    <div
      class="c-summary"
      data-testid="review-summary"
      data-target={summary.target}
      data-target-id={summary.targetId ?? ''}
    >
      <h3>
        {label(summary.target, summary.targetId)}{' '}
        <span class="badge" data-testid="summary-mean">
          {mean === null ? scoreText(mean) : t('campaign.summary.mean', { score: scoreText(mean) })}
        </span>
      </h3>
      <p class="c-meta">
        {t('campaign.summary.reviewers', { count: summary.reviewers })}
        {several ? '' : ` · ${t('campaign.summary.oneReviewer')}`}
      </p>
      <Table caption={label(summary.target, summary.targetId)}>
        <thead>
          <tr>
            <th scope="col">{t('campaign.summary.criterion')}</th>
            <th scope="col">{t('campaign.summary.score')}</th>
            {several && <th scope="col">{t('campaign.summary.agreement')}</th>}
            <th scope="col">{t('campaign.summary.verdicts')}</th>
          </tr>
        </thead>
        <tbody>
          {summary.criteria.map((c) => (
            <tr key={c.criterion}>
              <th scope="row">{name(c.criterion)}</th>
              <td data-testid="criterion-mean">{scoreText(c.mean)}</td>
              {several && <td>{percentText(c.agreement)}</td>}
              <td>
                {(['kuat', 'lemah', 'perlu_diperbaiki'] as const)
                  .filter((v) => c.verdicts[v] > 0)
                  .map((v) => `${verdictLabel(v)} ${c.verdicts[v]}`)
                  .join(' · ') || t('common.none')}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
      {several && <p class="c-meta">{t('campaign.summary.agreementHelp')}</p>}
    </div>
  );
}

export function Summaries({
  summaries,
  rubric,
  label,
}: {
  summaries: readonly ReviewSummary[];
  rubric: readonly Criterion[];
  label: TargetLabel;
}) {
  return (
    <>
      {orderSummaries(summaries).map((s) => (
        <SummaryTable key={`${s.target}|${s.targetId ?? ''}`} summary={s} rubric={rubric} label={label} />
      ))}
    </>
  );
}

export function ReviewCard({
  review,
  rubric,
  label,
  onChanged,
}: {
  review: Review;
  rubric: readonly Criterion[];
  label: TargetLabel;
  onChanged: () => void;
}) {
  const name = (id: string) => {
    const c = rubric.find((r) => r.id === id);
    return c ? criterionName(c) : id;
  };
  return (
    <article class="card stack" data-testid="review" data-review-id={review.id}>
      <div>
        <h3 style={{ marginBottom: 0 }}>{label(review.target, review.targetId)}</h3>
        <p class="c-meta">
          {review.reviewer.name ?? t('campaign.someone')} · {fmt.dateTime(review.updatedAt)}
        </p>
      </div>
      {review.summary && <p class="c-pre">{review.summary}</p>}
      <ul class="c-scores">
        {review.scores.map((s) => (
          <li key={s.criterion}>
            <strong>{name(s.criterion)}</strong>: {t('campaign.review.score', { score: s.score })} ·{' '}
            <span class={`c-verdict c-verdict--${s.verdict}`}>{verdictLabel(s.verdict)}</span>
            {s.comment && <span class="muted"> — {s.comment}</span>}
          </li>
        ))}
      </ul>
      <Replies
        replies={review.replies}
        postUrl={`/api/reviews/${encodeURIComponent(review.id)}/replies`}
        onAdded={onChanged}
        testId="review-replies"
      />
    </article>
  );
}
