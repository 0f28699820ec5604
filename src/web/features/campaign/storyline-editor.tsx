/** Alur cerita: the storyline's beats in order — add, edit, move up or down, delete. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { BEAT_KINDS } from '#core/campaign/plan.ts';
import { t } from '#web/app/i18n.ts';
import { Button } from '#web/components/ui/button.tsx';
import { Field, Select, TextArea } from '#web/components/ui/field.tsx';
import { Icon } from '#web/components/ui/icon.tsx';
import { beatKindLabel } from './bits.tsx';
import { moveItem, newLocalId } from './list-edit.ts';
import type { Beat, BeatKind, CampaignPlan } from './types.ts';

const MAX_BEATS = 20;

export function StorylineEditor({
  plan,
  onPlan,
  editable,
}: {
  plan: CampaignPlan;
  onPlan: (plan: CampaignPlan) => void;
  editable: boolean;
}) {
  const beats = plan.storyline;
  const list = useRef<HTMLOListElement>(null);
  // After a move, focus follows the moved beat's button so keyboard users keep their place.
  const [focus, setFocus] = useState<{ id: string; dir: 'up' | 'down' } | null>(null);
  useEffect(() => {
    if (!focus) return;
    list.current
      ?.querySelector<HTMLButtonElement>(
        `[data-beat="${focus.id}"] [data-move="${focus.dir}"]:not(:disabled)`,
      )
      ?.focus();
    setFocus(null);
  }, [focus]);
  const setBeats = (next: Beat[]) => onPlan({ ...plan, storyline: next });
  const update = (index: number, patch: Partial<Beat>) =>
    setBeats(beats.map((b, i) => (i === index ? { ...b, ...patch } : b)));
  return (
    <div class="stack">
      <p class="muted">{t('campaign.story.intro')}</p>
      <fieldset class="c-fieldset" disabled={!editable}>
        <legend class="visually-hidden">{t('campaign.tab.story')}</legend>
        <ol class="c-beats" ref={list} data-testid="beats">
          {beats.map((beat, index) => (
            <li key={beat.id} class="c-beat" data-beat={beat.id} data-testid="beat">
              <div class="c-beat__head">
                <span class="c-beat__number" aria-hidden="true">
                  {index + 1}
                </span>
                <Select
                  label={t('campaign.story.kind')}
                  value={beat.kind}
                  onValue={(v) => update(index, { kind: v as BeatKind })}
                  options={BEAT_KINDS.map((k) => ({ value: k, label: beatKindLabel(k) }))}
                  data-testid="beat-kind"
                />
              </div>
              <Field
                label={t('campaign.story.beatTitle', { n: index + 1 })}
                value={beat.title}
                onValue={(v) => update(index, { title: v })}
                maxLength={160}
                data-testid="beat-title"
              />
              <TextArea
                label={t('campaign.story.text')}
                hint={t(`campaign.story.hint.${beat.kind}`)}
                value={beat.text}
                onValue={(v) => update(index, { text: v })}
                rows={3}
                maxLength={4000}
                data-testid="beat-text"
              />
              <div class="row c-beat__actions">
                <Button
                  variant="secondary"
                  size="small"
                  data-move="up"
                  disabled={index === 0}
                  aria-label={t('campaign.story.up', { n: index + 1 })}
                  data-testid="beat-up"
                  onClick={() => {
                    setBeats(moveItem(beats, index, -1));
                    setFocus({ id: beat.id, dir: 'up' });
                  }}
                >
                  ↑ {t('campaign.move.up')}
                </Button>
                <Button
                  variant="secondary"
                  size="small"
                  data-move="down"
                  disabled={index === beats.length - 1}
                  aria-label={t('campaign.story.down', { n: index + 1 })}
                  data-testid="beat-down"
                  onClick={() => {
                    setBeats(moveItem(beats, index, 1));
                    setFocus({ id: beat.id, dir: 'down' });
                  }}
                >
                  ↓ {t('campaign.move.down')}
                </Button>
                <Button
                  variant="ghost"
                  size="small"
                  aria-label={t('campaign.story.delete', { n: index + 1 })}
                  data-testid="beat-delete"
                  onClick={() => setBeats(beats.filter((_, i) => i !== index))}
                >
                  {t('common.delete')}
                </Button>
              </div>
            </li>
          ))}
        </ol>
        {beats.length < MAX_BEATS && (
          <Button
            variant="secondary"
            data-testid="beat-add"
            onClick={() =>
              setBeats([...beats, { id: newLocalId('beat', beats), kind: 'other', title: '', text: '' }])
            }
          >
            <Icon name="plus" />
            {t('campaign.story.add')}
          </Button>
        )}
      </fieldset>
    </div>
  );
}
