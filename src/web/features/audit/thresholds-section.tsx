/**
 * A programme's flag thresholds, per platform: each with its default (docs/metrics.md) and where it comes
 * from, typed in the unit it reads in, back to the default with one tap. For the programme's facilitators
 * (and platform admins); on `/audit#thresholds`, where every audit page links.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { LOW_ENGAGEMENT_REFERENCE, LOW_REACH_DEFAULTS } from '#core/audit/references.ts';
import { api } from '#web/app/api.ts';
import { locale, t } from '#web/app/i18n.ts';
import { FormError, LoadError, Loading } from '#web/app/page-state.tsx';
import type { ProgrammeSummary } from '#web/app/types.ts';
import { useAction } from '#web/app/use-action.ts';
import { useResource } from '#web/app/use-api.ts';
import { toast } from '#web/components/ui/alert.tsx';
import { Button } from '#web/components/ui/button.tsx';
import { Field, Select } from '#web/components/ui/field.tsx';
import { canManageProgramme } from './audit-programme.ts';
import { platformLabel } from './bits.tsx';
import { formatFigure, formatPercent } from './figures.ts';
import {
  displayValue,
  formIssues,
  formOf,
  payloadOf,
  resetPlatform,
  sameThresholds,
  serverIssues,
  setValue,
  THRESHOLD_FIELDS,
  type ThresholdField,
  type ThresholdIssue,
  type ThresholdsForm,
  type ThresholdUnit,
} from './thresholds-form.ts';
import type { Platform } from './types.ts';

type Thresholds = Record<ThresholdField['key'], number>;

interface ThresholdsAnswer {
  thresholds: Partial<Record<Platform, Partial<Thresholds>>>;
  defaults: Record<Platform, Thresholds>;
}

const PLATFORM_ORDER: readonly Platform[] = ['instagram', 'facebook', 'tiktok'];
const FLAGS = ['inconsistent', 'low_reach', 'slow_growth', 'underused_potential', 'low_engagement'] as const;

/** A value in the unit a threshold reads in: "14 hari", "10%", "1,5×", "1". */
function unitText(value: number, unit: ThresholdUnit): string {
  const lang = locale.value;
  if (unit === 'percent') return formatPercent(lang, value);
  if (unit === 'days') return t('audit.thresholds.unit.days', { n: formatFigure(lang, value, 2) });
  if (unit === 'times') return t('audit.thresholds.unit.times', { n: formatFigure(lang, value, 2) });
  return formatFigure(lang, value, 2);
}

/** The default and, for the two that come from outside, where it comes from. */
function defaultText(field: ThresholdField, platform: Platform, value: number): string {
  const shown = unitText(value, field.unit);
  if (field.key === 'minReachRate' && LOW_REACH_DEFAULTS[platform].kind === 'judgement')
    return t('audit.thresholds.defaultJudgement', { value: shown });
  if (field.key === 'minReachRate')
    return t('audit.thresholds.defaultSource', { value: shown, source: 'M+R', year: 2020 });
  if (field.key === 'minEngagementRateFollowers') {
    const reference = LOW_ENGAGEMENT_REFERENCE[platform];
    return t('audit.thresholds.defaultSource', {
      value: shown,
      source: reference.source,
      year: reference.year,
    });
  }
  return t('audit.thresholds.default', { value: shown });
}

function issueText(issue: ThresholdIssue, field: ThresholdField, example: number): string {
  if (issue.rule === 'number')
    return t('audit.thresholds.error.number', { example: displayValue(locale.value, example, field.unit) });
  // The bounds are in the typed unit: percentages as typed (0–100), the rest as stored.
  const bound = (n: number) =>
    issue.unit === 'percent' ? unitText(n / 100, 'percent') : unitText(n, issue.unit);
  return t('audit.thresholds.error.range', { min: bound(issue.min), max: bound(issue.max) });
}

function Editor({ programme, platform }: { programme: ProgrammeSummary; platform: Platform }) {
  const path = `/api/programmes/${encodeURIComponent(programme.id)}/audit-thresholds`;
  const answer = useResource<ThresholdsAnswer>(path);
  const [saved, setSaved] = useState<ThresholdsForm | null>(null);
  const [form, setForm] = useState<ThresholdsForm | null>(null);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [tried, setTried] = useState(false);
  const action = useAction();

  // The form starts from what the programme stores, once per programme.
  useEffect(() => {
    if (!answer.data || saved) return;
    const stored = formOf(answer.data.thresholds, locale.value);
    setSaved(stored);
    setForm(stored);
  }, [answer.data, saved]);

  if (answer.error) return <LoadError error={answer.error} onRetry={answer.reload} />;
  if (!answer.data || !form || !saved) return <Loading />;
  const defaults = answer.data.defaults[platform];
  const issues = { ...(action.error ? serverIssues(action.error.fields) : {}), ...formIssues(form) };
  const dirty = !sameThresholds(form, saved);

  const save = async () => {
    setTried(true);
    const body = payloadOf(form);
    if (!body) return;
    let next: ThresholdsAnswer | null = null;
    const ok = await action.run(async () => {
      next = await api.put<ThresholdsAnswer>(path, body);
    });
    if (ok && next) {
      const stored = formOf((next as ThresholdsAnswer).thresholds, locale.value);
      answer.setData(next);
      setSaved(stored);
      setForm(stored);
      setTouched(new Set());
      setTried(false);
      toast(t('audit.thresholds.saved'));
    }
  };

  return (
    <form
      class="stack"
      noValidate
      data-testid="thresholds-form"
      data-platform={platform}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <FormError
        error={
          action.error && Object.keys(serverIssues(action.error.fields)).length === 0 ? action.error : null
        }
      />
      {FLAGS.map((flag) => (
        <fieldset key={flag} class="thresholds__group">
          <legend>{t(`audit.flag.${flag}`)}</legend>
          <div class="mapping-grid">
            {THRESHOLD_FIELDS.filter((f) => f.flag === flag).map((field) => {
              const name = `${platform}.${field.key}`;
              const text = form[platform][field.key];
              const issue = issues[name];
              const shown = issue && (tried || touched.has(name) || action.error);
              const fallback = defaults[field.key];
              return (
                <div key={field.key} class="thresholds__field" data-testid={`threshold-${field.key}`}>
                  <Field
                    label={t(`audit.thresholds.field.${field.key}`)}
                    hint={`${t(`audit.thresholds.help.${field.key}`)} ${defaultText(field, platform, fallback)}`}
                    value={text}
                    onValue={(v) => setForm(setValue(form, platform, field.key, v))}
                    onBlur={() => setTouched(new Set(touched).add(name))}
                    placeholder={displayValue(locale.value, fallback, field.unit)}
                    inputMode="decimal"
                    autocomplete="off"
                    error={shown && issue ? issueText(issue, field, fallback) : undefined}
                    data-testid={`threshold-input-${field.key}`}
                  />
                  {text.trim() !== '' && (
                    <Button
                      variant="ghost"
                      size="small"
                      onClick={() => setForm(setValue(form, platform, field.key, ''))}
                      data-testid={`threshold-default-${field.key}`}
                    >
                      {t('audit.thresholds.useDefault')}
                    </Button>
                  )}
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}
      {dirty && (
        <p class="muted small" role="status" data-testid="thresholds-unsaved">
          {t('audit.thresholds.unsaved')}
        </p>
      )}
      <div class="row">
        <Button type="submit" busy={action.busy} data-testid="thresholds-save">
          {t('audit.thresholds.save')}
        </Button>
        <Button
          variant="secondary"
          onClick={() => setForm(resetPlatform(form, platform))}
          data-testid="thresholds-reset"
        >
          {t('audit.thresholds.resetAll', { platform: platformLabel(platform) })}
        </Button>
      </div>
    </form>
  );
}

export function ThresholdsSection({
  programmes,
  current,
}: {
  programmes: ProgrammeSummary[];
  /** The programme the audit pages are read in (preferred when the person may edit it). */
  current: ProgrammeSummary | null;
}) {
  const manageable = programmes.filter(canManageProgramme);
  const preferred = current && manageable.some((p) => p.id === current.id) ? current : manageable[0];
  const [programmeId, setProgrammeId] = useState(preferred?.id ?? '');
  const [platform, setPlatform] = useState<Platform>('instagram');
  const section = useRef<HTMLElement>(null);
  // Linked as `/audit#thresholds` from the audit pages: the page renders after the address is read.
  useEffect(() => {
    if (section.current && window.location.hash === '#thresholds') section.current.scrollIntoView();
  }, []);
  const programme = manageable.find((p) => p.id === programmeId) ?? preferred;
  if (!programme) return null;
  return (
    <section
      ref={section}
      id="thresholds"
      class="section card stack"
      aria-labelledby="thresholds-title"
      data-testid="thresholds"
    >
      <h2 id="thresholds-title">{t('audit.thresholds.title')}</h2>
      <p class="muted">{t('audit.thresholds.intro')}</p>
      <div class="row">
        {manageable.length > 1 && (
          <Select
            label={t('audit.thresholds.programme')}
            value={programme.id}
            onValue={setProgrammeId}
            options={manageable.map((p) => ({ value: p.id, label: p.name }))}
            data-testid="thresholds-programme"
          />
        )}
        <Select
          label={t('audit.thresholds.platform')}
          value={platform}
          onValue={(v) => setPlatform(v as Platform)}
          options={PLATFORM_ORDER.map((p) => ({ value: p, label: platformLabel(p) }))}
          data-testid="thresholds-platform"
        />
      </div>
      {/* One editor per programme: switching programmes starts from that programme's stored values. */}
      <Editor key={programme.id} programme={programme} platform={platform} />
    </section>
  );
}
