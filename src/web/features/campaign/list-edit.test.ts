import { describe, expect, it } from 'vitest';
import { hashtagsText, moveItem, newLocalId, parseHashtags, planProblems, toggleIn } from './list-edit.ts';

describe('moveItem', () => {
  it('moves up and down, and not past the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});

describe('newLocalId', () => {
  it('finds an id not yet used', () => {
    expect(newLocalId('beat', [{ id: 'hook' }, { id: 'beat-3' }])).toBe('beat-4');
    expect(newLocalId('rule', [])).toBe('rule-1');
  });
});

describe('hashtags', () => {
  it('adds the #, drops duplicates ignoring case, and sets apart what the server refuses', () => {
    expect(parseHashtags('#TransisiAdil, buruhbersatu  #transisiadil #hak-buruh ##Energi')).toEqual({
      tags: ['#TransisiAdil', '#buruhbersatu', '#Energi'],
      invalid: ['#hak-buruh'],
    });
    expect(parseHashtags('  ')).toEqual({ tags: [], invalid: [] });
    expect(hashtagsText(['#a', 'b'])).toBe('#a #b');
  });
});

describe('toggleIn', () => {
  it('keeps the order of all the choices', () => {
    const all = ['instagram', 'facebook', 'tiktok'];
    expect(toggleIn(['tiktok'], 'instagram', true, all)).toEqual(['instagram', 'tiktok']);
    expect(toggleIn(['instagram', 'tiktok'], 'instagram', false, all)).toEqual(['tiktok']);
  });
});

describe('planProblems', () => {
  it('names the fields a save would be refused on', () => {
    const fieldPlan = { roles: [{ role: ' ' }], variants: [{ name: 'A' }], rules: [{ text: '' }] };
    expect(planProblems({ theme: 'T', title: '  ', fieldPlan })).toEqual([
      'title',
      'fieldPlan.roles',
      'fieldPlan.rules',
    ]);
    expect(
      planProblems({ theme: 'T', title: 'x', fieldPlan: { roles: [], variants: [], rules: [] } }),
    ).toEqual([]);
  });
});
