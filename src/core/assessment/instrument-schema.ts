/**
 * The shape of an instrument made or adapted in the editor, checked at the boundary. The type system
 * already describes an instrument (model.ts); this adds what a person editing one can get wrong: ids
 * that clash, items pointing at missing dimensions, choice items without choices, bands that overlap.
 * Each problem names its path and a rule id the interface translates.
 */
import { z } from 'zod';
import { type Band, type Instrument, type Item, itemMax, LEVELS } from './model.ts';

const text = (max: number) =>
  z.strictObject({ id: z.string().trim().min(1).max(max), en: z.string().trim().min(1).max(max) });
const optionalText = (max: number) =>
  z.strictObject({ id: z.string().trim().max(max), en: z.string().trim().max(max) });
/** Ids are what answers, CSV files and exports refer to: short, readable, no spaces. */
const stableId = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'stable_id');
const optionId = z
  .string()
  .trim()
  .min(1)
  .max(20)
  .regex(/^[A-Za-z0-9_-]+$/, 'stable_id');
const points = z.number().finite().min(0).max(100);

const OptionSchema = z.strictObject({
  id: optionId,
  points,
  text: text(600),
  overclaim: z.boolean().optional(),
});
const BandSchema = z.strictObject({
  min: z.number().finite().nullable(),
  max: z.number().finite().nullable(),
  points,
});

const base = {
  id: stableId,
  dimension: stableId.nullable(),
  level: z.enum(LEVELS),
  scored: z.boolean(),
  text: text(1200),
  hint: optionalText(600).optional(),
  evidence: optionalText(600).optional(),
};

const ItemSchema = z.discriminatedUnion('type', [
  z.strictObject({
    ...base,
    type: z.literal('single_choice'),
    options: z.array(OptionSchema).min(2).max(12),
  }),
  z.strictObject({ ...base, type: z.literal('scenario'), options: z.array(OptionSchema).min(2).max(12) }),
  z.strictObject({
    ...base,
    type: z.literal('checklist'),
    options: z.array(OptionSchema).min(2).max(30),
    max: z.number().finite().min(0).max(100),
  }),
  z.strictObject({
    ...base,
    type: z.literal('numeric'),
    unit: optionalText(40),
    inputMin: z.number().finite(),
    inputMax: z.number().finite(),
    bands: z.array(BandSchema).min(1).max(12),
  }),
  z.strictObject({ ...base, type: z.literal('open_text'), scored: z.literal(false) }),
]);

const DimensionSchema = z.strictObject({
  id: stableId,
  level: z.enum(LEVELS),
  name: text(120),
  description: optionalText(1200),
  nextSteps: z.strictObject({
    low: z.array(text(600)).max(8),
    middle: z.array(text(600)).max(8),
    high: z.array(text(600)).max(8),
  }),
});

/** What the editor sends: everything but the id and version, which the server owns. */
export const InstrumentContentSchema = z
  .strictObject({
    name: text(160),
    anonymityStatement: text(2000),
    dimensions: z.array(DimensionSchema).max(40),
    items: z.array(ItemSchema).min(1).max(200),
  })
  .superRefine((value, ctx) => {
    for (const issue of instrumentProblems(value)) ctx.addIssue({ code: 'custom', ...issue });
  });

export type InstrumentContent = Omit<Instrument, 'id' | 'version'>;

interface Problem {
  path: (string | number)[];
  message: string;
}

/** Consistency rules zod's shapes cannot express; each message is a rule id. */
export function instrumentProblems(instrument: InstrumentContent): Problem[] {
  const problems: Problem[] = [];
  const dimensions = new Map<string, InstrumentContent['dimensions'][number]>();
  instrument.dimensions.forEach((d, i) => {
    if (dimensions.has(d.id)) problems.push({ path: ['dimensions', i, 'id'], message: 'duplicate_id' });
    dimensions.set(d.id, d);
  });
  const itemIds = new Set<string>();
  instrument.items.forEach((item, i) => {
    const at = (...rest: (string | number)[]) => ['items', i, ...rest];
    if (itemIds.has(item.id)) problems.push({ path: at('id'), message: 'duplicate_id' });
    itemIds.add(item.id);
    if (item.dimension === null) {
      if (item.scored) problems.push({ path: at('dimension'), message: 'required' });
    } else {
      const dimension = dimensions.get(item.dimension);
      if (!dimension) problems.push({ path: at('dimension'), message: 'unknown_dimension' });
      else if (dimension.level !== item.level)
        problems.push({ path: at('level'), message: 'level_mismatch' });
    }
    problems.push(...itemShapeProblems(item).map((p) => ({ ...p, path: at(...p.path) })));
  });
  return problems;
}

function itemShapeProblems(item: Item): Problem[] {
  const problems: Problem[] = [];
  if ('options' in item) {
    const seen = new Set<string>();
    item.options.forEach((o, j) => {
      if (seen.has(o.id)) problems.push({ path: ['options', j, 'id'], message: 'duplicate_id' });
      seen.add(o.id);
    });
  }
  if (item.type === 'checklist') {
    const total = item.options.reduce((sum, o) => sum + o.points, 0);
    if (item.max > total) problems.push({ path: ['max'], message: 'max_unreachable' });
  }
  if (item.type === 'numeric') {
    if (item.inputMin >= item.inputMax) problems.push({ path: ['inputMax'], message: 'range_order' });
    problems.push(...bandProblems(item.bands));
  }
  if (item.scored && itemMax(item) <= 0) problems.push({ path: ['type'], message: 'no_points' });
  return problems;
}

/** Bands must each be a proper interval and never overlap, so a number falls in at most one. */
function bandProblems(bands: Band[]): Problem[] {
  const problems: Problem[] = [];
  const lo = (b: { min: number | null }) => b.min ?? Number.NEGATIVE_INFINITY;
  const hi = (b: { max: number | null }) => b.max ?? Number.POSITIVE_INFINITY;
  bands.forEach((band, j) => {
    if (lo(band) >= hi(band)) problems.push({ path: ['bands', j, 'max'], message: 'range_order' });
  });
  const order = bands.map((b, j) => ({ b, j })).sort((x, y) => lo(x.b) - lo(y.b));
  for (let n = 1; n < order.length; n++) {
    const previous = order[n - 1];
    const current = order[n];
    if (previous && current && lo(current.b) < hi(previous.b)) {
      problems.push({ path: ['bands', current.j, 'min'], message: 'overlap' });
    }
  }
  return problems;
}

export const CopyInstrumentInput = z.strictObject({
  /** `id` or `id@version` of the instrument to start from. */
  from: z.string().trim().min(1).max(80),
  name: text(160).optional(),
});

export const SaveInstrumentInput = z.strictObject({
  /** The version the editor loaded: a save on an older one is refused (someone else saved meanwhile). */
  baseVersion: z.number().int().positive(),
  instrument: InstrumentContentSchema,
});
