/** Small pieces the campaign pages share: labels, the progress bar, the tab strip, reply threads. */
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { formatShare } from '#core/field/verdict-params.ts';
import { formatNumber } from '#core/i18n/format.ts';
import { api } from '#web/app/api.ts';
import { fmt, locale, t } from '#web/app/i18n.ts';
import { FormError } from '#web/app/page-state.tsx';
import { useAction } from '#web/app/use-action.ts';
import { Button } from '#web/components/ui/button.tsx';
import { TextArea } from '#web/components/ui/field.tsx';
import type {
  BeatKind,
  Channel,
  ContentPlatform,
  ContentStatus,
  Criterion,
  Reply,
  ReviewTarget,
  Verdict,
} from './types.ts';
import type { UploadProgress } from './upload.ts';

export const platformLabel = (p: ContentPlatform) => t(`campaign.platform.${p}`);
export const channelLabel = (c: Channel) => t(`campaign.channel.${c}`);
export const statusLabel = (s: ContentStatus) => t(`campaign.status.${s}`);
export const beatKindLabel = (k: BeatKind) => t(`campaign.beat.kind.${k}`);
export const verdictLabel = (v: Verdict) => t(`campaign.verdict.${v}`);
export const targetKindLabel = (k: ReviewTarget) => t(`campaign.target.${k}`);

/** A criterion's name or descriptor in the reader's language. */
export const localText = (text: { id: string; en: string }) => (locale.value === 'en' ? text.en : text.id);
export const criterionName = (c: Criterion) => localText(c.name);

const dec = (value: number, digits: number) => formatNumber(locale.value, value, digits);

/**
 * A mean score as the reader writes numbers ("2,5" in Indonesian); without any score, "belum dinilai" /
 * "not reviewed yet" rather than a dash, which could be read as a score of nothing.
 */
export const scoreText = (value: number | null) =>
  value === null ? t('campaign.summary.notReviewed') : dec(value, 1);
/** A share (0–1) as a whole percentage. */
export const percentText = (value: number | null) =>
  value === null ? t('common.none') : formatShare(locale.value, value);

export interface TabDef<K extends string> {
  key: K;
  label: string;
}

/** A tab strip (ARIA tabs, arrow keys move between them) that scrolls inside itself on a phone. */
export function Tabs<K extends string>({
  tabs,
  current,
  onSelect,
  label,
}: {
  tabs: ReadonlyArray<TabDef<K>>;
  current: K;
  onSelect: (key: K) => void;
  label: string;
}) {
  const list = useRef<HTMLDivElement>(null);
  const focusTab = (index: number) => {
    const next = tabs[(index + tabs.length) % tabs.length];
    if (!next) return;
    onSelect(next.key);
    list.current?.querySelector<HTMLButtonElement>(`[data-tab="${next.key}"]`)?.focus();
  };
  return (
    <div class="c-tabs" role="tablist" aria-label={label} ref={list}>
      {tabs.map((tab, index) => (
        <button
          key={tab.key}
          type="button"
          role="tab"
          id={`tab-${tab.key}`}
          aria-controls={`panel-${tab.key}`}
          aria-selected={tab.key === current}
          tabIndex={tab.key === current ? 0 : -1}
          class="c-tab"
          data-tab={tab.key}
          data-testid={`tab-${tab.key}`}
          onClick={() => onSelect(tab.key)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowRight') focusTab(index + 1);
            else if (e.key === 'ArrowLeft') focusTab(index - 1);
            else return;
            e.preventDefault();
          }}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}

export function TabPanel({ id, children }: { id: string; children: ComponentChildren }) {
  return (
    <div role="tabpanel" id={`panel-${id}`} aria-labelledby={`tab-${id}`} class="c-panel" tabIndex={-1}>
      {children}
    </div>
  );
}

/** Replies under a pin or a review, and the form to add one. */
export function Replies({
  replies,
  postUrl,
  onAdded,
  testId,
}: {
  replies: readonly Reply[];
  postUrl: string;
  onAdded: () => void;
  testId: string;
}) {
  const [body, setBody] = useState('');
  const [open, setOpen] = useState(false);
  const action = useAction();
  return (
    <div class="c-replies" data-testid={testId}>
      {replies.length > 0 && (
        <ul class="c-replies__list">
          {replies.map((r) => (
            <li key={r.id} data-testid="reply">
              <p class="c-meta">
                <strong>{r.author ?? t('campaign.someone')}</strong> · {fmt.dateTime(r.createdAt)}
              </p>
              <p class="c-pre">{r.body}</p>
            </li>
          ))}
        </ul>
      )}
      {open ? (
        <form
          noValidate
          class="stack"
          onSubmit={async (e) => {
            e.preventDefault();
            if (!body.trim()) return;
            const ok = await action.run(() => api.post(postUrl, { body: body.trim() }));
            if (ok) {
              setBody('');
              setOpen(false);
              onAdded();
            }
          }}
        >
          <FormError error={action.error} />
          <TextArea
            label={t('campaign.reply.label')}
            value={body}
            onValue={setBody}
            rows={2}
            maxLength={4000}
            data-testid="reply-body"
          />
          <div class="row">
            <Button type="submit" size="small" busy={action.busy} data-testid="reply-send">
              {t('campaign.reply.send')}
            </Button>
            <Button variant="ghost" size="small" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      ) : (
        <Button variant="ghost" size="small" onClick={() => setOpen(true)} data-testid="reply-open">
          {t('campaign.reply.open')}
        </Button>
      )}
    </div>
  );
}
