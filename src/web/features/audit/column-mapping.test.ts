import { describe, expect, it } from 'vitest';
import { GENERIC_FIELDS as IMPORTER_FIELDS } from '#core/audit/import/generic.ts';
import {
  GENERIC_FIELDS,
  initialMapping,
  mappingIssues,
  mappingPayload,
  setColumn,
  usedSaved,
} from './column-mapping.ts';

const headers = ['Post ID', 'Published', 'Caption text', 'Views', 'Reach', 'Likes', 'Comments', 'Other'];

describe('column mapping', () => {
  it('offers exactly the importer’s fields', () => {
    expect([...GENERIC_FIELDS]).toEqual([...IMPORTER_FIELDS]);
  });

  it('guesses columns by name', () => {
    const state = initialMapping(headers, null);
    expect(state.post_id).toBe('Post ID');
    expect(state.published_at).toBe('Published');
    expect(state.caption).toBe('Caption text');
    expect(state.views).toBe('Views');
    expect(state.reach).toBe('Reach');
    expect(state.saves).toBe('');
  });

  it('prefers the saved mapping where its columns are in the file', () => {
    const saved = { post_id: 'Other', published_at: 'Gone' };
    const state = initialMapping(headers, saved);
    expect(state.post_id).toBe('Other');
    expect(state.published_at).toBe('Published');
    expect(usedSaved(headers, saved)).toBe(true);
    expect(usedSaved(headers, { post_id: 'Gone' })).toBe(false);
    expect(usedSaved(headers, null)).toBe(false);
  });

  it('never guesses one column for two fields', () => {
    const state = initialMapping(['id', 'time'], null);
    expect(state.post_id).toBe('id');
    expect(state.published_at).toBe('time');
    expect(Object.values(state).filter((v) => v === 'id')).toHaveLength(1);
  });

  it('needs the post id and the time, and each column once', () => {
    let state = initialMapping([], null);
    expect(mappingIssues(state)).toEqual({
      post_id: { rule: 'required' },
      published_at: { rule: 'required' },
    });
    expect(mappingPayload(state)).toBeNull();
    state = setColumn(setColumn(state, 'post_id', 'a'), 'published_at', 'a');
    expect(mappingIssues(state)).toEqual({ published_at: { rule: 'duplicate', other: 'post_id' } });
    state = setColumn(state, 'published_at', 'b');
    expect(mappingPayload(setColumn(state, 'likes', 'c'))).toEqual({
      post_id: 'a',
      published_at: 'b',
      likes: 'c',
    });
  });
});
