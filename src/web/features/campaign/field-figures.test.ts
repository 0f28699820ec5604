import { describe, expect, it } from 'vitest';
import { fieldResponse } from '#core/campaign/field-response.ts';
import { DEFAULT_OUTCOMES } from '#core/field/outcomes.ts';
import { fieldCsvRows, overviewFieldCells, overviewOutcomes } from './field-figures.ts';

const outcomeName = (id: string) => ({ cares: 'Peduli', angry: 'Marah' })[id] ?? id;

const response = fieldResponse(
  [
    {
      id: 's1',
      name: 'CFD',
      place: '',
      startsAt: '2026-03-08T06:00:00+07:00',
      endsAt: '2026-03-08T09:00:00+07:00',
      timeZone: 'Asia/Jakarta',
      outcomes: [
        ...DEFAULT_OUTCOMES,
        { id: 'joined', label: { id: 'Ikut', en: 'Joined' }, colour: '--c-info', extra: true },
      ],
      variants: [
        { id: 'a', name: 'A', assetId: null },
        { id: 'b', name: 'B', assetId: null },
      ],
    },
  ],
  [
    { sessionId: 's1', variant: 'a', outcome: 'cares', n: 3 },
    { sessionId: 's1', variant: 'a', outcome: 'angry', n: 1 },
  ],
  { draws: 1000 },
);

describe('CSV rows', () => {
  it('gives each variant its total, then every outcome’s count and share', () => {
    const rows = fieldCsvRows(response, { section: 'Lapangan', total: 'Total', outcome: outcomeName });
    expect(rows).toEqual([
      ['Lapangan', 'CFD · A', 'Total', 4, null, null, null],
      ['Lapangan', 'CFD · A', 'Peduli', 3, null, null, 0.75],
      ['Lapangan', 'CFD · A', 'indifferent', 0, null, null, 0],
      ['Lapangan', 'CFD · A', 'Marah', 1, null, null, 0.25],
      ['Lapangan', 'CFD · A', 'joined', 0, null, null, 0],
      ['Lapangan', 'CFD · B', 'Total', 0, null, null, null],
      ['Lapangan', 'CFD · B', 'Peduli', 0, null, null, null],
      ['Lapangan', 'CFD · B', 'indifferent', 0, null, null, null],
      ['Lapangan', 'CFD · B', 'Marah', 0, null, null, null],
      ['Lapangan', 'CFD · B', 'joined', 0, null, null, null],
    ]);
    expect(rows.every((r) => r.length === 7)).toBe(true);
  });

  it('lines the overview’s campaigns up on the same outcome columns', () => {
    const outcomes = overviewOutcomes([null, response]).map((o) => o.id);
    expect(outcomes).toEqual(['cares', 'indifferent', 'angry', 'joined']);
    expect(overviewFieldCells(response, outcomes)).toEqual([4, 3, 0, 1, 0]);
    // Not tested in the field: empty cells, not zeros.
    expect(overviewFieldCells(null, outcomes)).toEqual([null, null, null, null, null]);
    expect(overviewFieldCells({ ...response, sessions: [] }, outcomes)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});
