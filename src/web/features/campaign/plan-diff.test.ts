import { describe, expect, it } from 'vitest';
import { newPlan } from '#core/campaign/plan.ts';
import {
  compareVersions,
  isDirty,
  mergeVersions,
  PLAN_FIELDS,
  POST_FIELDS,
  type PostDraft,
  sameValue,
  suggestedChoices,
} from './plan-diff.ts';

const base = newPlan({ theme: 'Transisi Berkeadilan (Just Transition)', title: 'Energi untuk siapa?' }, 'id');

describe('sameValue', () => {
  it('compares JSON data deeply, ignoring key order', () => {
    expect(sameValue({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue({ a: null }, { a: undefined })).toBe(false);
    expect(sameValue('', null)).toBe(false);
  });
});

describe('compareVersions on plans', () => {
  it('lists only the fields that differ, with who changed each', () => {
    const mine = { ...base, objective: 'Tujuan saya', keyMessage: 'Pesan saya' };
    const theirs = {
      ...base,
      objective: 'Tujuan mereka',
      persona: { ...base.persona, who: 'Pekerja PLTU muda' },
      keyMessage: 'Pesan saya',
    };
    const conflicts = compareVersions(PLAN_FIELDS, base, mine, theirs);
    expect(conflicts.map((c) => c.key)).toEqual(['objective', 'persona.who']);
    const [objective, who] = conflicts;
    expect(objective).toMatchObject({ changedByMe: true, changedByThem: true, suggested: 'mine' });
    expect(who).toMatchObject({
      mine: '',
      theirs: 'Pekerja PLTU muda',
      changedByMe: false,
      changedByThem: true,
      suggested: 'theirs',
    });
  });

  it('sees a reordered storyline and a ticked venue rule', () => {
    const mine = { ...base, storyline: [...base.storyline].reverse() };
    const rules = base.fieldPlan.rules.map((r, i) => (i === 0 ? { ...r, checked: true } : r));
    const theirs = { ...base, fieldPlan: { ...base.fieldPlan, rules } };
    expect(compareVersions(PLAN_FIELDS, base, mine, theirs).map((c) => c.key)).toEqual([
      'storyline',
      'fieldPlan.rules',
    ]);
  });
});

describe('mergeVersions', () => {
  it('keeps every change when each side changed different fields', () => {
    const mine = { ...base, title: 'Judul baru', hashtags: ['#TransisiAdil'] };
    const theirs = { ...base, fieldPlan: { ...base.fieldPlan, place: 'Bundaran HI' }, objective: 'X' };
    const conflicts = compareVersions(PLAN_FIELDS, base, mine, theirs);
    const merged = mergeVersions(PLAN_FIELDS, mine, theirs, suggestedChoices(conflicts));
    expect(merged.title).toBe('Judul baru');
    expect(merged.hashtags).toEqual(['#TransisiAdil']);
    expect(merged.fieldPlan.place).toBe('Bundaran HI');
    expect(merged.objective).toBe('X');
    expect(merged.fieldPlan.rules).toEqual(base.fieldPlan.rules);
  });

  it('takes a nested field from mine without dropping their other nested fields', () => {
    const mine = { ...base, persona: { ...base.persona, cares: 'Upah layak' } };
    const theirs = { ...base, persona: { ...base.persona, fears: 'PHK' } };
    const merged = mergeVersions(PLAN_FIELDS, mine, theirs, { 'persona.cares': 'mine' });
    expect(merged.persona).toEqual({ ...base.persona, cares: 'Upah layak', fears: 'PHK' });
  });

  it('takes theirs whole when nothing is chosen as mine', () => {
    const mine = { ...base, title: 'A' };
    const theirs = { ...base, title: 'B' };
    expect(mergeVersions(PLAN_FIELDS, mine, theirs, { title: 'theirs' })).toEqual(theirs);
    expect(isDirty(theirs, mergeVersions(PLAN_FIELDS, mine, theirs, {}))).toBe(false);
  });
});

describe('posts', () => {
  it('compares calendar posts field by field', () => {
    const post: PostDraft = {
      scheduledAt: '2026-12-06T00:00:00.000Z',
      platform: 'instagram',
      format: 'Feed',
      caption: 'Ayo!',
      assetIds: [],
      status: 'draft',
      link: null,
    };
    const mine = { ...post, caption: 'Ayo dukung!' };
    const theirs = { ...post, status: 'ready' as const };
    const conflicts = compareVersions(POST_FIELDS, post, mine, theirs);
    expect(conflicts.map((c) => [c.key, c.suggested])).toEqual([
      ['caption', 'mine'],
      ['status', 'theirs'],
    ]);
    expect(mergeVersions(POST_FIELDS, mine, theirs, suggestedChoices(conflicts))).toEqual({
      ...post,
      caption: 'Ayo dukung!',
      status: 'ready',
    });
  });
});
