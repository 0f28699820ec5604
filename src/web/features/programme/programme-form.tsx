import { useState } from 'preact/hooks';
import type { ApiError } from '#web/app/api.ts';
import { fieldText, t } from '#web/app/i18n.ts';
import { FormError } from '#web/app/page-state.tsx';
import type { Organisation } from '#web/app/types.ts';
import { useResource } from '#web/app/use-api.ts';
import { Button } from '#web/components/ui/button.tsx';
import { Checkbox, Field } from '#web/components/ui/field.tsx';
import type { ProgrammeFormValues } from './programme-form.ts';

const ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura', 'Asia/Kuala_Lumpur', 'Asia/Manila', 'UTC'];

export function ProgrammeForm({
  initial,
  submitLabel,
  busy,
  error,
  onSubmit,
}: {
  initial: ProgrammeFormValues;
  submitLabel: string;
  busy: boolean;
  error: ApiError | null;
  onSubmit: (values: ProgrammeFormValues) => void;
}) {
  const [values, setValues] = useState(initial);
  const organisations = useResource<{ organisations: Organisation[] }>('/api/organisations');
  const set = <K extends keyof ProgrammeFormValues>(key: K, value: ProgrammeFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(values);
      }}
    >
      <FormError error={error} />
      <Field
        label={t('programmeForm.name')}
        required
        value={values.name}
        onValue={(v) => set('name', v)}
        error={fieldText(error, 'name')}
      />
      <div class="row">
        <Field
          label={t('programmeForm.startsOn')}
          type="date"
          required
          value={values.startsOn}
          onValue={(v) => set('startsOn', v)}
          error={fieldText(error, 'startsOn')}
        />
        <Field
          label={t('programmeForm.endsOn')}
          type="date"
          required
          min={values.startsOn || undefined}
          value={values.endsOn}
          onValue={(v) => set('endsOn', v)}
          error={fieldText(error, 'endsOn')}
        />
      </div>
      <div style={{ height: 'var(--s-4)' }} />
      <Field
        label={t('programmeForm.venue')}
        hint={t('common.optional')}
        value={values.venue}
        onValue={(v) => set('venue', v)}
        error={fieldText(error, 'venue')}
      />
      <Field
        label={t('programmeForm.timeZone')}
        hint={t('programmeForm.timeZoneHint')}
        list="time-zones"
        value={values.timeZone}
        onValue={(v) => set('timeZone', v)}
        error={fieldText(error, 'timeZone')}
      />
      <datalist id="time-zones">
        {ZONES.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
      <fieldset>
        <legend>{t('programmeForm.themes')}</legend>
        <p class="muted">{t('programmeForm.themesHint')}</p>
        {values.themes.map((theme, index) => (
          <div class="row" key={index}>
            <Field
              label={t('programmeForm.theme', { n: index + 1 })}
              value={theme}
              onValue={(v) =>
                set(
                  'themes',
                  values.themes.map((old, i) => (i === index ? v : old)),
                )
              }
            />
            <Button
              variant="ghost"
              onClick={() =>
                set(
                  'themes',
                  values.themes.filter((_, i) => i !== index),
                )
              }
              aria-label={t('programmeForm.removeTheme', { n: index + 1 })}
            >
              {t('common.delete')}
            </Button>
          </div>
        ))}
        {fieldText(error, 'themes') && <p class="field__error">{fieldText(error, 'themes')}</p>}
        <Button variant="secondary" size="small" onClick={() => set('themes', [...values.themes, ''])}>
          {t('programmeForm.addTheme')}
        </Button>
      </fieldset>
      <fieldset>
        <legend>{t('programmeForm.organisations')}</legend>
        {organisations.data?.organisations.length === 0 && (
          <p class="muted">{t('programmeForm.noOrganisations')}</p>
        )}
        {organisations.data?.organisations.map((o) => (
          <Checkbox
            key={o.id}
            label={o.name}
            checked={values.organisationIds.includes(o.id)}
            onValue={(on) =>
              set(
                'organisationIds',
                on ? [...values.organisationIds, o.id] : values.organisationIds.filter((x) => x !== o.id),
              )
            }
          />
        ))}
        {fieldText(error, 'organisationIds') && (
          <p class="field__error">{fieldText(error, 'organisationIds')}</p>
        )}
      </fieldset>
      <Button type="submit" size="big" busy={busy}>
        {busy ? t('common.saving') : submitLabel}
      </Button>
    </form>
  );
}
