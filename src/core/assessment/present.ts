/** The JSON shapes of the assessment CLI (documented in docs/assessment.md); numbers rounded to two decimals. */
import type { Instrument } from './model.ts';
import { itemMax } from './model.ts';
import type { RoundResult } from './round.ts';
import { STAGE_NAMES } from './scoring.ts';

/** Half away from zero, to two decimals (the small epsilon keeps 1.005 from rounding down). */
export function round2(value: number | null): number | null {
  if (value === null) return null;
  return Math.sign(value) * (Math.round((Math.abs(value) + Number.EPSILON) * 100) / 100);
}

const roundAll = (record: Record<string, number | null>) =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [key, round2(value)]));

export function instrumentJson(instrument: Instrument) {
  return {
    id: instrument.id,
    version: instrument.version,
    name: instrument.name,
    dimensions: instrument.dimensions.map((d) => ({ id: d.id, level: d.level, name: d.name })),
    items: instrument.items.map((item) => ({
      id: item.id,
      dimension: item.dimension,
      level: item.level,
      type: item.type,
      scored: item.scored,
      max: itemMax(item),
      text: item.text,
      options:
        item.type === 'numeric' || item.type === 'open_text'
          ? []
          : item.options.map((o) => ({
              id: o.id,
              points: o.points,
              text: o.text,
              ...(o.overclaim ? { overclaim: true } : {}),
            })),
      ...(item.type === 'numeric'
        ? { bands: item.bands.map((b) => ({ min: b.min, max: b.max, points: b.points })) }
        : {}),
    })),
  };
}

export function roundJson(result: RoundResult) {
  return {
    respondents: result.respondents.map((r) => ({
      id: r.id,
      group: r.group,
      overall: round2(r.overall),
      stage: r.stage,
      stage_name: r.stage === null ? null : STAGE_NAMES[r.stage],
      levels: roundAll(r.levels),
      dimensions: roundAll(r.dimensions),
      flags: r.flags,
    })),
    groups: result.groups.map((g) => ({
      group: g.group,
      n: g.n,
      suppressed: g.suppressed,
      overall: round2(g.overall),
      dimensions: roundAll(g.dimensions),
    })),
    reliability: Object.fromEntries(
      Object.entries(result.reliability).map(([id, r]) => [id, { alpha: round2(r.alpha), n: r.n }]),
    ),
  };
}

/**
 * The instrument as a respondent receives it: questions and options, never points, bands or which option is
 * the fictional one, so that the best answer cannot be read from the page.
 */
export function instrumentForRespondent(instrument: Instrument) {
  return {
    id: instrument.id,
    version: instrument.version,
    name: instrument.name,
    anonymityStatement: instrument.anonymityStatement,
    dimensions: instrument.dimensions.map((d) => ({ id: d.id, level: d.level, name: d.name })),
    items: instrument.items.map((item) => ({
      id: item.id,
      level: item.level,
      type: item.type,
      text: item.text,
      ...(item.hint ? { hint: item.hint } : {}),
      ...(item.evidence ? { evidence: item.evidence } : {}),
      ...(item.type === 'numeric'
        ? { unit: item.unit, inputMin: item.inputMin, inputMax: item.inputMax }
        : {}),
      ...(item.type === 'single_choice' || item.type === 'scenario' || item.type === 'checklist'
        ? { options: item.options.map((o) => ({ id: o.id, text: o.text })) }
        : {}),
    })),
  };
}
