import { describe, expect, it } from 'vitest';
import { parseInput } from '../validation.ts';
import { SaveReviewInput } from './review-inputs.ts';

const scores = [{ criterion: 'clarity', score: 3, verdict: 'kuat', comment: '' }];
const id = '4b1f3c3e-1111-4222-8333-444455556666';

const issues = (data: unknown) => {
  try {
    parseInput(SaveReviewInput, data);
    return [];
  } catch (error) {
    return (error as { fields: Array<{ field: string; rule: string }> }).fields;
  }
};

describe('SaveReviewInput', () => {
  it('needs a target id for a poster or a caption, and none for the storyline or the campaign', () => {
    expect(issues({ target: 'poster', targetId: id, scores, summary: '' })).toEqual([]);
    expect(issues({ target: 'campaign', targetId: null, scores, summary: '' })).toEqual([]);
    expect(issues({ target: 'caption', targetId: null, scores, summary: '' })).toEqual([
      { field: 'targetId', rule: 'required' },
    ]);
    expect(issues({ target: 'storyline', targetId: id, scores, summary: '' })).toEqual([
      { field: 'targetId', rule: 'must_be_empty' },
    ]);
  });

  it('refuses unknown targets and fields', () => {
    expect(issues({ target: 'video', targetId: null, scores, summary: '' })).toEqual([
      { field: 'target', rule: 'choice' },
    ]);
    expect(issues({ target: 'campaign', targetId: null, scores, summary: '', extra: 1 })).toEqual([
      { field: 'extra', rule: 'unknown_key' },
    ]);
  });
});
