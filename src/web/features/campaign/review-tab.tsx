/**
 * Ulasan: posters with their pins on the left, the rubric on the right (stacked on a phone). Reviewers pin
 * and score; the team reads, replies and uploads the next version.
 */
import { fmt, t } from '#web/app/i18n.ts';
import { LoadError, Loading } from '#web/app/page-state.tsx';
import type { Resource } from '#web/app/use-api.ts';
import { useResource } from '#web/app/use-api.ts';
import { EmptyState } from '#web/components/ui/empty-state.tsx';
import { platformLabel, targetKindLabel } from './bits.tsx';
import { PosterBoard } from './poster-board.tsx';
import { ReviewCard, Summaries, type TargetLabel } from './review-summary.tsx';
import { RubricForm, type TargetOption } from './rubric-form.tsx';
import type { Asset, AssetList, ContentItem, ReviewList } from './types.ts';

/** The label of a thing reviewed: "Poster: …", "Keterangan: Instagram · 6 Des 10.00", … */
export function makeTargetLabel(assets: readonly Asset[], content: readonly ContentItem[]): TargetLabel {
  return (target, targetId) => {
    const kind = targetKindLabel(target);
    if (target === 'poster') {
      const asset = assets.find((a) => a.id === targetId);
      return asset ? `${kind}: ${asset.title}` : kind;
    }
    if (target === 'caption') {
      const item = content.find((c) => c.id === targetId);
      if (!item) return kind;
      const when = item.scheduledAt ? fmt.dateTime(item.scheduledAt) : t('campaign.post.unscheduled');
      return `${kind}: ${platformLabel(item.platform)} · ${when}`;
    }
    return kind;
  };
}

export function targetOptions(assets: readonly Asset[], content: readonly ContentItem[]): TargetOption[] {
  const label = makeTargetLabel(assets, content);
  return [
    { target: 'campaign', targetId: null, label: label('campaign', null) },
    { target: 'storyline', targetId: null, label: label('storyline', null) },
    ...assets
      .filter((a) => a.versions.length > 0)
      .map((a) => ({ target: 'poster' as const, targetId: a.id, label: label('poster', a.id) })),
    ...content
      .filter((c) => c.caption.trim() !== '')
      .map((c) => ({ target: 'caption' as const, targetId: c.id, label: label('caption', c.id) })),
  ];
}

export function ReviewTab({
  campaignId,
  assets,
  content,
  onChanged,
}: {
  campaignId: string;
  assets: Resource<AssetList>;
  content: readonly ContentItem[];
  onChanged: () => void;
}) {
  const reviews = useResource<ReviewList>(`/api/campaigns/${encodeURIComponent(campaignId)}/reviews`);
  if (assets.error) return <LoadError error={assets.error} onRetry={assets.reload} />;
  if (reviews.error) return <LoadError error={reviews.error} onRetry={reviews.reload} />;
  if (!assets.data || !reviews.data) return <Loading />;
  const list = assets.data.assets;
  const data = reviews.data;
  const label = makeTargetLabel(list, content);
  const reload = () => {
    assets.reload();
    reviews.reload();
    onChanged();
  };
  return (
    <div class="c-review">
      <div class="c-review__posters stack">
        <h2>{t('campaign.review.posters')}</h2>
        {list.length === 0 ? (
          <EmptyState title={t('campaign.assets.emptyTitle')}>{t('campaign.review.noPosters')}</EmptyState>
        ) : (
          list.map((asset) => (
            <PosterBoard
              key={asset.id}
              asset={asset}
              canReview={data.canReview}
              canEdit={data.canEdit}
              onChanged={reload}
            />
          ))
        )}
      </div>
      <div class="c-review__side stack">
        {data.canReview && (
          <RubricForm
            campaignId={campaignId}
            rubric={data.rubric}
            options={targetOptions(list, content)}
            reviews={data.reviews}
            onSaved={reload}
          />
        )}
        <section class="stack" aria-labelledby="summary-title" data-testid="summaries">
          <h2 id="summary-title">{t('campaign.summary.title')}</h2>
          {data.summaries.length === 0 ? (
            <p class="muted">{t('campaign.summary.none')}</p>
          ) : (
            <Summaries summaries={data.summaries} rubric={data.rubric} label={label} />
          )}
        </section>
        {data.reviews.length > 0 && (
          <section class="stack" aria-labelledby="reviews-title">
            <h2 id="reviews-title">{t('campaign.review.list')}</h2>
            {data.reviews.map((r) => (
              <ReviewCard key={r.id} review={r} rubric={data.rubric} label={label} onChanged={reload} />
            ))}
          </section>
        )}
      </div>
    </div>
  );
}
