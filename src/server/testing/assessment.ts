import { expect } from 'vitest';
import { DEFAULT_INSTRUMENT } from '#core/assessment/instruments/registry.ts';
import type { Answer, Item } from '#core/assessment/model.ts';

/** The JSON body of a response that must have this status (the body is shown when it has not). */
export async function ok<T>(response: Response, status = 200): Promise<T> {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  return JSON.parse(text) as T;
}

/**
 * A full set of answers to the default instrument; `level` 0–3 moves every choice up the scale, so that
 * respondents differ. Open questions get `freeText`.
 */
export function answersFor(level: number, freeText = 'Pelatihan video pendek.'): Record<string, Answer> {
  const pick = (item: Item): Answer | null => {
    switch (item.type) {
      case 'single_choice':
      case 'scenario': {
        const option = item.options[Math.min(level, item.options.length - 1)];
        return option ? { type: 'option', option: option.id } : null;
      }
      case 'checklist':
        return { type: 'options', options: item.options.slice(0, 1 + level).map((o) => o.id) };
      case 'numeric':
        return { type: 'number', value: item.inputMin + level };
      case 'open_text':
        return { type: 'text', value: freeText };
    }
  };
  return Object.fromEntries(
    DEFAULT_INSTRUMENT.items
      .map((i) => [i.id, pick(i)] as const)
      .filter((e): e is [string, Answer] => e[1] !== null),
  );
}
