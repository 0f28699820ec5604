import { describe, expect, it } from 'vitest';
import { formatBytes } from '#core/i18n/format.ts';
import { en } from '#core/i18n/messages/en.ts';
import { id } from '#core/i18n/messages/id.ts';
import { createTranslator } from '#core/i18n/translate.ts';
import {
  compareUrl,
  evidenceText,
  formatPercent,
  nextDay,
  previousDay,
  type Words,
  windowDates,
  windowIssue,
  windowQuery,
} from './figures.ts';
import type { Evidence } from './types.ts';

const words = (lang: 'id' | 'en'): Words => {
  const tr = createTranslator(lang, lang === 'id' ? id : en);
  return { locale: lang, t: (k, p) => tr.t(k as keyof typeof id, p), has: tr.has };
};

const ev = (over: Partial<Evidence> & Pick<Evidence, 'reason' | 'key' | 'value'>): Evidence => ({
  threshold: null,
  params: {},
  ...over,
});

describe('formatPercent', () => {
  it.each([
    [0.136, 'id', '13,6%'],
    [0.0047, 'id', '0,47%'],
    [0.00063, 'id', '0,063%'],
    [0.0263, 'en', '2.63%'],
    [0.04, 'id', '4%'],
    [0, 'id', '0%'],
    [1, 'en', '100%'],
  ] as const)('%s in %s is %s', (value, lang, text) => {
    expect(formatPercent(lang, value).replace(/\s/g, '')).toBe(text);
  });

  it('keeps a missing figure visibly missing', () => {
    expect(formatPercent('id', null)).toBe('—');
    expect(formatPercent('id', Number.NaN)).toBe('—');
  });
});

describe('evidenceText', () => {
  it('says the longest gap in days against its line', () => {
    const e = ev({
      reason: 'longest_gap',
      key: 'audit.flag.inconsistent.longest_gap',
      value: 21.5,
      threshold: 14,
    });
    expect(evidenceText(words('id'), e)).toBe('Jeda terpanjang 21,5 hari (batas 14 hari).');
    expect(evidenceText(words('en'), e)).toBe('Longest gap 21.5 days (line at 14 days).');
  });

  it('counts active weeks and shows the share as a percentage', () => {
    const e = ev({
      reason: 'active_weeks_share',
      key: 'audit.flag.inconsistent.active_weeks_share',
      value: 0.375,
      threshold: 0.75,
      params: { active_weeks: 3, weeks: 8 },
    });
    expect(evidenceText(words('id'), e)).toBe('Hanya 3 dari 8 minggu ada unggahan (37,5%; batas 75%).');
  });

  it('names the audience measure, the follower count and its date for low reach', () => {
    const reach = ev({
      reason: 'reach_rate',
      key: 'audit.flag.low_reach.reach_rate',
      value: 0.04,
      threshold: 0.1,
      params: { median_reach: 800, followers: 20000, followers_date: '2026-05-20' },
    });
    expect(evidenceText(words('id'), reach)).toBe(
      'Unggahan tengah hanya sampai ke 4% pengikut: jangkauan 800 dari 20.000 pengikut (per 20 Mei 2026). Batas 10%.',
    );
    const views = ev({
      ...reach,
      params: { median_views: 1890, followers: 20000, followers_date: '2026-05-20' },
    });
    expect(evidenceText(words('en'), views)).toContain('views 1,890 of 20,000 followers (on 20 May 2026)');
  });

  it('names the published reference for low engagement', () => {
    const e = ev({
      reason: 'engagement_rate_followers',
      key: 'audit.flag.low_engagement.engagement_rate_followers',
      value: 0.0032,
      threshold: 0.0263,
      params: {
        reference_value: 0.0263,
        reference_source: 'Rival IQ Social Media Industry Benchmark Report',
        reference_year: 2024,
        reference_denominator: 'followers',
      },
    });
    expect(evidenceText(words('id'), e)).toBe(
      'Interaksi per pengikut 0,32%, di bawah nilai tengah industri 2,63% (Rival IQ Social Media Industry Benchmark Report 2024, per pengikut).',
    );
  });

  it('translates the post type and the shares of an underused format', () => {
    const e = ev({
      reason: 'post_type',
      key: 'audit.flag.underused_potential.post_type',
      value: 0.2,
      threshold: 0.15,
      params: { type: 'carousel', posts: 2, share: 0.1, max_share: 0.2, account_rate: 0.1 },
    });
    expect(evidenceText(words('id'), e)).toBe(
      'Format Carousel: tingkat interaksi 20%, jauh di atas akun (10%; batas 15%), tetapi hanya 10% unggahan (2 unggahan; di bawah 20%).',
    );
  });

  it('tells the did-not-travel list by its count, rate and audience', () => {
    const e = ev({
      reason: 'did_not_travel',
      key: 'audit.flag.underused_potential.did_not_travel',
      value: 2,
      params: { rate_from: 0.12, views_below: 1500 },
    });
    expect(evidenceText(words('en'), e)).toBe(
      '2 good posts did not travel: engagement rate at least 12%, but views below 1,500.',
    );
  });

  it('writes growth with dates and whole people per 30 days', () => {
    const e = ev({
      reason: 'follower_growth',
      key: 'audit.flag.slow_growth.follower_growth',
      value: 0.004,
      threshold: 0.01,
      params: {
        first: 1000,
        first_date: '2026-05-01',
        last: 1004,
        last_date: '2026-05-31',
        days: 30,
        change_per_30_days: 4,
      },
    });
    expect(evidenceText(words('id'), e)).toBe(
      'Pengikut bertambah 0,4% per 30 hari (4 orang): dari 1.000 pada 1 Mei 2026 menjadi 1.004 pada 31 Mei 2026. Batas 1%.',
    );
  });

  it('falls back to value and line for a key it does not know', () => {
    const e = ev({ reason: 'gap_cv', key: 'audit.flag.new.thing', value: 1.25, threshold: 1 });
    expect(evidenceText(words('en'), e)).toBe('Value 1.25 (line at 1).');
  });
});

describe('windows', () => {
  it('sends the day after an inclusive end, and nothing for empty bounds', () => {
    expect(windowQuery('', '')).toBe('');
    expect(windowQuery('2026-05-01', '')).toBe('?from=2026-05-01');
    expect(windowQuery('2026-05-01', '2026-05-31')).toBe('?from=2026-05-01&to=2026-06-01');
    expect(windowQuery('', '2024-02-28')).toBe('?to=2024-02-29');
  });

  it('asks for one platform’s comparison over the window, in a programme when one is given', () => {
    expect(compareUrl('tiktok', '', '')).toBe('/api/audit/compare?platform=tiktok');
    expect(compareUrl('instagram', '2026-05-01', '2026-05-31', 'p-1')).toBe(
      '/api/audit/compare?platform=instagram&from=2026-05-01&to=2026-06-01&programme=p-1',
    );
  });

  it('tells which bound of a refused window is at fault', () => {
    const refused = { code: 'validation', fields: [{ field: 'window.to', rule: 'date_order' }] };
    expect(windowIssue(refused, 'to')).toBe('date_order');
    expect(windowIssue(refused, 'from')).toBeNull();
    expect(windowIssue({ code: 'validation', fields: [{ field: 'from', rule: 'invalid' }] }, 'from')).toBe(
      'invalid',
    );
    expect(windowIssue({ code: 'forbidden', fields: [{ field: 'window.to', rule: 'x' }] }, 'to')).toBeNull();
    expect(windowIssue(null, 'to')).toBeNull();
  });

  it('steps over month and year ends', () => {
    expect(nextDay('2025-12-31')).toBe('2026-01-01');
    expect(previousDay('2024-03-01')).toBe('2024-02-29');
  });

  it('shows a window by its local first and last day', () => {
    // Jakarta is UTC+7: an exclusive end at local midnight belongs to the day before.
    expect(
      windowDates({ from: '2026-04-30T17:00:00.000Z', to: '2026-05-31T17:00:00.000Z' }, 'Asia/Jakarta'),
    ).toEqual({ from: '2026-05-01', to: '2026-05-31' });
  });
});

describe('formatBytes', () => {
  it('uses the reader’s decimal mark', () => {
    expect(formatBytes('id', 512)).toBe('512 B');
    expect(formatBytes('id', 1536)).toBe('1,5 KB');
    expect(formatBytes('en', 5 * 1024 * 1024)).toBe('5 MB');
  });
});
