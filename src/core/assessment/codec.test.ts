import { describe, expect, it } from 'vitest';
import { decodeAnswers, encodeAnswers } from './codec.ts';
import { fixture } from './fixture.test-data.ts';
import type { Answer } from './model.ts';

describe('stored answers', () => {
  it('round-trip every kind of answer in instrument order', () => {
    const answers = new Map<string, Answer>([
      ['A1', { type: 'option', option: 'b' }],
      ['A3', { type: 'options', options: ['a', 'c'] }],
      ['B1', { type: 'number', value: 1.5 }],
      ['OPEN', { type: 'text', value: 'Butuh "pelatihan" video' }],
    ]);
    const stored = encodeAnswers(fixture, answers);
    expect(stored).toEqual(['b', null, ['a', 'c'], null, 1.5, null, { t: 'Butuh "pelatihan" video' }]);
    expect(decodeAnswers(fixture, JSON.parse(JSON.stringify(stored)))).toEqual(answers);
  });

  it('reads nothing from something that is not a stored array', () => {
    expect(decodeAnswers(fixture, { A1: 'a' }).size).toBe(0);
    expect(decodeAnswers(fixture, null).size).toBe(0);
  });
});
