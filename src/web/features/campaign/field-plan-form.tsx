/** Lapangan: where and when, who does what, materials, the variants to test, and the venue's rules. */
import { t } from '#web/app/i18n.ts';
import { Button } from '#web/components/ui/button.tsx';
import { Checkbox, Field, Select, TextArea } from '#web/components/ui/field.tsx';
import { Icon } from '#web/components/ui/icon.tsx';
import { newLocalId } from './list-edit.ts';
import type { Asset, CampaignPlan, FieldPlan } from './types.ts';

export function FieldPlanForm({
  plan,
  onPlan,
  editable,
  assets,
}: {
  plan: CampaignPlan;
  onPlan: (plan: CampaignPlan) => void;
  editable: boolean;
  assets: readonly Asset[];
}) {
  const field = plan.fieldPlan;
  const set = (patch: Partial<FieldPlan>) => onPlan({ ...plan, fieldPlan: { ...field, ...patch } });
  const checked = field.rules.filter((r) => r.checked).length;
  return (
    <form noValidate onSubmit={(e) => e.preventDefault()} data-testid="field-plan">
      <fieldset class="c-fieldset" disabled={!editable}>
        <legend class="visually-hidden">{t('campaign.tab.field')}</legend>
        <div class="c-two">
          <Field
            label={t('campaign.field.place')}
            hint={t('campaign.field.placeHint')}
            value={field.place}
            onValue={(v) => set({ place: v })}
            maxLength={300}
            data-testid="field-place"
          />
          <Field
            label={t('campaign.field.time')}
            hint={t('campaign.field.timeHint')}
            value={field.time}
            onValue={(v) => set({ time: v })}
            maxLength={300}
            data-testid="field-time"
          />
        </div>

        <fieldset class="c-group" data-testid="field-roles">
          <legend>{t('campaign.field.roles')}</legend>
          <p class="muted">{t('campaign.field.rolesHint')}</p>
          {field.roles.map((role, index) => (
            <div class="row c-rowline" key={index}>
              <Field
                label={t('campaign.field.role', { n: index + 1 })}
                value={role.role}
                onValue={(v) =>
                  set({ roles: field.roles.map((r, i) => (i === index ? { ...r, role: v } : r)) })
                }
                maxLength={120}
              />
              <Field
                label={t('campaign.field.people')}
                value={role.people}
                onValue={(v) =>
                  set({ roles: field.roles.map((r, i) => (i === index ? { ...r, people: v } : r)) })
                }
                maxLength={300}
              />
              <Button
                variant="ghost"
                size="small"
                aria-label={t('campaign.field.roleDelete', { n: index + 1 })}
                onClick={() => set({ roles: field.roles.filter((_, i) => i !== index) })}
              >
                {t('common.delete')}
              </Button>
            </div>
          ))}
          {field.roles.length < 30 && (
            <Button
              variant="secondary"
              size="small"
              onClick={() => set({ roles: [...field.roles, { role: '', people: '' }] })}
            >
              <Icon name="plus" />
              {t('campaign.field.roleAdd')}
            </Button>
          )}
        </fieldset>

        <TextArea
          label={t('campaign.field.materials')}
          hint={t('campaign.field.materialsHint')}
          value={field.materials}
          onValue={(v) => set({ materials: v })}
          rows={3}
          maxLength={2000}
          data-testid="field-materials"
        />

        <fieldset class="c-group" data-testid="field-variants">
          <legend>{t('campaign.field.variants')}</legend>
          <p class="muted">{t('campaign.field.variantsHint')}</p>
          {field.variants.map((variant, index) => (
            <div class="row c-rowline" key={variant.id}>
              <Field
                label={t('campaign.field.variant', { n: index + 1 })}
                value={variant.name}
                onValue={(v) =>
                  set({ variants: field.variants.map((x, i) => (i === index ? { ...x, name: v } : x)) })
                }
                maxLength={120}
              />
              <Select
                label={t('campaign.field.variantPoster')}
                value={variant.assetId ?? ''}
                onValue={(v) =>
                  set({
                    variants: field.variants.map((x, i) => (i === index ? { ...x, assetId: v || null } : x)),
                  })
                }
                options={[
                  { value: '', label: t('campaign.variant.noPoster') },
                  ...assets.map((a) => ({ value: a.id, label: a.title })),
                ]}
              />
              <Button
                variant="ghost"
                size="small"
                aria-label={t('campaign.field.variantDelete', { n: index + 1 })}
                onClick={() => set({ variants: field.variants.filter((_, i) => i !== index) })}
              >
                {t('common.delete')}
              </Button>
            </div>
          ))}
          {field.variants.length < 12 && (
            <Button
              variant="secondary"
              size="small"
              data-testid="variant-add"
              onClick={() =>
                set({
                  variants: [
                    ...field.variants,
                    { id: newLocalId('variant', field.variants), name: '', assetId: null },
                  ],
                })
              }
            >
              <Icon name="plus" />
              {t('campaign.field.variantAdd')}
            </Button>
          )}
        </fieldset>

        <fieldset class="c-group" data-testid="field-rules">
          <legend>{t('campaign.field.rules')}</legend>
          <Select
            label={t('campaign.field.venue')}
            value={field.venue}
            onValue={(v) => set({ venue: v as FieldPlan['venue'] })}
            options={[
              { value: 'car_free_day', label: t('campaign.field.venue.car_free_day') },
              { value: 'custom', label: t('campaign.field.venue.custom') },
            ]}
          />
          <p class="c-meta" data-testid="rules-count">
            {t('campaign.field.rulesChecked', { checked, total: field.rules.length })}
          </p>
          <ul class="c-rules">
            {field.rules.map((rule, index) => (
              <li key={rule.id} data-testid="rule">
                <Checkbox
                  label={rule.text || t('campaign.field.ruleEmpty')}
                  checked={rule.checked}
                  onValue={(on) =>
                    set({ rules: field.rules.map((r, i) => (i === index ? { ...r, checked: on } : r)) })
                  }
                />
                {field.venue === 'custom' && (
                  <div class="row c-rowline">
                    <Field
                      label={t('campaign.field.ruleText', { n: index + 1 })}
                      value={rule.text}
                      onValue={(v) =>
                        set({ rules: field.rules.map((r, i) => (i === index ? { ...r, text: v } : r)) })
                      }
                      maxLength={400}
                    />
                    <Button
                      variant="ghost"
                      size="small"
                      aria-label={t('campaign.field.ruleDelete', { n: index + 1 })}
                      onClick={() => set({ rules: field.rules.filter((_, i) => i !== index) })}
                    >
                      {t('common.delete')}
                    </Button>
                  </div>
                )}
              </li>
            ))}
          </ul>
          {field.venue === 'custom' && field.rules.length < 40 && (
            <Button
              variant="secondary"
              size="small"
              onClick={() =>
                set({
                  rules: [...field.rules, { id: newLocalId('rule', field.rules), text: '', checked: false }],
                })
              }
            >
              <Icon name="plus" />
              {t('campaign.field.ruleAdd')}
            </Button>
          )}
          {field.venue === 'car_free_day' && <p class="muted">{t('campaign.field.venueHint')}</p>}
        </fieldset>
      </fieldset>
    </form>
  );
}
