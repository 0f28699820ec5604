import { describe, expect, it } from 'vitest';
import {
  changeDirection,
  effectSize,
  isAnswered,
  mergeAnswers,
  type Pending,
  parseStored,
  progress,
  resumePosition,
  retryDelay,
  seededShuffle,
  settle,
  without,
} from './logic.ts';
import type { Answers, RespondentItem } from './types.ts';

const item = (id: string): RespondentItem => ({
  id,
  level: 'individual',
  type: 'single_choice',
  text: { id, en: id },
  options: [],
});
const items = ['A', 'B', 'C', 'D'].map(item);

describe('seededShuffle', () => {
  const list = ['a', 'b', 'c', 'd', 'e'];
  it('is a permutation of the list', () => {
    for (const seed of ['K7QM-3XPA', 'x', '', 'token-123']) {
      expect([...seededShuffle(list, seed)].sort()).toEqual(list);
    }
  });
  it('gives the same order for the same seed, and leaves the input alone', () => {
    expect(seededShuffle(list, 'K7QM-3XPA:IND-VER-05')).toEqual(seededShuffle(list, 'K7QM-3XPA:IND-VER-05'));
    expect(list).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
  it('gives different orders for different respondents', () => {
    const orders = new Set(Array.from({ length: 40 }, (_, i) => seededShuffle(list, `code-${i}`).join('')));
    expect(orders.size).toBeGreaterThan(10);
  });
});

describe('answers', () => {
  it('counts only answers that say something', () => {
    expect(isAnswered(undefined)).toBe(false);
    expect(isAnswered({ type: 'options', options: [] })).toBe(false);
    expect(isAnswered({ type: 'text', value: '   ' })).toBe(false);
    expect(isAnswered({ type: 'number', value: 0 })).toBe(true);
    expect(isAnswered({ type: 'option', option: 'a' })).toBe(true);
  });

  it('counts progress over the items', () => {
    const answers: Answers = {
      A: { type: 'option', option: 'a' },
      C: { type: 'number', value: 2 },
      X: { type: 'number', value: 1 },
    };
    expect(progress(items, answers)).toEqual({ answered: 2, total: 4 });
  });

  it('lets unsent local answers win over the server’s, and null clear one', () => {
    const server: Answers = { A: { type: 'option', option: 'a' }, B: { type: 'option', option: 'b' } };
    const pending: Pending = { A: { type: 'option', option: 'c' }, B: null, C: { type: 'number', value: 4 } };
    expect(mergeAnswers(server, pending)).toEqual({
      A: { type: 'option', option: 'c' },
      C: { type: 'number', value: 4 },
    });
  });

  it('keeps an answer changed again while its batch was on the way', () => {
    const sent: Pending = { A: { type: 'option', option: 'a' }, B: { type: 'option', option: 'b' } };
    const now: Pending = { ...sent, B: { type: 'option', option: 'c' }, C: null };
    expect(settle(now, sent)).toEqual({ B: { type: 'option', option: 'c' }, C: null });
    expect(settle(sent, sent)).toEqual({});
    expect(without(now, ['B', 'C'])).toEqual({ A: { type: 'option', option: 'a' } });
  });

  it('retries later and later, up to a minute', () => {
    expect([0, 1, 2, 3].map(retryDelay)).toEqual([2000, 4000, 8000, 16000]);
    expect(retryDelay(20)).toBe(60_000);
  });
});

describe('resumePosition', () => {
  it('starts at the first unanswered item', () => {
    expect(resumePosition(items, {})).toBe(0);
    expect(
      resumePosition(items, { A: { type: 'option', option: 'a' }, C: { type: 'option', option: 'a' } }),
    ).toBe(1);
  });
  it('goes to the review when everything is answered', () => {
    const all = Object.fromEntries(items.map((i) => [i.id, { type: 'option', option: 'a' } as const]));
    expect(resumePosition(items, all)).toBe(items.length);
  });
});

describe('effect sizes', () => {
  it('uses Cohen’s conventions on |d|', () => {
    expect([0, 0.19, -0.2, 0.49, 0.5, -0.79, 0.8, 2].map(effectSize)).toEqual([
      'negligible',
      'negligible',
      'small',
      'small',
      'medium',
      'medium',
      'large',
      'large',
    ]);
  });
  it('says which way a change went, in whole points', () => {
    expect([12.4, -3, 0.3, -0.4].map(changeDirection)).toEqual(['up', 'down', 'same', 'same']);
  });
});

describe('parseStored', () => {
  it('reads back what was kept and drops what is broken', () => {
    const raw = JSON.stringify({
      token: 't',
      personalCode: 'K7QM-3XPA',
      codeSeen: true,
      pending: { A: { type: 'option', option: 'a' }, B: null, C: { type: 'weird' } },
      notes: { A: 'link', B: 3 },
    });
    expect(parseStored(raw)).toEqual({
      token: 't',
      personalCode: 'K7QM-3XPA',
      codeSeen: true,
      submitted: false,
      pending: { A: { type: 'option', option: 'a' }, B: null },
      notes: { A: 'link' },
    });
    expect(parseStored('{')).toBeNull();
    expect(parseStored(null)).toBeNull();
    expect(parseStored('{"token":1}')).toBeNull();
  });
});
