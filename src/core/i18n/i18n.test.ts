import { describe, expect, it } from 'vitest';
import { describeFieldIssue } from './error-message.ts';
import { dateInZone, formatDate, formatNumber, isValidTimeZone } from './format.ts';
import { localeFromAcceptLanguage } from './locales.ts';
import { en } from './messages/en.ts';
import { id } from './messages/id.ts';
import { createTranslator, interpolate } from './translate.ts';

describe('locales', () => {
  it.each([
    [undefined, 'id'],
    ['en-US,en;q=0.9', 'en'],
    ['fr-FR, en;q=0.5', 'en'],
    ['id-ID,id;q=0.9,en;q=0.8', 'id'],
    ['en;q=0.2, id;q=0.9', 'id'],
    ['de', 'id'],
  ])('Accept-Language %j → %s', (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });
});

describe('catalogues', () => {
  it('have the same keys and no empty text in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    for (const [key, text] of [...Object.entries(id), ...Object.entries(en)]) {
      expect(text.trim(), key).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(id) as Array<keyof typeof id>) {
      expect(placeholders(en[key]), key).toEqual(placeholders(id[key]));
    }
  });
});

describe('translation', () => {
  it('interpolates and leaves unknown placeholders visible', () => {
    expect(interpolate('Halo {name}, {missing}', { name: 'Sari' })).toBe('Halo Sari, {missing}');
  });

  it('names the field in the reader language', () => {
    const tid = createTranslator('id', id);
    const ten = createTranslator('en', en);
    const issue = { field: 'endsOn', rule: 'date_order' };
    expect(describeFieldIssue((k, p) => tid.t(k as keyof typeof id, p), issue, tid.has)).toBe(
      'Tanggal selesai tidak boleh sebelum tanggal mulai.',
    );
    expect(describeFieldIssue((k, p) => ten.t(k as keyof typeof id, p), issue, ten.has)).toBe(
      'End date cannot be before the start date.',
    );
  });
});

describe('formatting per locale', () => {
  it.each([
    ['id', 1234.5, '1.234,5'],
    ['en', 1234.5, '1,234.5'],
  ] as const)('%s number', (locale, value, expected) => {
    expect(formatNumber(locale, value)).toBe(expected);
  });

  it.each([
    ['id', '2025-12-06', '6 Desember 2025'],
    ['en', '2025-12-06', '6 December 2025'],
  ] as const)('%s date', (locale, value, expected) => {
    expect(formatDate(locale, value)).toBe(expected);
  });

  it('finds the calendar date in a time zone', () => {
    const at = new Date('2026-03-01T18:30:00Z');
    expect(dateInZone(at, 'Asia/Jakarta')).toBe('2026-03-02');
    expect(dateInZone(at, 'UTC')).toBe('2026-03-01');
  });

  it.each([
    ['Asia/Jakarta', true],
    ['Asia/Makassar', true],
    ['Mars/Base', false],
  ])('time zone %s valid: %s', (zone, expected) => {
    expect(isValidTimeZone(zone)).toBe(expected);
  });
});
