/** Aset: the campaign's posters, every version side by side, and uploading a new poster or version. */
import { formatBytes } from '#core/i18n/format.ts';
import { fmt, locale, t } from '#web/app/i18n.ts';
import { LoadError, Loading } from '#web/app/page-state.tsx';
import type { Resource } from '#web/app/use-api.ts';
import { EmptyState } from '#web/components/ui/empty-state.tsx';
import { NewPosterUpload, VersionUpload } from './asset-upload.tsx';
import type { Asset, AssetList } from './types.ts';

function AssetCard({
  asset,
  editable,
  onChanged,
}: {
  asset: Asset;
  editable: boolean;
  onChanged: () => void;
}) {
  const open = asset.pins.filter((p) => !p.resolved).length;
  return (
    <article
      class="card stack"
      data-testid="asset"
      data-asset-id={asset.id}
      aria-labelledby={`asset-${asset.id}`}
    >
      <div class="page-head" style={{ marginBottom: 0 }}>
        <h3 id={`asset-${asset.id}`} style={{ margin: 0 }}>
          {asset.title}
        </h3>
        {asset.pins.length > 0 && (
          <span class="badge">{t('campaign.assets.pins', { count: asset.pins.length, open })}</span>
        )}
      </div>
      <ol class="c-versions" aria-label={t('campaign.assets.versions')}>
        {asset.versions.map((v) => (
          <li key={v.id} class="c-version" data-testid="asset-version" data-version={v.version}>
            <a href={v.imageUrl} target="_blank" rel="noopener noreferrer" class="c-version__image">
              <img
                src={v.thumbnailUrl}
                alt={t('campaign.assets.versionAlt', { title: asset.title, n: v.version })}
                loading="lazy"
                width={v.width}
                height={v.height}
              />
            </a>
            <p class="c-meta">
              <strong>{t('campaign.version.short', { n: v.version })}</strong> ·{' '}
              {v.uploadedBy ?? t('campaign.someone')} · {fmt.dateTime(v.createdAt)}
            </p>
            <p class="c-meta">
              {v.width}×{v.height} · {formatBytes(locale.value, v.bytes)}
            </p>
          </li>
        ))}
      </ol>
      {editable && (
        <VersionUpload
          assetId={asset.id}
          nextVersion={(asset.versions.at(-1)?.version ?? 0) + 1}
          onUploaded={onChanged}
        />
      )}
    </article>
  );
}

export function AssetsTab({
  campaignId,
  assets,
  editable,
  onChanged,
}: {
  campaignId: string;
  assets: Resource<AssetList>;
  editable: boolean;
  onChanged: () => void;
}) {
  if (assets.error) return <LoadError error={assets.error} onRetry={assets.reload} />;
  if (!assets.data) return <Loading />;
  const list = assets.data.assets;
  return (
    <div class="stack">
      <p class="muted">{t('campaign.assets.intro')}</p>
      {list.length === 0 && (
        <EmptyState title={t('campaign.assets.emptyTitle')}>
          {editable ? t('campaign.assets.emptyEdit') : t('campaign.assets.emptyView')}
        </EmptyState>
      )}
      {list.map((asset) => (
        <AssetCard key={asset.id} asset={asset} editable={editable} onChanged={onChanged} />
      ))}
      {editable && <NewPosterUpload campaignId={campaignId} onUploaded={onChanged} />}
    </div>
  );
}
