import { describe, expect, it } from 'vitest';
import { defaultThresholds } from '#core/audit/flags.ts';
import { PlatformThresholdsInput } from '#core/audit/schemas.ts';
import {
  displayValue,
  emptyForm,
  formIssues,
  formOf,
  issueOf,
  parseTyped,
  payloadOf,
  resetPlatform,
  sameThresholds,
  serverIssues,
  setValue,
  THRESHOLD_FIELDS,
  THRESHOLD_KEYS,
} from './thresholds-form.ts';

describe('the thresholds form', () => {
  it('edits exactly the thresholds the API takes, within the API’s bounds', () => {
    expect([...THRESHOLD_KEYS].sort()).toEqual(Object.keys(PlatformThresholdsInput.shape).sort());
    expect([...THRESHOLD_KEYS].sort()).toEqual(Object.keys(defaultThresholds('instagram')).sort());
    for (const field of THRESHOLD_FIELDS) {
      const accepts = (value: number) => PlatformThresholdsInput.safeParse({ [field.key]: value }).success;
      expect(accepts(field.min), field.key).toBe(true);
      expect(accepts(field.max), field.key).toBe(true);
      expect(accepts(field.min - 0.001), field.key).toBe(false);
      expect(accepts(field.max + 0.001), field.key).toBe(false);
    }
  });

  it('reads numbers with a decimal comma or point, a minus sign and a unit mark', () => {
    expect(parseTyped('4,7')).toBe(4.7);
    expect(parseTyped(' 4.7 % ')).toBe(4.7);
    expect(parseTyped('1,5×')).toBe(1.5);
    expect(parseTyped('−0,5')).toBe(-0.5);
    expect(parseTyped('.5')).toBe(0.5);
    expect(parseTyped('14')).toBe(14);
    for (const bad of ['', 'empat', '1.234,5', '1,2,3', '--1', '1e3'])
      expect(parseTyped(bad), bad).toBeNull();
  });

  it('shows stored fractions as the percentages people type, in their own decimal style', () => {
    expect(displayValue('id', 0.047, 'percent')).toBe('4,7');
    expect(displayValue('en', 0.0047, 'percent')).toBe('0.47');
    expect(displayValue('id', 0.3, 'percent')).toBe('30');
    expect(displayValue('en', 14, 'days')).toBe('14');
    expect(displayValue('id', 1.5, 'times')).toBe('1,5');
    const form = formOf({ instagram: { minReachRate: 0.08, maxLongestGapDays: 21 } }, 'id');
    expect(form.instagram.minReachRate).toBe('8');
    expect(form.instagram.maxLongestGapDays).toBe('21');
    expect(form.instagram.maxGapCv).toBe('');
    expect(form.tiktok.minReachRate).toBe('');
  });

  it('sends only the thresholds typed, as fractions, and nothing for a platform left at its defaults', () => {
    let form = setValue(emptyForm(), 'instagram', 'minReachRate', '8');
    form = setValue(form, 'instagram', 'maxLongestGapDays', '21');
    form = setValue(form, 'tiktok', 'minEngagementRateFollowers', '2,5');
    form = setValue(form, 'facebook', 'minFollowerGrowthPer30Days', '-1');
    expect(payloadOf(form)).toEqual({
      instagram: { maxLongestGapDays: 21, minReachRate: 0.08 },
      facebook: { minFollowerGrowthPer30Days: -0.01 },
      tiktok: { minEngagementRateFollowers: 0.025 },
    });
    expect(payloadOf(resetPlatform(form, 'instagram'))).not.toHaveProperty('instagram');
    expect(payloadOf(emptyForm())).toEqual({});
    // What is typed back from a stored form sends the same values again.
    const again = formOf(payloadOf(form) ?? {}, 'en');
    expect(sameThresholds(again, form)).toBe(true);
    expect(sameThresholds(setValue(again, 'instagram', 'minReachRate', '9'), form)).toBe(false);
  });

  it('says what is wrong with a field in its own unit, and sends nothing while anything is', () => {
    const days = THRESHOLD_FIELDS[0];
    if (!days) throw new Error('no fields');
    expect(issueOf('dua minggu', days)).toEqual({ rule: 'number' });
    expect(issueOf('0', days)).toEqual({ rule: 'range', min: 1, max: 365, unit: 'days' });
    expect(issueOf('', days)).toBeNull();
    const form = setValue(emptyForm(), 'tiktok', 'minReachRate', '140');
    expect(formIssues(form)).toEqual({
      'tiktok.minReachRate': { rule: 'range', min: 0, max: 100, unit: 'percent' },
    });
    expect(payloadOf(form)).toBeNull();
    expect(formIssues(setValue(emptyForm(), 'facebook', 'minFollowerGrowthPer30Days', '-100'))).toEqual({});
    expect(
      formIssues(setValue(emptyForm(), 'facebook', 'minFollowerGrowthPer30Days', '-101')),
    ).toHaveProperty('facebook.minFollowerGrowthPer30Days');
  });

  it('puts the API’s refusals beside their fields', () => {
    expect(
      serverIssues([{ field: 'instagram.maxGapCv' }, { field: 'body' }, { field: 'myspace.maxGapCv' }]),
    ).toEqual({
      'instagram.maxGapCv': { rule: 'range', min: 0, max: 10, unit: 'number' },
    });
  });
});
