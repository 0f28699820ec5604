/**
 * The instrument editor's logic, apart from the screen: moving and inserting items, blank items with ids
 * nobody uses yet, next steps typed as lines, and which field a server error belongs to.
 */
import type { Dimension, Instrument, Item, ItemType, Level, LocalText } from '#core/assessment/model.ts';

/** What the editor holds and sends: the instrument without the id and version the server owns. */
export type Content = Omit<Instrument, 'id' | 'version'>;

export const ITEM_TYPES: readonly ItemType[] = [
  'single_choice',
  'scenario',
  'checklist',
  'numeric',
  'open_text',
];

/** A copy of `list` with the element at `from` moved to `to` (both clamped to the list). */
export function moveAt<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  if (from < 0 || from >= list.length) return next;
  const target = Math.max(0, Math.min(list.length - 1, to));
  const [moved] = next.splice(from, 1);
  if (moved !== undefined) next.splice(target, 0, moved);
  return next;
}

export function insertAt<T>(list: readonly T[], index: number, value: T): T[] {
  const next = [...list];
  next.splice(Math.max(0, Math.min(list.length, index)), 0, value);
  return next;
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

export function replaceAt<T>(list: readonly T[], index: number, value: T): T[] {
  return list.map((x, i) => (i === index ? value : x));
}

/** Where a selected position ends up after the element at `from` moves to `to` (or is removed: `to` null). */
export function followMove(selected: number, from: number, to: number | null): number {
  if (to === null) {
    if (selected === from) return -1;
    return selected > from ? selected - 1 : selected;
  }
  if (selected === from) return to;
  if (from < selected && to >= selected) return selected - 1;
  if (from > selected && to <= selected) return selected + 1;
  return selected;
}

/** `base` if free, else `base-2`, `base-3`, …; for items of a dimension, the next number in its series. */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** The next free `<dimension>-NN` (IND-VER-07 after IND-VER-06), or `BUTIR-NN` without a dimension. */
export function nextItemId(dimension: string | null, taken: Iterable<string>): string {
  const used = new Set(taken);
  const prefix = dimension ?? 'BUTIR';
  for (let n = 1; ; n++) {
    const candidate = `${prefix}-${String(n).padStart(2, '0')}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** The first letter id (`a`, `b`, …, then `o27`, …) not used by an option yet. */
export function nextOptionId(taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 0; n < 26; n++) {
    const letter = String.fromCharCode(97 + n);
    if (!used.has(letter)) return letter;
  }
  return uniqueId('o27', used);
}

const empty = (): LocalText => ({ id: '', en: '' });

/**
 * A new item of a type, in a dimension (or none), with an id no other item has. Choice items start with two
 * options worth 0 and 1 point, a numeric item with two bands, so each is valid once its texts are filled in.
 */
export function blankItem(type: ItemType, dimension: Dimension | null, takenIds: Iterable<string>): Item {
  const inDimension = type === 'open_text' ? null : dimension;
  const base = {
    id: nextItemId(inDimension?.id ?? null, takenIds),
    dimension: inDimension?.id ?? null,
    level: inDimension?.level ?? dimension?.level ?? ('individual' as Level),
    text: empty(),
  };
  switch (type) {
    case 'single_choice':
    case 'scenario':
      return {
        ...base,
        type,
        scored: inDimension !== null,
        options: [
          { id: 'a', points: 0, text: empty() },
          { id: 'b', points: 1, text: empty() },
        ],
      };
    case 'checklist':
      return {
        ...base,
        type,
        scored: inDimension !== null,
        max: 2,
        options: [
          { id: 'a', points: 1, text: empty() },
          { id: 'b', points: 1, text: empty() },
        ],
      };
    case 'numeric':
      return {
        ...base,
        type,
        scored: inDimension !== null,
        unit: empty(),
        inputMin: 0,
        inputMax: 100,
        bands: [
          { min: 0, max: 1, points: 0 },
          { min: 1, max: null, points: 1 },
        ],
      };
    case 'open_text':
      return { ...base, type, scored: false };
  }
}

/** A copy of an item right after it, with a fresh id. */
export function duplicateItem(item: Item, takenIds: Iterable<string>): Item {
  return { ...structuredClone(item), id: uniqueId(`${item.id}-salinan`, takenIds) };
}

/** A dimension with an id nobody uses yet. */
export function blankDimension(level: Level, takenIds: Iterable<string>): Dimension {
  return {
    id: uniqueId('DIMENSI', takenIds),
    level,
    name: empty(),
    description: empty(),
    nextSteps: { low: [], middle: [], high: [] },
  };
}

/**
 * Changes one dimension; items that point at it follow a new id and take a new level, so the editor never
 * makes the mismatches the server refuses.
 */
export function updateDimension(content: Content, index: number, next: Dimension): Content {
  const before = content.dimensions[index];
  if (!before) return content;
  return {
    ...content,
    dimensions: replaceAt(content.dimensions, index, next),
    items: content.items.map((item) =>
      item.dimension === before.id ? { ...item, dimension: next.id, level: next.level } : item,
    ),
  };
}

/** Next steps as typed: line i of the Indonesian box goes with line i of the English one. */
export function stepsToLines(steps: readonly LocalText[]): { id: string; en: string } {
  return { id: steps.map((s) => s.id).join('\n'), en: steps.map((s) => s.en).join('\n') };
}

/** Lines back to steps; a pair with both lines blank is dropped, a pair with one blank line kept (and refused). */
export function linesToSteps(idLines: string, enLines: string): LocalText[] {
  const ids = idLines.split('\n');
  const ens = enLines.split('\n');
  const steps: LocalText[] = [];
  for (let i = 0; i < Math.max(ids.length, ens.length); i++) {
    const id = (ids[i] ?? '').trim();
    const en = (ens[i] ?? '').trim();
    if (id || en) steps.push({ id, en });
  }
  return steps;
}

const blankText = (text: LocalText | undefined) => !text || (text.id.trim() === '' && text.en.trim() === '');

/** What is sent: optional help and evidence texts left empty in both languages are left out. */
export function contentToSave(content: Content): Content {
  return {
    ...content,
    items: content.items.map((item) => {
      const { hint, evidence, ...rest } = item;
      return {
        ...rest,
        ...(blankText(hint) ? {} : { hint }),
        ...(blankText(evidence) ? {} : { evidence }),
      } as Item;
    }),
  };
}

/** Where a server field error belongs: the instrument's own fields, one dimension, or one item. */
export type IssuePlace =
  | { scope: 'instrument'; anchor: string }
  | { scope: 'dimension'; index: number; anchor: string }
  | { scope: 'item'; index: number; anchor: string };

const ITEM_ANCHORS = [
  /^(id|dimension|level|max|inputMin|inputMax)$/,
  /^(text|hint|evidence|unit)\.(id|en)$/,
  /^options\.\d+\.(id|points)$/,
  /^options\.\d+\.text\.(id|en)$/,
  /^bands\.\d+\.(min|max|points)$/,
];
const DIMENSION_ANCHORS = [/^(id|level)$/, /^(name|description)\.(id|en)$/];
const INSTRUMENT_ANCHORS = [/^(name|anonymityStatement)\.(id|en)$/];

/**
 * The place of a field path such as `instrument.items.3.options.1.id`, with the anchor: the path of the
 * input that shows it (relative to the item or dimension), or '' when no single input fits (shown at the
 * top of the item or dimension). Next steps anchor at their lines box (`nextSteps.low.id`).
 */
export function locateIssue(field: string): IssuePlace {
  const path = field.replace(/^instrument\./, '');
  const item = /^items\.(\d+)(?:\.(.*))?$/.exec(path);
  if (item) {
    const rest = item[2] ?? '';
    return {
      scope: 'item',
      index: Number(item[1]),
      anchor: ITEM_ANCHORS.some((r) => r.test(rest)) ? rest : '',
    };
  }
  const dimension = /^dimensions\.(\d+)(?:\.(.*))?$/.exec(path);
  if (dimension) {
    const rest = dimension[2] ?? '';
    const steps = /^nextSteps\.(low|middle|high)\.\d+\.(id|en)$/.exec(rest);
    return {
      scope: 'dimension',
      index: Number(dimension[1]),
      anchor: steps
        ? `nextSteps.${steps[1]}.${steps[2]}`
        : DIMENSION_ANCHORS.some((r) => r.test(rest))
          ? rest
          : '',
    };
  }
  return { scope: 'instrument', anchor: INSTRUMENT_ANCHORS.some((r) => r.test(path)) ? path : '' };
}

/** Field issues of one scope and index, keyed by anchor (first issue per anchor wins). */
export function issuesFor<I extends { field: string }>(
  issues: readonly I[],
  scope: IssuePlace['scope'],
  index = 0,
): Map<string, I> {
  const out = new Map<string, I>();
  for (const issue of issues) {
    const place = locateIssue(issue.field);
    if (place.scope !== scope) continue;
    if (place.scope !== 'instrument' && place.index !== index) continue;
    if (!out.has(place.anchor)) out.set(place.anchor, issue);
  }
  return out;
}

/** The items that have at least one issue, in order. */
export function itemsWithIssues(issues: readonly { field: string }[]): number[] {
  const indexes = new Set<number>();
  for (const issue of issues) {
    const place = locateIssue(issue.field);
    if (place.scope === 'item') indexes.add(place.index);
  }
  return [...indexes].sort((a, b) => a - b);
}

/** A number typed in the reader's way (`1,5` or `1.5`); null for an empty box, NaN for anything else. */
export function parseNumberInput(raw: string): number | null {
  const clean = raw.trim().replace(/\s/g, '').replace(',', '.');
  if (clean === '') return null;
  const value = Number(clean);
  return Number.isFinite(value) ? value : Number.NaN;
}

/**
 * Field issues after items (or dimensions) moved: `instrument.<list>.N…` follows its element to the index
 * `to(N)` gives; an issue whose element is gone (-1) is dropped, so an error never lands on another item.
 */
export function remapIssues<I extends { field: string }>(
  issues: readonly I[],
  list: 'items' | 'dimensions',
  to: (index: number) => number,
): I[] {
  const pattern = new RegExp(`^(instrument\\.)?${list}\\.(\\d+)(\\..*)?$`);
  return issues.flatMap((issue) => {
    const match = pattern.exec(issue.field);
    if (!match) return [issue];
    const next = to(Number(match[2]));
    if (next < 0) return [];
    return [{ ...issue, field: `${match[1] ?? ''}${list}.${next}${match[3] ?? ''}` }];
  });
}
