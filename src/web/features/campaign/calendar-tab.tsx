/** Kalender: the content plan as posts by day, each edited on its own (with its own version). */
import { useId, useState } from 'preact/hooks';
import { CONTENT_PLATFORMS, CONTENT_STATUSES } from '#core/campaign/plan.ts';
import { ApiError, api } from '#web/app/api.ts';
import { fieldText, fmt, t } from '#web/app/i18n.ts';
import { fromLocalInput, toLocalInput } from '#web/app/local-input.ts';
import { FormError } from '#web/app/page-state.tsx';
import { useAction } from '#web/app/use-action.ts';
import { toast } from '#web/components/ui/alert.tsx';
import { Button } from '#web/components/ui/button.tsx';
import { ConfirmDialog } from '#web/components/ui/dialog.tsx';
import { EmptyState } from '#web/components/ui/empty-state.tsx';
import { Field, Select, TextArea } from '#web/components/ui/field.tsx';
import { Icon } from '#web/components/ui/icon.tsx';
import { platformLabel, statusLabel } from './bits.tsx';
import { groupByDay, timeOf } from './calendar.ts';
import { warningsOf } from './caption.ts';
import { CaptionChecks } from './caption-checks-view.tsx';
import { ConflictView, PostValue, postFieldLabel } from './conflict-view.tsx';
import {
  compareVersions,
  type FieldConflict,
  mergeVersions,
  POST_FIELDS,
  type PostDraft,
  type PostFieldKey,
  type Side,
  suggestedChoices,
} from './plan-diff.ts';
import type { Asset, CampaignDetail, ContentItem, ContentPlatform, ContentStatus } from './types.ts';

const FORMAT_SUGGESTIONS = ['Feed', 'Carousel', 'Reel', 'Story', 'Video', 'Live', 'Thread', 'Broadcast'];

const draftOf = (item: ContentItem | null): PostDraft =>
  item
    ? {
        scheduledAt: item.scheduledAt,
        platform: item.platform,
        format: item.format,
        caption: item.caption,
        assetIds: item.assetIds,
        status: item.status,
        link: item.link,
      }
    : {
        scheduledAt: null,
        platform: 'instagram',
        format: '',
        caption: '',
        assetIds: [],
        status: 'idea',
        link: null,
      };

interface PostConflict {
  theirs: ContentItem;
  mine: PostDraft;
  conflicts: FieldConflict<PostFieldKey>[];
  choices: Partial<Record<PostFieldKey, Side>>;
}

function PostEditor({
  campaignId,
  item,
  assets,
  timeZone,
  onDone,
  onCancel,
}: {
  campaignId: string;
  item: ContentItem | null;
  assets: readonly Asset[];
  timeZone: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const [base, setBase] = useState<ContentItem | null>(item);
  const [post, setPost] = useState<PostDraft>(draftOf(item));
  const [when, setWhen] = useState(toLocalInput(item?.scheduledAt ?? null, timeZone));
  const [conflict, setConflict] = useState<PostConflict | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const action = useAction();
  const set = <K extends keyof PostDraft>(key: K, value: PostDraft[K]) => setPost({ ...post, [key]: value });
  const posters = assets.filter((a) => a.versions.length > 0);
  const assetsErrorId = useId();
  const assetsError = fieldText(action.error, 'assetIds');

  async function send(next: PostDraft, on: ContentItem | null) {
    const ok = await action.run(async () => {
      if (!on) {
        await api.post(`/api/campaigns/${encodeURIComponent(campaignId)}/content`, next);
        return;
      }
      try {
        await api.put(`/api/content/${encodeURIComponent(on.id)}`, { ...next, baseVersion: on.version });
      } catch (failure) {
        if (!(failure instanceof ApiError) || failure.code !== 'stale_version') throw failure;
        const latest = await api.get<CampaignDetail>(`/api/campaigns/${encodeURIComponent(campaignId)}`);
        const theirs = latest.content.find((c) => c.id === on.id);
        if (!theirs) throw new ApiError('not_found', 404, 'not_found');
        const conflicts = compareVersions(POST_FIELDS, draftOf(on), next, draftOf(theirs));
        setBase(theirs);
        setConflict({ theirs, mine: next, conflicts, choices: suggestedChoices(conflicts) });
        throw failure;
      }
    });
    if (ok) {
      toast(t('common.saved'));
      onDone();
    }
  }

  const submit = () => {
    const scheduledAt = when.trim() ? fromLocalInput(when, timeZone) : null;
    send({ ...post, scheduledAt, link: post.link?.trim() ? post.link.trim() : null }, base);
  };

  return (
    <form
      class="card c-post-editor stack"
      noValidate
      data-testid="post-editor"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h3>{item ? t('campaign.post.editTitle') : t('campaign.post.newTitle')}</h3>
      {conflict && (
        <ConflictView
          testId="post-conflict"
          intro={t('campaign.conflict.postIntro', { version: conflict.theirs.version })}
          theirsLabel={t('campaign.conflict.theirsPost')}
          conflicts={conflict.conflicts}
          choices={conflict.choices}
          label={postFieldLabel}
          render={(key, value) => <PostValue field={key} value={value} assets={assets} />}
          onChoice={(key, side) =>
            setConflict({ ...conflict, choices: { ...conflict.choices, [key]: side } })
          }
          busy={action.busy}
          onSaveChoices={() => {
            const merged = mergeVersions(
              POST_FIELDS,
              conflict.mine,
              draftOf(conflict.theirs),
              conflict.choices,
            );
            setConflict(null);
            send(merged, conflict.theirs);
          }}
          onKeepMine={() => {
            setConflict(null);
            send(conflict.mine, conflict.theirs);
          }}
          onTakeTheirs={() => {
            const theirs = draftOf(conflict.theirs);
            setPost(theirs);
            setWhen(toLocalInput(theirs.scheduledAt, timeZone));
            setConflict(null);
            action.setError(null);
          }}
        />
      )}
      {action.error?.code !== 'stale_version' && (
        <FormError error={action.error && action.error.fields.length === 0 ? action.error : null} />
      )}
      <fieldset class="c-fieldset" disabled={!!conflict}>
        <legend class="visually-hidden">{t('campaign.post.editTitle')}</legend>
        <div class="c-two">
          <Field
            type="datetime-local"
            label={t('campaign.post.when')}
            hint={t('campaign.post.whenHint', { zone: timeZone })}
            value={when}
            onValue={setWhen}
            error={fieldText(action.error, 'scheduledAt')}
            data-testid="post-when"
          />
          <Select
            label={t('campaign.post.platform')}
            value={post.platform}
            onValue={(v) => set('platform', v as ContentPlatform)}
            options={CONTENT_PLATFORMS.map((p) => ({ value: p, label: platformLabel(p) }))}
            data-testid="post-platform"
          />
          <Field
            label={t('campaign.post.format')}
            hint={t('campaign.post.formatHint')}
            value={post.format}
            onValue={(v) => set('format', v)}
            maxLength={80}
            list="post-formats"
            error={fieldText(action.error, 'format')}
            data-testid="post-format"
          />
          <Select
            label={t('campaign.post.status')}
            value={post.status}
            onValue={(v) => set('status', v as ContentStatus)}
            options={CONTENT_STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))}
            data-testid="post-status"
          />
        </div>
        <datalist id="post-formats">
          {FORMAT_SUGGESTIONS.map((f) => (
            <option key={f} value={f} />
          ))}
        </datalist>
        <TextArea
          label={t('campaign.post.caption')}
          hint={t('campaign.post.captionHint')}
          value={post.caption}
          onValue={(v) => set('caption', v)}
          rows={6}
          maxLength={70000}
          error={fieldText(action.error, 'caption')}
          data-testid="post-caption"
        />
        <CaptionChecks caption={post.caption} platform={post.platform} />
        <fieldset
          class="c-group"
          data-testid="post-assets"
          aria-describedby={assetsError ? assetsErrorId : undefined}
        >
          <legend>{t('campaign.post.assets')}</legend>
          {posters.length === 0 ? (
            <p class="muted">{t('campaign.post.noAssets')}</p>
          ) : (
            <ul class="c-asset-picks">
              {posters.map((asset) => {
                const last = asset.versions[asset.versions.length - 1];
                const on = post.assetIds.includes(asset.id);
                return (
                  <li key={asset.id}>
                    <label class={`c-asset-pick ${on ? 'is-on' : ''}`}>
                      <input
                        type="checkbox"
                        checked={on}
                        onChange={(e) =>
                          set(
                            'assetIds',
                            e.currentTarget.checked
                              ? [...post.assetIds, asset.id]
                              : post.assetIds.filter((a) => a !== asset.id),
                          )
                        }
                      />
                      {last && <img src={last.thumbnailUrl} alt="" loading="lazy" width={64} height={64} />}
                      <span>{asset.title}</span>
                    </label>
                  </li>
                );
              })}
            </ul>
          )}
          {assetsError && (
            <p class="field__error" id={assetsErrorId} data-testid="post-assets-error">
              <Icon name="alert" size={16} />
              {assetsError}
            </p>
          )}
        </fieldset>
        <Field
          type="url"
          label={t('campaign.post.link')}
          hint={t('campaign.post.linkHint')}
          value={post.link ?? ''}
          onValue={(v) => set('link', v)}
          maxLength={2000}
          inputMode="url"
          autocapitalize="none"
          error={fieldText(action.error, 'link')}
          data-testid="post-link"
        />
      </fieldset>
      <div class="row">
        <Button type="submit" busy={action.busy} disabled={!!conflict} data-testid="post-save">
          {t('common.save')}
        </Button>
        <Button variant="ghost" onClick={onCancel} data-testid="post-cancel">
          {t('common.cancel')}
        </Button>
        {item && (
          <Button
            variant="danger"
            size="small"
            onClick={() => setConfirmDelete(true)}
            data-testid="post-delete"
          >
            {t('common.delete')}
          </Button>
        )}
      </div>
      {item && (
        <ConfirmDialog
          open={confirmDelete}
          title={t('campaign.post.deleteTitle')}
          confirmLabel={t('common.delete')}
          cancelLabel={t('common.cancel')}
          danger
          busy={action.busy}
          onCancel={() => setConfirmDelete(false)}
          onConfirm={async () => {
            const ok = await action.run(() => api.del(`/api/content/${encodeURIComponent(item.id)}`));
            setConfirmDelete(false);
            if (ok) {
              toast(t('campaign.post.deleted'));
              onDone();
            }
          }}
        >
          <p>{t('campaign.post.deleteText')}</p>
        </ConfirmDialog>
      )}
    </form>
  );
}

function PostCard({
  item,
  assets,
  timeZone,
  editable,
  onEdit,
}: {
  item: ContentItem;
  assets: readonly Asset[];
  timeZone: string;
  editable: boolean;
  onEdit: () => void;
}) {
  const warnings = warningsOf(item.caption, item.platform);
  const pictures = item.assetIds
    .map((id) => assets.find((a) => a.id === id))
    .filter((a): a is Asset => !!a && a.versions.length > 0);
  const firstLine = item.caption.split(/\r?\n/)[0] ?? '';
  return (
    <li class="c-post" data-testid="post" data-post-id={item.id}>
      <div class="c-post__head">
        <span class="c-post__time">
          {item.scheduledAt ? timeOf(item.scheduledAt, timeZone) : t('campaign.post.unscheduled')}
        </span>
        <span class="badge">{platformLabel(item.platform)}</span>
        {item.format && <span class="badge">{item.format}</span>}
        <span class={`badge c-status c-status--${item.status}`} data-testid="post-status-badge">
          {statusLabel(item.status)}
        </span>
      </div>
      {firstLine ? (
        <p class="c-post__caption">{firstLine}</p>
      ) : (
        <p class="muted">{t('campaign.post.noCaption')}</p>
      )}
      {pictures.length > 0 && (
        <div class="c-post__thumbs">
          {pictures.map((a) => (
            <img
              key={a.id}
              src={a.versions[a.versions.length - 1]?.thumbnailUrl}
              alt={a.title}
              loading="lazy"
              width={56}
              height={56}
            />
          ))}
        </div>
      )}
      <div class="row c-post__foot">
        {warnings.length > 0 ? (
          <span class="c-warn" data-testid="post-warnings" data-count={warnings.length}>
            <Icon name="alert" size={16} /> {t('campaign.post.warnings', { count: warnings.length })}
          </span>
        ) : item.caption.trim() ? (
          <span class="c-ok">
            <Icon name="check" size={16} /> {t('campaign.checks.none')}
          </span>
        ) : null}
        {item.link && (
          <a href={item.link} target="_blank" rel="noopener noreferrer">
            {t('campaign.post.open')}
          </a>
        )}
        {editable && (
          <Button variant="secondary" size="small" onClick={onEdit} data-testid="post-edit">
            {t('common.edit')}
          </Button>
        )}
      </div>
    </li>
  );
}

export function CalendarTab({
  campaignId,
  content,
  assets,
  timeZone,
  editable,
  onChanged,
}: {
  campaignId: string;
  content: readonly ContentItem[];
  assets: readonly Asset[];
  timeZone: string;
  editable: boolean;
  onChanged: () => void;
}) {
  // 'new', a post id, or nothing: one editor open at a time.
  const [editing, setEditing] = useState<string | null>(null);
  const days = groupByDay(content, timeZone);
  const done = () => {
    setEditing(null);
    onChanged();
  };
  const editor = (item: ContentItem | null) => (
    <PostEditor
      key={item?.id ?? 'new'}
      campaignId={campaignId}
      item={item}
      assets={assets}
      timeZone={timeZone}
      onDone={done}
      onCancel={() => setEditing(null)}
    />
  );
  return (
    <div class="stack">
      <div class="page-head">
        <p class="muted" style={{ margin: 0 }}>
          {t('campaign.calendar.intro')}
        </p>
        {editable && editing !== 'new' && (
          <Button onClick={() => setEditing('new')} data-testid="post-add">
            <Icon name="plus" />
            {t('campaign.calendar.add')}
          </Button>
        )}
      </div>
      {editing === 'new' && editor(null)}
      {content.length === 0 && editing !== 'new' ? (
        <EmptyState title={t('campaign.calendar.emptyTitle')}>{t('campaign.calendar.emptyText')}</EmptyState>
      ) : (
        days.map((day) => (
          <section
            key={day.date ?? 'none'}
            class="c-day"
            data-testid="calendar-day"
            data-date={day.date ?? ''}
          >
            <h3>
              <Icon name="calendar" size={18} />{' '}
              {day.date ? fmt.day(day.date) : t('campaign.calendar.unscheduled')}
            </h3>
            <ul class="c-posts">
              {day.items.map((item) =>
                editing === item.id ? (
                  <li key={item.id}>{editor(item)}</li>
                ) : (
                  <PostCard
                    key={item.id}
                    item={item}
                    assets={assets}
                    timeZone={timeZone}
                    editable={editable}
                    onEdit={() => setEditing(item.id)}
                  />
                ),
              )}
            </ul>
          </section>
        ))
      )}
    </div>
  );
}
