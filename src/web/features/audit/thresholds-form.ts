/**
 * The flag-threshold editor's state and rules, apart from the page so they are tested without a browser.
 * A person types each threshold in the unit it reads in (days, a plain number, a percentage, a multiple);
 * the API stores fractions. An empty field means the default of docs/metrics.md. The bounds here are the
 * API's (`PlatformThresholdsInput` in src/core/audit/schemas.ts, which the browser does not load: it
 * would bring zod); a unit test holds the two equal.
 */
import { INTL_TAG, type Locale } from '#core/i18n/locales.ts';
import type { Platform } from './types.ts';

export type ThresholdUnit = 'days' | 'number' | 'percent' | 'times';

export interface ThresholdField {
  key: ThresholdKey;
  /** The flag the threshold raises. */
  flag: 'inconsistent' | 'low_reach' | 'slow_growth' | 'underused_potential' | 'low_engagement';
  unit: ThresholdUnit;
  /** Bounds as stored (fractions for percentages), inclusive. */
  min: number;
  max: number;
}

export const THRESHOLD_KEYS = [
  'maxLongestGapDays',
  'maxGapCv',
  'minActiveWeeksShare',
  'minReachRate',
  'minFollowerGrowthPer30Days',
  'underusedMinRateRatio',
  'underusedMaxShare',
  'minEngagementRateFollowers',
] as const;
export type ThresholdKey = (typeof THRESHOLD_KEYS)[number];

export const THRESHOLD_FIELDS: readonly ThresholdField[] = [
  { key: 'maxLongestGapDays', flag: 'inconsistent', unit: 'days', min: 1, max: 365 },
  { key: 'maxGapCv', flag: 'inconsistent', unit: 'number', min: 0, max: 10 },
  { key: 'minActiveWeeksShare', flag: 'inconsistent', unit: 'percent', min: 0, max: 1 },
  { key: 'minReachRate', flag: 'low_reach', unit: 'percent', min: 0, max: 1 },
  { key: 'minFollowerGrowthPer30Days', flag: 'slow_growth', unit: 'percent', min: -1, max: 10 },
  { key: 'underusedMinRateRatio', flag: 'underused_potential', unit: 'times', min: 1, max: 10 },
  { key: 'underusedMaxShare', flag: 'underused_potential', unit: 'percent', min: 0, max: 1 },
  { key: 'minEngagementRateFollowers', flag: 'low_engagement', unit: 'percent', min: 0, max: 1 },
];

export type PlatformThresholds = Partial<Record<ThresholdKey, number>>;
/** What the API stores and answers: a programme's departures from the defaults, per platform. */
export type StoredThresholds = Partial<Record<Platform, PlatformThresholds>>;
/** The form: what was typed, per platform and threshold ('' = the default). */
export type ThresholdsForm = Record<Platform, Record<ThresholdKey, string>>;

export type ThresholdIssue =
  | { rule: 'number' }
  | { rule: 'range'; min: number; max: number; unit: ThresholdUnit };

const PLATFORM_KEYS: readonly Platform[] = ['instagram', 'facebook', 'tiktok'];

/** Percentages are typed as percentages; everything else as stored. */
const scale = (unit: ThresholdUnit) => (unit === 'percent' ? 100 : 1);

/** Ten significant digits: enough for any threshold, few enough to drop floating-point dust (0.1 × 3). */
const clean = (value: number) => Number(value.toPrecision(10));

/** A stored value as the person types it: 0.047 → "4,7" in Indonesian, "4.7" in English. */
export function displayValue(locale: Locale, value: number, unit: ThresholdUnit): string {
  return new Intl.NumberFormat(INTL_TAG[locale], { maximumFractionDigits: 8, useGrouping: false }).format(
    clean(value * scale(unit)),
  );
}

/**
 * A typed number, with a decimal comma or point (one of them, never both: thresholds have no thousands),
 * an optional minus sign and unit mark (`%`, `×`, `x`); null when it is not one.
 */
export function parseTyped(text: string): number | null {
  const trimmed = text
    .trim()
    .replace(/\s*[%×xX]$/, '')
    .replace(/^[−–]/, '-')
    .trim();
  if (trimmed.includes(',') && trimmed.includes('.')) return null;
  const normal = trimmed.replace(',', '.');
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(normal)) return null;
  return Number(normal);
}

export function fieldOf(key: ThresholdKey): ThresholdField {
  return THRESHOLD_FIELDS.find((f) => f.key === key) as ThresholdField;
}

export function emptyForm(): ThresholdsForm {
  const blank = () => Object.fromEntries(THRESHOLD_KEYS.map((k) => [k, ''])) as Record<ThresholdKey, string>;
  return { instagram: blank(), facebook: blank(), tiktok: blank() };
}

/** The form for what a programme stores: its overrides typed out, the rest empty (default). */
export function formOf(stored: StoredThresholds, locale: Locale): ThresholdsForm {
  const form = emptyForm();
  for (const platform of PLATFORM_KEYS) {
    for (const field of THRESHOLD_FIELDS) {
      const value = stored[platform]?.[field.key];
      if (typeof value === 'number') form[platform][field.key] = displayValue(locale, value, field.unit);
    }
  }
  return form;
}

export function setValue(
  form: ThresholdsForm,
  platform: Platform,
  key: ThresholdKey,
  text: string,
): ThresholdsForm {
  return { ...form, [platform]: { ...form[platform], [key]: text } };
}

/** Every threshold of a platform back to its default (empty). */
export function resetPlatform(form: ThresholdsForm, platform: Platform): ThresholdsForm {
  return { ...form, [platform]: emptyForm()[platform] };
}

/** One field's problem: not a number, or outside the API's bounds (given in the typed unit). */
export function issueOf(text: string, field: ThresholdField): ThresholdIssue | null {
  if (text.trim() === '') return null;
  const typed = parseTyped(text);
  if (typed === null) return { rule: 'number' };
  const stored = clean(typed / scale(field.unit));
  if (stored < field.min || stored > field.max)
    return {
      rule: 'range',
      min: clean(field.min * scale(field.unit)),
      max: clean(field.max * scale(field.unit)),
      unit: field.unit,
    };
  return null;
}

/** Problems keyed `platform.key`, as the API names its fields. */
export function formIssues(form: ThresholdsForm): Record<string, ThresholdIssue> {
  const issues: Record<string, ThresholdIssue> = {};
  for (const platform of PLATFORM_KEYS) {
    for (const field of THRESHOLD_FIELDS) {
      const issue = issueOf(form[platform][field.key], field);
      if (issue) issues[`${platform}.${field.key}`] = issue;
    }
  }
  return issues;
}

/** The body of `PUT /api/programmes/:id/audit-thresholds`; null while a field has a problem. */
export function payloadOf(form: ThresholdsForm): StoredThresholds | null {
  if (Object.keys(formIssues(form)).length > 0) return null;
  const out: StoredThresholds = {};
  for (const platform of PLATFORM_KEYS) {
    const values: PlatformThresholds = {};
    for (const field of THRESHOLD_FIELDS) {
      const typed = parseTyped(form[platform][field.key]);
      if (typed !== null) values[field.key] = clean(typed / scale(field.unit));
    }
    if (Object.keys(values).length > 0) out[platform] = values;
  }
  return out;
}

/** Whether two forms ask for the same thresholds (what is saved vs what is on screen). */
export function sameThresholds(a: ThresholdsForm, b: ThresholdsForm): boolean {
  const [pa, pb] = [payloadOf(a), payloadOf(b)];
  if (pa === null || pb === null) return JSON.stringify(a) === JSON.stringify(b);
  return JSON.stringify(pa) === JSON.stringify(pb);
}

/**
 * Field problems the API reported (`instagram.maxGapCv`, rule `too_small` …), said in the form's own
 * words: the bounds are the same, so a refusal is always "between min and max".
 */
export function serverIssues(fields: readonly { field: string }[]): Record<string, ThresholdIssue> {
  const issues: Record<string, ThresholdIssue> = {};
  for (const { field } of fields) {
    const [platform, key] = field.split('.');
    const known = THRESHOLD_FIELDS.find((f) => f.key === key);
    if (!known || !PLATFORM_KEYS.includes(platform as Platform)) continue;
    issues[field] = {
      rule: 'range',
      min: clean(known.min * scale(known.unit)),
      max: clean(known.max * scale(known.unit)),
      unit: known.unit,
    };
  }
  return issues;
}
