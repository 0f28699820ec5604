import { describe, expect, it } from 'vitest';
import { deleteAt, pastRetention, RetentionDaysSchema, type RetentionSession } from './retention.ts';

const jkt = (local: string) => Date.parse(`${local}+07:00`);
const cfd: RetentionSession = {
  endsAt: jkt('2024-05-12T10:00:00'),
  timeZone: 'Asia/Jakarta',
  retentionDays: 30,
};

describe('retention of photos and quotes', () => {
  it.each<[string, number, RetentionSession, number]>([
    [
      'made during the session: 30 days after 12 May, deleted from 12 June 00:00 WIB',
      jkt('2024-05-12T08:00:00'),
      cfd,
      jkt('2024-06-12T00:00:00'),
    ],
    ['uploaded two days late: its own 30 days', jkt('2024-05-14T21:00:00'), cfd, jkt('2024-06-14T00:00:00')],
    [
      '0 days: gone at the midnight after the session',
      jkt('2024-05-12T08:00:00'),
      { ...cfd, retentionDays: 0 },
      jkt('2024-05-13T00:00:00'),
    ],
    [
      'a session ending at midnight ends on the day before',
      jkt('2024-05-12T20:00:00'),
      { ...cfd, endsAt: jkt('2024-05-13T00:00:00'), retentionDays: 1 },
      jkt('2024-05-14T00:00:00'),
    ],
    [
      'across a change of clock (Berlin, 31 March): local midnight, not 24-hour steps',
      Date.parse('2024-03-30T12:00:00+01:00'),
      { endsAt: Date.parse('2024-03-30T14:00:00+01:00'), timeZone: 'Europe/Berlin', retentionDays: 1 },
      Date.parse('2024-04-01T00:00:00+02:00'),
    ],
    [
      'across a year end',
      jkt('2024-12-31T08:00:00'),
      { ...cfd, endsAt: jkt('2024-12-31T10:00:00'), retentionDays: 1 },
      jkt('2025-01-02T00:00:00'),
    ],
  ])('%s', (_label, at, session, expected) => {
    expect(deleteAt(at, session)).toBe(expected);
  });

  it('lists what is due at now, exactly from its instant', () => {
    const items = [
      { id: 'photo-1', at: jkt('2024-05-12T08:00:00') },
      { id: 'quote-late', at: jkt('2024-05-14T21:00:00') },
    ];
    expect(pastRetention(items, cfd, jkt('2024-06-11T23:59:59.999'))).toEqual([]);
    expect(pastRetention(items, cfd, jkt('2024-06-12T00:00:00'))).toEqual([
      { id: 'photo-1', deleteAt: jkt('2024-06-12T00:00:00') },
    ]);
    expect(pastRetention(items, cfd, jkt('2024-07-01T00:00:00')).map((i) => i.id)).toEqual([
      'photo-1',
      'quote-late',
    ]);
  });

  it.each([
    [30, true],
    [0, true],
    [365, true],
    [366, false],
    [-1, false],
    [1.5, false],
  ])('retention of %d days is allowed: %s', (days, ok) => {
    expect(RetentionDaysSchema.safeParse(days).success).toBe(ok);
  });
});
