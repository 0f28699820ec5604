/** The pure logic of taking an assessment: shuffling, answer queue and merge, progress, resume, wording. */
import { seededRandom } from '#core/random.ts';
import type { Answer, Answers, RespondentItem } from './types.ts';

/** Answers waiting to be sent, keyed by item id; `null` clears an answer on the server. */
export type Pending = Record<string, Answer | null>;

/** A 32-bit seed from a string (FNV-1a). */
export function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A permutation of `list` that is always the same for the same seed (Fisher–Yates). */
export function seededShuffle<T>(list: readonly T[], seed: string): T[] {
  const out = [...list];
  const next = seededRandom(seedOf(seed));
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}

/** Whether an answer says something: a ticked option, a number, or text that is not blank. */
export function isAnswered(answer: Answer | null | undefined): boolean {
  if (!answer) return false;
  switch (answer.type) {
    case 'option':
      return answer.option !== '';
    case 'options':
      return answer.options.length > 0;
    case 'number':
      return Number.isFinite(answer.value);
    case 'text':
      return answer.value.trim() !== '';
  }
}

export function progress(
  items: readonly RespondentItem[],
  answers: Answers,
): { answered: number; total: number } {
  return { answered: items.filter((i) => isAnswered(answers[i.id])).length, total: items.length };
}

/** What the person sees: the server's answers with every unsent local change on top (local wins). */
export function mergeAnswers(server: Answers, pending: Pending): Answers {
  const out: Answers = { ...server };
  for (const [id, answer] of Object.entries(pending)) {
    if (answer === null) delete out[id];
    else out[id] = answer;
  }
  return out;
}

const same = (a: Answer | null | undefined, b: Answer | null | undefined) =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * After a batch was saved: drops what was sent, but keeps any item changed again while the batch was on its
 * way (its newer answer still has to go).
 */
export function settle(pending: Pending, sent: Pending): Pending {
  const out: Pending = {};
  for (const [id, answer] of Object.entries(pending)) {
    if (!(id in sent) || !same(answer, sent[id])) out[id] = answer;
  }
  return out;
}

/** Drops the items the server refused (e.g. an item no longer in the instrument), so the rest can go. */
export function without(pending: Pending, ids: readonly string[]): Pending {
  const out: Pending = { ...pending };
  for (const id of ids) delete out[id];
  return out;
}

/** Waiting time before retry number `attempt` (0-based): 2 s, 4 s, 8 s… at most 60 s. */
export function retryDelay(attempt: number): number {
  return Math.min(60_000, 2000 * 2 ** Math.max(0, attempt));
}

/** Where to pick up: the first unanswered item, or the review screen (`items.length`) when all are done. */
export function resumePosition(items: readonly RespondentItem[], answers: Answers): number {
  const index = items.findIndex((i) => !isAnswered(answers[i.id]));
  return index === -1 ? items.length : index;
}

export type EffectSize = 'negligible' | 'small' | 'medium' | 'large';

/** Cohen's conventions: |d| < 0.2 negligible, < 0.5 small, < 0.8 medium, otherwise large. */
export function effectSize(d: number): EffectSize {
  const size = Math.abs(d);
  if (size < 0.2) return 'negligible';
  if (size < 0.5) return 'small';
  if (size < 0.8) return 'medium';
  return 'large';
}

/** The direction and size of a change in points, rounded to whole points. */
export function changeDirection(change: number): 'up' | 'down' | 'same' {
  const points = Math.round(change);
  return points > 0 ? 'up' : points < 0 ? 'down' : 'same';
}

/** What the browser keeps for one assessment between visits. */
export interface Stored {
  token: string;
  personalCode: string;
  /** The personal code was shown and acknowledged. */
  codeSeen: boolean;
  /** Sent in: the profile is ready. */
  submitted: boolean;
  pending: Pending;
  /** Evidence notes stay on this device only: the API has no place for them yet. */
  notes: Record<string, string>;
}

function isAnswer(value: unknown): value is Answer {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  switch (v.type) {
    case 'option':
      return typeof v.option === 'string';
    case 'options':
      return Array.isArray(v.options) && v.options.every((o) => typeof o === 'string');
    case 'number':
      return typeof v.value === 'number';
    case 'text':
      return typeof v.value === 'string';
    default:
      return false;
  }
}

/** Reads the kept state back, tolerating anything broken (then there is nothing to resume). */
export function parseStored(raw: string | null): Stored | null {
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (typeof v.token !== 'string' || typeof v.personalCode !== 'string') return null;
  const pending: Pending = {};
  if (v.pending && typeof v.pending === 'object') {
    for (const [id, answer] of Object.entries(v.pending as Record<string, unknown>)) {
      if (answer === null || isAnswer(answer)) pending[id] = answer;
    }
  }
  const notes: Record<string, string> = {};
  if (v.notes && typeof v.notes === 'object') {
    for (const [id, note] of Object.entries(v.notes as Record<string, unknown>)) {
      if (typeof note === 'string') notes[id] = note;
    }
  }
  return {
    token: v.token,
    personalCode: v.personalCode,
    codeSeen: v.codeSeen === true,
    submitted: v.submitted === true,
    pending,
    notes,
  };
}
