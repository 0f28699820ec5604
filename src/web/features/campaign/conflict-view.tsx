/**
 * A save refused because someone else saved first: every field that differs, "your version" beside
 * theirs, each kept from one side (suggested: the side that changed it), then saved on their version.
 */
import type { ComponentChildren } from 'preact';
import { fmt, t } from '#web/app/i18n.ts';
import { Button } from '#web/components/ui/button.tsx';
import { Card } from '#web/components/ui/card.tsx';
import { beatKindLabel, channelLabel, platformLabel, statusLabel } from './bits.tsx';
import type { FieldConflict, PlanFieldKey, PostFieldKey, Side } from './plan-diff.ts';
import type { Asset, Beat, Channel, ContentPlatform, ContentStatus, FieldPlan } from './types.ts';

const PLAN_LABEL: Record<PlanFieldKey, Parameters<typeof t>[0]> = {
  theme: 'campaign.plan.theme',
  title: 'campaign.plan.title',
  objective: 'campaign.plan.objective',
  'persona.who': 'campaign.plan.persona.who',
  'persona.cares': 'campaign.plan.persona.cares',
  'persona.fears': 'campaign.plan.persona.fears',
  'persona.online': 'campaign.plan.persona.online',
  keyMessage: 'campaign.plan.keyMessage',
  callToAction: 'campaign.plan.callToAction',
  hashtags: 'campaign.plan.hashtags',
  channels: 'campaign.plan.channels',
  storyline: 'campaign.tab.story',
  'fieldPlan.place': 'campaign.field.place',
  'fieldPlan.time': 'campaign.field.time',
  'fieldPlan.roles': 'campaign.field.roles',
  'fieldPlan.materials': 'campaign.field.materials',
  'fieldPlan.variants': 'campaign.field.variants',
  'fieldPlan.venue': 'campaign.field.venue',
  'fieldPlan.rules': 'campaign.field.rules',
};

export const planFieldLabel = (key: PlanFieldKey) => t(PLAN_LABEL[key]);

const POST_LABEL: Record<PostFieldKey, Parameters<typeof t>[0]> = {
  scheduledAt: 'campaign.post.when',
  platform: 'campaign.post.platform',
  format: 'campaign.post.format',
  caption: 'campaign.post.caption',
  assetIds: 'campaign.post.assets',
  status: 'campaign.post.status',
  link: 'campaign.post.link',
};

export const postFieldLabel = (key: PostFieldKey) => t(POST_LABEL[key]);

const empty = () => <em class="muted">{t('campaign.conflict.empty')}</em>;

function Lines({ lines }: { lines: string[] }) {
  if (lines.length === 0) return empty();
  return (
    <ul class="c-conflict__lines">
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}

const assetTitle = (assets: readonly Asset[], id: string | null) =>
  (id && assets.find((a) => a.id === id)?.title) || t('campaign.variant.noPoster');

/** One plan field's value, readable (lists as lines, choices by their labels). */
export function PlanValue({
  field,
  value,
  assets,
}: {
  field: PlanFieldKey;
  value: unknown;
  assets: readonly Asset[];
}) {
  switch (field) {
    case 'hashtags':
      return <Lines lines={(value as string[]).length ? [(value as string[]).join(' ')] : []} />;
    case 'channels':
      return <Lines lines={(value as Channel[]).map(channelLabel)} />;
    case 'storyline':
      return (
        <Lines
          lines={(value as Beat[]).map(
            (b, i) => `${i + 1}. ${beatKindLabel(b.kind)} · ${b.title}${b.text ? ` — ${b.text}` : ''}`,
          )}
        />
      );
    case 'fieldPlan.roles':
      return <Lines lines={(value as FieldPlan['roles']).map((r) => `${r.role}: ${r.people}`)} />;
    case 'fieldPlan.variants':
      return (
        <Lines
          lines={(value as FieldPlan['variants']).map((v) => `${v.name} (${assetTitle(assets, v.assetId)})`)}
        />
      );
    case 'fieldPlan.venue':
      return <p>{t(`campaign.field.venue.${value as FieldPlan['venue']}`)}</p>;
    case 'fieldPlan.rules':
      return <Lines lines={(value as FieldPlan['rules']).map((r) => `${r.checked ? '☑' : '☐'} ${r.text}`)} />;
    default:
      return typeof value === 'string' && value.trim() ? <p class="c-pre">{value}</p> : empty();
  }
}

/** One calendar post field's value, readable. */
export function PostValue({
  field,
  value,
  assets,
}: {
  field: PostFieldKey;
  value: unknown;
  assets: readonly Asset[];
}) {
  switch (field) {
    case 'scheduledAt':
      return value ? <p>{fmt.dateTime(value as string)}</p> : empty();
    case 'platform':
      return <p>{platformLabel(value as ContentPlatform)}</p>;
    case 'status':
      return <p>{statusLabel(value as ContentStatus)}</p>;
    case 'assetIds':
      return <Lines lines={(value as string[]).map((id) => assetTitle(assets, id))} />;
    default:
      return typeof value === 'string' && value.trim() ? <p class="c-pre">{value}</p> : empty();
  }
}

export function ConflictView<K extends string>({
  testId,
  intro,
  theirsLabel,
  conflicts,
  choices,
  label,
  render,
  onChoice,
  busy,
  onSaveChoices,
  onKeepMine,
  onTakeTheirs,
  children,
}: {
  testId: string;
  intro: string;
  theirsLabel: string;
  conflicts: ReadonlyArray<FieldConflict<K>>;
  choices: Partial<Record<K, Side>>;
  label: (key: K) => string;
  render: (key: K, value: unknown) => ComponentChildren;
  onChoice: (key: K, side: Side) => void;
  busy: boolean;
  onSaveChoices: () => void;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  children?: ComponentChildren;
}) {
  return (
    <Card accent data-testid={testId} aria-labelledby={`${testId}-title`}>
      <h2 id={`${testId}-title`} tabIndex={-1}>
        {t('campaign.conflict.title')}
      </h2>
      <p>{intro}</p>
      <p class="muted">{t('campaign.conflict.how')}</p>
      {conflicts.map((c) => (
        <fieldset class="c-conflict" key={c.key} data-testid="conflict-field" data-field={c.key}>
          <legend>
            <strong>{label(c.key)}</strong>
          </legend>
          <div class="c-conflict__sides">
            {(['mine', 'theirs'] as const).map((side) => (
              <div
                key={side}
                class={`c-conflict__side ${choices[c.key] === side ? 'is-chosen' : ''}`}
                data-testid={`conflict-${side}`}
              >
                <label class="c-conflict__head">
                  <input
                    type="radio"
                    name={`${testId}-${c.key}`}
                    checked={choices[c.key] === side}
                    onChange={() => onChoice(c.key, side)}
                  />
                  <span>
                    <strong>{side === 'mine' ? t('campaign.conflict.mine') : theirsLabel}</strong>
                    {(side === 'mine' ? c.changedByMe : c.changedByThem) && (
                      <span class="badge">{t('campaign.conflict.changed')}</span>
                    )}
                  </span>
                </label>
                <div class="c-conflict__value">{render(c.key, side === 'mine' ? c.mine : c.theirs)}</div>
              </div>
            ))}
          </div>
        </fieldset>
      ))}
      {children}
      <div class="row">
        <Button busy={busy} onClick={onSaveChoices} data-testid="conflict-save">
          {t('campaign.conflict.saveChoices')}
        </Button>
        <Button variant="secondary" busy={busy} onClick={onKeepMine} data-testid="conflict-keep-mine">
          {t('campaign.conflict.keepMine')}
        </Button>
        <Button variant="ghost" onClick={onTakeTheirs} data-testid="conflict-take-theirs">
          {t('campaign.conflict.takeTheirs')}
        </Button>
      </div>
    </Card>
  );
}
