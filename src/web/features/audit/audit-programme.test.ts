import { describe, expect, it } from 'vitest';
import type { ProgrammeSummary } from '#web/app/types.ts';
import { pickProgramme, thresholdsHref, withProgramme } from './audit-programme.ts';

const programme = (
  id: string,
  startsOn: string,
  endsOn: string,
  timeZone = 'Asia/Jakarta',
): ProgrammeSummary => ({
  id,
  name: id,
  startsOn,
  endsOn,
  venue: null,
  timeZone,
  myRole: 'facilitator',
});

const past = programme('past', '2026-01-05', '2026-01-07');
const running = programme('running', '2026-03-01', '2026-03-03');
const later = programme('later', '2026-06-01', '2026-06-03');
const today = (date: string) => () => date;

describe('the programme the audit is read in', () => {
  it('is the one in the address when the person can see it', () => {
    expect(pickProgramme([past, running], 'past', today('2026-03-02'))?.id).toBe('past');
    expect(pickProgramme([past, running], 'unknown', today('2026-03-02'))?.id).toBe('running');
  });

  it('else the one running today, the one that started last, or the next to start', () => {
    expect(pickProgramme([later, past, running], undefined, today('2026-03-02'))?.id).toBe('running');
    expect(pickProgramme([later, past, running], undefined, today('2026-04-10'))?.id).toBe('running');
    expect(pickProgramme([later, past], undefined, today('2025-12-01'))?.id).toBe('past');
    expect(pickProgramme([], undefined, today('2026-03-02'))).toBeNull();
  });

  it('counts today in each programme’s own zone', () => {
    const honolulu = programme('hawaii', '2026-03-02', '2026-03-02', 'Pacific/Honolulu');
    const todayByZone = (zone: string) => (zone === 'Pacific/Honolulu' ? '2026-03-01' : '2026-03-02');
    expect(pickProgramme([past, honolulu], undefined, todayByZone)?.id).toBe('past');
  });

  it('is named in the requests and in the link to its thresholds', () => {
    expect(withProgramme('/api/audit/accounts/a/kpis', 'p 1')).toBe(
      '/api/audit/accounts/a/kpis?programme=p%201',
    );
    expect(withProgramme('/api/audit/accounts/a/kpis?from=2026-01-01', 'p')).toBe(
      '/api/audit/accounts/a/kpis?from=2026-01-01&programme=p',
    );
    expect(withProgramme('/x', null)).toBe('/x');
    expect(thresholdsHref('p')).toBe('/audit?programme=p#thresholds');
  });
});
