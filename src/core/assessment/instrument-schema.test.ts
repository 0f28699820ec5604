import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { parseInput } from '../validation.ts';
import { InstrumentContentSchema } from './instrument-schema.ts';
import { kesiapanDigitalV1 } from './instruments/kesiapan-digital-v1.ts';
import type { Instrument } from './model.ts';

const { id: _id, version: _version, ...builtIn } = kesiapanDigitalV1;

function fieldsOf(content: unknown) {
  try {
    parseInput(InstrumentContentSchema, content);
  } catch (error) {
    if (error instanceof AppError) return error.fields.map((f) => `${f.field}:${f.rule}`);
    throw error;
  }
  return [];
}

/** A fresh copy of the built-in content with one change made to it. */
function edited(change: (draft: Omit<Instrument, 'id' | 'version'>) => void) {
  const draft = structuredClone(builtIn);
  change(draft);
  return draft;
}

const firstOf = <T>(items: T[]): T => {
  const item = items[0];
  if (item === undefined) throw new Error('fixture has no items');
  return item;
};

describe('InstrumentContentSchema', () => {
  it('accepts the built-in instrument as it ships', () => {
    expect(fieldsOf(builtIn)).toEqual([]);
  });

  const cases: Array<[string, (d: Omit<Instrument, 'id' | 'version'>) => void, string]> = [
    [
      'a repeated item id',
      (d) => d.items.push(structuredClone(firstOf(d.items))),
      `items.${builtIn.items.length}.id:duplicate_id`,
    ],
    [
      'a repeated dimension id',
      (d) => d.dimensions.push(structuredClone(firstOf(d.dimensions))),
      `dimensions.${builtIn.dimensions.length}.id:duplicate_id`,
    ],
    [
      'an item in a missing dimension',
      (d) => {
        firstOf(d.items).dimension = 'NOPE';
      },
      'items.0.dimension:unknown_dimension',
    ],
    [
      'an item on another level than its dimension',
      (d) => {
        firstOf(d.items).level = 'organisation';
      },
      'items.0.level:level_mismatch',
    ],
    [
      'a scored item without a dimension',
      (d) => {
        firstOf(d.items).dimension = null;
      },
      'items.0.dimension:required',
    ],
    [
      'an id with a space',
      (d) => {
        firstOf(d.items).id = 'IND 01';
      },
      'items.0.id:stable_id',
    ],
    [
      'a choice item with one option',
      (d) => {
        const item = firstOf(d.items);
        if ('options' in item) item.options = item.options.slice(0, 1);
      },
      'items.0.options:too_few',
    ],
    [
      'two options with one id',
      (d) => {
        const item = firstOf(d.items);
        if ('options' in item) item.options = [firstOf(item.options), firstOf(item.options)];
      },
      'items.0.options.1.id:duplicate_id',
    ],
    [
      'a scored item worth nothing',
      (d) => {
        const item = firstOf(d.items);
        if ('options' in item) for (const o of item.options) o.points = 0;
      },
      'items.0.type:no_points',
    ],
    [
      'an empty Indonesian question',
      (d) => {
        firstOf(d.items).text.id = ' ';
      },
      'items.0.text.id:required',
    ],
  ];

  it.each(cases)('refuses %s', (_name, change, expected) => {
    expect(fieldsOf(edited(change))).toContain(expected);
  });

  const numeric = (
    bands: Array<{ min: number | null; max: number | null; points: number }>,
    inputMin = 0,
    inputMax = 100,
  ) =>
    edited((d) => {
      d.items = [
        {
          id: 'NUM-1',
          dimension: firstOf(d.dimensions).id,
          level: firstOf(d.dimensions).level,
          scored: true,
          type: 'numeric',
          text: { id: 'Berapa?', en: 'How many?' },
          unit: { id: 'kali', en: 'times' },
          inputMin,
          inputMax,
          bands,
        },
      ];
    });

  it.each([
    [
      'overlapping bands',
      [
        { min: null, max: 5, points: 0 },
        { min: 3, max: null, points: 2 },
      ],
      'items.0.bands.1.min:overlap',
    ],
    ['a band ending before it starts', [{ min: 5, max: 2, points: 1 }], 'items.0.bands.0.max:range_order'],
  ] as const)('refuses %s', (_name, bands, expected) => {
    expect(fieldsOf(numeric([...bands]))).toContain(expected);
  });

  it('refuses an input range that ends before it starts, and accepts touching bands', () => {
    expect(fieldsOf(numeric([{ min: null, max: 5, points: 0 }], 10, 1))).toContain(
      'items.0.inputMax:range_order',
    );
    expect(
      fieldsOf(
        numeric([
          { min: null, max: 5, points: 0 },
          { min: 5, max: null, points: 2 },
        ]),
      ),
    ).toEqual([]);
  });

  it('refuses a checklist whose maximum cannot be reached', () => {
    const content = edited((d) => {
      const dimension = firstOf(d.dimensions);
      d.items = [
        {
          id: 'CHK-1',
          dimension: dimension.id,
          level: dimension.level,
          scored: true,
          type: 'checklist',
          max: 9,
          text: { id: 'Centang', en: 'Tick' },
          options: [
            { id: 'a', points: 1, text: { id: 'A', en: 'A' } },
            { id: 'b', points: 2, text: { id: 'B', en: 'B' } },
          ],
        },
      ];
    });
    expect(fieldsOf(content)).toContain('items.0.max:max_unreachable');
  });
});
