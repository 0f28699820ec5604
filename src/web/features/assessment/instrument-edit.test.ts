import { describe, expect, it } from 'vitest';
import { InstrumentContentSchema } from '#core/assessment/instrument-schema.ts';
import { DEFAULT_INSTRUMENT } from '#core/assessment/instruments/registry.ts';
import type { Dimension } from '#core/assessment/model.ts';
import {
  blankDimension,
  blankItem,
  type Content,
  contentToSave,
  duplicateItem,
  followMove,
  ITEM_TYPES,
  insertAt,
  issuesFor,
  itemsWithIssues,
  linesToSteps,
  locateIssue,
  moveAt,
  nextItemId,
  nextOptionId,
  parseNumberInput,
  remapIssues,
  removeAt,
  stepsToLines,
  uniqueId,
  updateDimension,
} from './instrument-edit.ts';

const { id: _id, version: _version, ...builtIn } = DEFAULT_INSTRUMENT;
const content: Content = structuredClone(builtIn);
const dimension = content.dimensions[0] as Dimension;

describe('moving items', () => {
  it.each([
    [0, 1, ['b', 'a', 'c', 'd']],
    [3, 2, ['a', 'b', 'd', 'c']],
    [0, 3, ['b', 'c', 'd', 'a']],
    [2, 0, ['c', 'a', 'b', 'd']],
    [0, -1, ['a', 'b', 'c', 'd']],
    [3, 9, ['a', 'b', 'c', 'd']],
    [7, 0, ['a', 'b', 'c', 'd']],
  ])('from %i to %i', (from, to, expected) => {
    expect(moveAt(['a', 'b', 'c', 'd'], from, to)).toEqual(expected);
  });

  it('inserts and removes without touching the original', () => {
    const list = ['a', 'b'];
    expect(insertAt(list, 1, 'x')).toEqual(['a', 'x', 'b']);
    expect(insertAt(list, 9, 'x')).toEqual(['a', 'b', 'x']);
    expect(removeAt(list, 0)).toEqual(['b']);
    expect(list).toEqual(['a', 'b']);
  });

  it('keeps a selection on the same element through moves and removals', () => {
    const list = ['a', 'b', 'c', 'd', 'e'];
    for (let from = 0; from < list.length; from++) {
      for (let to = 0; to < list.length; to++) {
        const moved = moveAt(list, from, to);
        for (let selected = 0; selected < list.length; selected++) {
          expect(moved[followMove(selected, from, to)]).toBe(list[selected]);
        }
      }
      const removed = removeAt(list, from);
      for (let selected = 0; selected < list.length; selected++) {
        const after = followMove(selected, from, null);
        if (selected === from) expect(after).toBe(-1);
        else expect(removed[after]).toBe(list[selected]);
      }
    }
  });
});

describe('new ids', () => {
  it('numbers items within their dimension', () => {
    expect(nextItemId('IND-VER', ['IND-VER-01', 'IND-VER-02', 'IND-VER-04'])).toBe('IND-VER-03');
    expect(nextItemId(null, [])).toBe('BUTIR-01');
  });

  it('suffixes a taken id', () => {
    expect(uniqueId('X', [])).toBe('X');
    expect(uniqueId('X', ['X', 'X-2'])).toBe('X-3');
  });

  it('gives options the next free letter', () => {
    expect(nextOptionId(['a', 'b', 'd'])).toBe('c');
    expect(nextOptionId('abcdefghijklmnopqrstuvwxyz'.split(''))).toBe('o27');
  });
});

describe('blank items', () => {
  const ids = content.items.map((i) => i.id);

  it.each(ITEM_TYPES)(
    'a %s item has a fresh id and passes the server schema once its texts are filled',
    (type) => {
      const item = blankItem(type, dimension, ids);
      expect(ids).not.toContain(item.id);
      expect(item.type).toBe(type);
      const fill = (text: { id: string; en: string }) => Object.assign(text, { id: 'Teks', en: 'Text' });
      fill(item.text);
      if ('options' in item) for (const o of item.options) fill(o.text);
      const next = { ...content, items: [...content.items, item] };
      expect(InstrumentContentSchema.safeParse(next).success).toBe(true);
    },
  );

  it('belongs to the dimension and takes its level, except open questions', () => {
    const team = content.dimensions.find((d) => d.level === 'team') as Dimension;
    expect(blankItem('single_choice', team, ids)).toMatchObject({
      dimension: team.id,
      level: 'team',
      scored: true,
    });
    expect(blankItem('open_text', team, ids)).toMatchObject({
      dimension: null,
      level: 'team',
      scored: false,
    });
    expect(blankItem('numeric', null, ids)).toMatchObject({ dimension: null, scored: false });
  });

  it('duplicates with a new id and an independent copy', () => {
    const original = content.items[0];
    if (!original || !('options' in original)) throw new Error('the first item has options');
    const copy = duplicateItem(original, ids);
    expect(copy.id).not.toBe(original.id);
    expect(ids).not.toContain(copy.id);
    if (!('options' in copy)) throw new Error('the copy has options');
    const first = copy.options[0];
    if (first) first.text.id = 'changed';
    expect(original.options[0]?.text.id).not.toBe('changed');
  });

  it('makes a dimension with a free id', () => {
    expect(blankDimension('team', ['DIMENSI']).id).toBe('DIMENSI-2');
  });
});

describe('dimensions', () => {
  it('carries a new id and level over to its items', () => {
    const next = updateDimension(content, 0, { ...dimension, id: 'BARU', level: 'team' });
    const before = content.items.filter((i) => i.dimension === dimension.id).length;
    expect(next.items.filter((i) => i.dimension === 'BARU' && i.level === 'team')).toHaveLength(before);
    expect(next.items.filter((i) => i.dimension === dimension.id)).toHaveLength(0);
    expect(next.dimensions[0]?.id).toBe('BARU');
  });

  it('edits next steps as aligned lines', () => {
    const steps = [
      { id: 'Satu', en: 'One' },
      { id: 'Dua', en: 'Two' },
    ];
    const lines = stepsToLines(steps);
    expect(lines).toEqual({ id: 'Satu\nDua', en: 'One\nTwo' });
    expect(linesToSteps(lines.id, lines.en)).toEqual(steps);
    expect(linesToSteps('Satu\n\nTiga\n', 'One\n\nThree')).toEqual([
      { id: 'Satu', en: 'One' },
      { id: 'Tiga', en: 'Three' },
    ]);
    expect(linesToSteps('Satu\nDua', 'One')).toEqual([
      { id: 'Satu', en: 'One' },
      { id: 'Dua', en: '' },
    ]);
  });
});

describe('what is saved', () => {
  it('leaves out help and evidence left empty in both languages', () => {
    const item = blankItem('open_text', null, []);
    const saved = contentToSave({
      ...content,
      items: [{ ...item, hint: { id: ' ', en: '' }, evidence: { id: 'Tautan', en: '' } }],
    });
    expect(saved.items[0]).not.toHaveProperty('hint');
    expect(saved.items[0]?.evidence).toEqual({ id: 'Tautan', en: '' });
  });

  it('keeps the built-in instrument valid unchanged', () => {
    expect(InstrumentContentSchema.safeParse(contentToSave(content)).success).toBe(true);
  });
});

describe('field errors', () => {
  it.each([
    ['instrument.items.3.options.1.id', { scope: 'item', index: 3, anchor: 'options.1.id' }],
    ['instrument.items.12.text.en', { scope: 'item', index: 12, anchor: 'text.en' }],
    ['instrument.items.0.bands.2.min', { scope: 'item', index: 0, anchor: 'bands.2.min' }],
    ['instrument.items.4.type', { scope: 'item', index: 4, anchor: '' }],
    ['instrument.items.4.options', { scope: 'item', index: 4, anchor: '' }],
    ['instrument.items.4', { scope: 'item', index: 4, anchor: '' }],
    [
      'instrument.dimensions.2.nextSteps.low.1.en',
      { scope: 'dimension', index: 2, anchor: 'nextSteps.low.en' },
    ],
    ['instrument.dimensions.2.id', { scope: 'dimension', index: 2, anchor: 'id' }],
    ['instrument.name.id', { scope: 'instrument', anchor: 'name.id' }],
    ['instrument.items', { scope: 'instrument', anchor: '' }],
    ['baseVersion', { scope: 'instrument', anchor: '' }],
  ] as const)('%s', (field, expected) => {
    expect(locateIssue(field)).toEqual(expected);
  });

  it('groups issues by item and anchor, first issue first', () => {
    const issues = [
      { field: 'instrument.items.3.id', rule: 'duplicate_id' },
      { field: 'instrument.items.3.id', rule: 'stable_id' },
      { field: 'instrument.items.1.text.id', rule: 'required' },
      { field: 'instrument.name.en', rule: 'required' },
    ];
    expect([...issuesFor(issues, 'item', 3).entries()]).toEqual([['id', issues[0]]]);
    expect([...issuesFor(issues, 'instrument').keys()]).toEqual(['name.en']);
    expect(itemsWithIssues(issues)).toEqual([1, 3]);
  });
});

describe('numbers as typed', () => {
  it.each([
    ['1,5', 1.5],
    [' 12 ', 12],
    ['', null],
    ['abc', Number.NaN],
    ['-3', -3],
  ])('%j', (raw, expected) => {
    expect(parseNumberInput(raw)).toEqual(expected);
  });
});

describe('issues after a move', () => {
  it('follow their item and disappear with it', () => {
    const issues = [
      { field: 'instrument.items.0.id', rule: 'duplicate_id' },
      { field: 'instrument.items.2.text.en', rule: 'required' },
      { field: 'instrument.name.id', rule: 'required' },
    ];
    expect(remapIssues(issues, 'items', (i) => followMove(i, 0, 2)).map((i) => i.field)).toEqual([
      'instrument.items.2.id',
      'instrument.items.1.text.en',
      'instrument.name.id',
    ]);
    expect(remapIssues(issues, 'items', (i) => followMove(i, 2, null)).map((i) => i.field)).toEqual([
      'instrument.items.0.id',
      'instrument.name.id',
    ]);
    expect(remapIssues(issues, 'dimensions', () => -1)).toEqual(issues);
  });
});
