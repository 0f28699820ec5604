/** Rencana: the plan's concept — theme, title, objective, persona, key message, call to action, tags, channels. */
import { useState } from 'preact/hooks';
import { CHANNELS } from '#core/campaign/plan.ts';
import { t } from '#web/app/i18n.ts';
import { Checkbox, Field, Select, TextArea } from '#web/components/ui/field.tsx';
import { channelLabel } from './bits.tsx';
import { hashtagsText, parseHashtags, toggleIn } from './list-edit.ts';
import { ThemeGuideCard } from './theme-guide.tsx';
import type { CampaignPlan } from './types.ts';

export function PlanForm({
  plan,
  onPlan,
  themes,
  editable,
}: {
  plan: CampaignPlan;
  onPlan: (plan: CampaignPlan) => void;
  themes: readonly string[];
  editable: boolean;
}) {
  // The hashtags are typed as text; the plan keeps the parsed list (the text is kept as typed).
  const [tagText, setTagText] = useState(hashtagsText(plan.hashtags));
  const invalid = parseHashtags(tagText).invalid;
  const set = <K extends keyof CampaignPlan>(key: K, value: CampaignPlan[K]) =>
    onPlan({ ...plan, [key]: value });
  const persona = (key: keyof CampaignPlan['persona'], value: string) =>
    onPlan({ ...plan, persona: { ...plan.persona, [key]: value } });
  const themeOptions = themes.includes(plan.theme) ? themes : [plan.theme, ...themes];
  return (
    <form noValidate onSubmit={(e) => e.preventDefault()} data-testid="plan-form">
      <fieldset class="c-fieldset" disabled={!editable}>
        <legend class="visually-hidden">{t('campaign.tab.plan')}</legend>
        <div class="c-two">
          <div>
            <Select
              label={t('campaign.plan.theme')}
              value={plan.theme}
              onValue={(v) => set('theme', v)}
              options={themeOptions.map((v) => ({ value: v, label: v }))}
              data-testid="plan-theme"
            />
            <ThemeGuideCard theme={plan.theme} />
          </div>
          <div>
            <Field
              label={t('campaign.plan.title')}
              value={plan.title}
              onValue={(v) => set('title', v)}
              maxLength={160}
              required
              data-testid="plan-title"
            />
            <TextArea
              label={t('campaign.plan.objective')}
              hint={t('campaign.plan.objectiveHint')}
              value={plan.objective}
              onValue={(v) => set('objective', v)}
              rows={3}
              maxLength={2000}
              data-testid="plan-objective"
            />
          </div>
        </div>
        <fieldset class="c-group">
          <legend>{t('campaign.plan.persona')}</legend>
          <p class="muted">{t('campaign.plan.personaHint')}</p>
          <div class="c-two">
            <TextArea
              label={t('campaign.plan.persona.who')}
              hint={t('campaign.plan.persona.whoHint')}
              value={plan.persona.who}
              onValue={(v) => persona('who', v)}
              rows={2}
              maxLength={1000}
              data-testid="persona-who"
            />
            <TextArea
              label={t('campaign.plan.persona.cares')}
              value={plan.persona.cares}
              onValue={(v) => persona('cares', v)}
              rows={2}
              maxLength={1000}
              data-testid="persona-cares"
            />
            <TextArea
              label={t('campaign.plan.persona.fears')}
              value={plan.persona.fears}
              onValue={(v) => persona('fears', v)}
              rows={2}
              maxLength={1000}
              data-testid="persona-fears"
            />
            <TextArea
              label={t('campaign.plan.persona.online')}
              hint={t('campaign.plan.persona.onlineHint')}
              value={plan.persona.online}
              onValue={(v) => persona('online', v)}
              rows={2}
              maxLength={1000}
              data-testid="persona-online"
            />
          </div>
        </fieldset>
        <TextArea
          label={t('campaign.plan.keyMessage')}
          hint={t('campaign.plan.keyMessageHint')}
          value={plan.keyMessage}
          onValue={(v) => set('keyMessage', v)}
          rows={2}
          maxLength={1000}
          data-testid="plan-key-message"
        />
        <Field
          label={t('campaign.plan.callToAction')}
          hint={t('campaign.plan.callToActionHint')}
          value={plan.callToAction}
          onValue={(v) => set('callToAction', v)}
          maxLength={500}
          data-testid="plan-cta"
        />
        <Field
          label={t('campaign.plan.hashtags')}
          hint={t('campaign.plan.hashtagsHint')}
          value={tagText}
          onValue={(text) => {
            setTagText(text);
            set('hashtags', parseHashtags(text).tags.slice(0, 30));
          }}
          error={
            invalid.length > 0 ? t('campaign.plan.hashtagsInvalid', { tags: invalid.join(' ') }) : undefined
          }
          autocapitalize="none"
          data-testid="plan-hashtags"
        />
        <fieldset class="c-group">
          <legend>{t('campaign.plan.channels')}</legend>
          <div class="c-checks">
            {CHANNELS.map((channel) => (
              <Checkbox
                key={channel}
                label={channelLabel(channel)}
                checked={plan.channels.includes(channel)}
                onValue={(on) => set('channels', toggleIn(plan.channels, channel, on, CHANNELS))}
              />
            ))}
          </div>
        </fieldset>
      </fieldset>
    </form>
  );
}
