import { describe, expect, it } from 'vitest';
import { fixture } from './fixture.test-data.ts';
import type { Answer } from './model.ts';
import { profileOf } from './profile.ts';

const answers = (entries: Record<string, Answer>) => new Map(Object.entries(entries));

describe('a respondent profile', () => {
  it('gives stages, strongest and weakest dimensions and the next steps of each stage', () => {
    const p = profileOf(
      fixture,
      answers({
        A1: { type: 'option', option: 'a' },
        A2: { type: 'option', option: 'b' },
        B1: { type: 'number', value: 1 },
        B2: { type: 'option', option: 'e' },
      }),
    );
    expect(p.dimensions.map((d) => [d.id, d.score, d.stage])).toEqual([
      ['A', 0, 1],
      ['B', 100, 5],
    ]);
    expect(p.strongest).toBe('B');
    expect(p.weakest).toBe('A');
    expect(p.dimensions[0]?.nextSteps).toEqual([{ id: 'l', en: 'l' }]);
    expect(p.dimensions[1]?.nextSteps).toEqual([{ id: 'h', en: 'h' }]);
    expect(p.overall).toBe(50);
    expect(p.stage).toBe(3);
  });

  it('has no strongest or weakest without scores', () => {
    const p = profileOf(fixture, answers({}));
    expect([p.strongest, p.weakest, p.stage]).toEqual([null, null, null]);
  });
});
