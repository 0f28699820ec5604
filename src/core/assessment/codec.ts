/**
 * How answers are stored: one compact array in the instrument's item order (an assessment is frozen to one
 * instrument version, so positions are stable). `"a"` an option, `["a","c"]` options, `12` a number,
 * `{"t": "…"}` a text, `null` unanswered. Ten thousand respondents' answers stay a few megabytes, where
 * `{"IND-VER-01":{"type":"option","option":"a"},…}` was ten times that.
 */
import type { Answer, Instrument } from './model.ts';

export type StoredAnswer = string | string[] | number | { t: string } | null;

function encodeOne(answer: Answer): StoredAnswer {
  if (answer.type === 'option') return answer.option;
  if (answer.type === 'options') return [...answer.options];
  if (answer.type === 'number') return answer.value;
  return { t: answer.value };
}

export function encodeAnswers(instrument: Instrument, answers: ReadonlyMap<string, Answer>): StoredAnswer[] {
  return instrument.items.map((item) => {
    const answer = answers.get(item.id);
    return answer ? encodeOne(answer) : null;
  });
}

/** Reads stored answers: the JSON text the database keeps, or the array itself. */
export function decodeAnswers(instrument: Instrument, stored: unknown): Map<string, Answer> {
  const answers = new Map<string, Answer>();
  if (typeof stored === 'string') {
    try {
      return decodeAnswers(instrument, JSON.parse(stored));
    } catch {
      // Unreadable text is no answers at all, never a failure to score the rest of a round.
      return answers;
    }
  }
  if (!Array.isArray(stored)) return answers;
  instrument.items.forEach((item, index) => {
    const value: unknown = stored[index];
    if (typeof value === 'string') answers.set(item.id, { type: 'option', option: value });
    else if (Array.isArray(value)) answers.set(item.id, { type: 'options', options: value.map(String) });
    else if (typeof value === 'number') answers.set(item.id, { type: 'number', value });
    else if (value !== null && typeof value === 'object' && 't' in value)
      answers.set(item.id, { type: 'text', value: String(value.t) });
  });
  return answers;
}
