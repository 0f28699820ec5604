import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import {
  DEFAULT_OUTCOME_IDS,
  type ExtraOutcomeInput,
  SUGGESTED_EXTRAS,
  sessionOutcomes,
} from './outcomes.ts';

const fieldsOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, fields: e.fields };
    throw e;
  }
  return null;
};

describe('session outcomes', () => {
  it('the three defaults, in their order, with both languages', () => {
    expect(sessionOutcomes().map((o) => [o.id, o.label.id, o.label.en, o.extra])).toEqual([
      ['cares', 'Peduli', 'Cares', false],
      ['indifferent', 'Acuh', 'Indifferent', false],
      ['angry', 'Marah', 'Angry', false],
    ]);
    expect(sessionOutcomes().map((o) => o.id)).toEqual([...DEFAULT_OUTCOME_IDS]);
  });

  it('extras follow the defaults; the colour defaults to info', () => {
    const outcomes = sessionOutcomes([
      { id: 'joined', label: { id: 'Ikut', en: 'Joined' } },
      { id: 'took_leaflet', label: { id: 'Ambil selebaran', en: 'Took a leaflet' }, colour: '--c-accent' },
    ]);
    expect(outcomes.slice(3)).toEqual([
      { id: 'joined', label: { id: 'Ikut', en: 'Joined' }, colour: '--c-info', extra: true },
      {
        id: 'took_leaflet',
        label: { id: 'Ambil selebaran', en: 'Took a leaflet' },
        colour: '--c-accent',
        extra: true,
      },
    ]);
    expect(sessionOutcomes(SUGGESTED_EXTRAS)[3]?.id).toBe('joined');
  });

  it.each([
    [
      'a default id again',
      [{ id: 'cares', label: { id: 'a', en: 'a' } }],
      [{ field: 'outcomes.0.id', rule: 'duplicate' }],
    ],
    [
      'two extras with one id',
      [
        { id: 'joined', label: { id: 'a', en: 'a' } },
        { id: 'joined', label: { id: 'b', en: 'b' } },
      ],
      [{ field: 'outcomes.1.id', rule: 'duplicate' }],
    ],
    [
      'an id with capitals',
      [{ id: 'Ikut', label: { id: 'a', en: 'a' } }],
      [{ field: 'outcomes.0.id', rule: 'outcome_id' }],
    ],
    ['a missing label', [{ id: 'ikut' }], [{ field: 'outcomes.0.label', rule: 'required' }]],
    [
      'four extras',
      ['a', 'b', 'c', 'd'].map((id) => ({ id, label: { id, en: id } })),
      [{ field: 'outcomes', rule: 'too_many', params: { max: 3 } }],
    ],
  ])('refuses %s', (_label, extras, fields) => {
    expect(fieldsOf(() => sessionOutcomes(extras as ExtraOutcomeInput[]))).toEqual({
      code: 'validation',
      fields,
    });
  });
});
