/**
 * The assessment instrument model: pure data, shared by the server, the web app and the CLI.
 * Scoring rules live in scoring.ts and are documented in docs/assessment.md.
 */
export const LEVELS = ['individual', 'team', 'organisation'] as const;
export type Level = (typeof LEVELS)[number];

/** Text in both languages of the interface. */
export interface LocalText {
  id: string;
  en: string;
}

export interface Dimension {
  /** Stable id, e.g. `IND-VER`. */
  id: string;
  level: Level;
  name: LocalText;
  /** One or two sentences: what this dimension measures and what a high score looks like. */
  description: LocalText;
  /** What a team can do in the next month, for low (stages 1–2), middle (3) and high (4–5) scores. */
  nextSteps: { low: LocalText[]; middle: LocalText[]; high: LocalText[] };
}

export interface Option {
  /** Stable within its item (`a`, `b`, …): answers and CSV files refer to it. */
  id: string;
  points: number;
  text: LocalText;
  /** Choosing it claims a fictional tool or term: raises the `overclaim` flag (unscored check items only). */
  overclaim?: boolean;
}

export interface Band {
  /** Inclusive lower bound; null for an open end. */
  min: number | null;
  /** Exclusive upper bound; null for an open end. */
  max: number | null;
  points: number;
}

interface ItemBase {
  /** Stable id, e.g. `IND-VER-01`; never reused for another question. */
  id: string;
  /** Null only for unscored items that belong to no dimension (over-claiming checks, open questions). */
  dimension: string | null;
  level: Level;
  /** Scored items count towards their dimension; unscored ones are asked but never scored. */
  scored: boolean;
  text: LocalText;
  /** Optional short help under the question. */
  hint?: LocalText;
  /** Optional evidence prompt (a link or a note); never scored, but it changes how people answer. */
  evidence?: LocalText;
}

/** One option; options are ordered from least to most mature and worth points. */
export interface SingleChoiceItem extends ItemBase {
  type: 'single_choice';
  options: Option[];
}

/** A situational judgement: the best response has full points, partly right ones some; shown shuffled. */
export interface ScenarioItem extends ItemBase {
  type: 'scenario';
  options: Option[];
}

/** Several options may be ticked; points add up, capped at `max`. */
export interface ChecklistItem extends ItemBase {
  type: 'checklist';
  options: Option[];
  max: number;
}

/** A number (a count, a duration) scored by the band it falls in. */
export interface NumericItem extends ItemBase {
  type: 'numeric';
  unit: LocalText;
  /** Bounds for the input itself. */
  inputMin: number;
  inputMax: number;
  bands: Band[];
}

export interface OpenTextItem extends ItemBase {
  type: 'open_text';
  scored: false;
}

export type Item = SingleChoiceItem | ScenarioItem | ChecklistItem | NumericItem | OpenTextItem;
export type ItemType = Item['type'];

export interface Instrument {
  /** Stable id of the instrument family, e.g. `kesiapan-digital-serikat`. */
  id: string;
  version: number;
  name: LocalText;
  /** Shown before the first question: who sees what, and why honesty helps. */
  anonymityStatement: LocalText;
  dimensions: Dimension[];
  /** In the order they are asked. */
  items: Item[];
}

/** An answer as stored and scored: an option id, option ids, a number, or text. */
export type Answer =
  | { type: 'option'; option: string }
  | { type: 'options'; options: string[] }
  | { type: 'number'; value: number }
  | { type: 'text'; value: string };

/** The most points an item can give: the basis of its score between 0 and 1. */
export function itemMax(item: Item): number {
  switch (item.type) {
    case 'single_choice':
    case 'scenario':
      return Math.max(0, ...item.options.map((o) => o.points));
    case 'checklist':
      return item.max;
    case 'numeric':
      return Math.max(0, ...item.bands.map((b) => b.points));
    case 'open_text':
      return 0;
  }
}
