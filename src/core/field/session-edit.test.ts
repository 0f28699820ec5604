import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { applySessionEdit, type EditContext, removals, type SessionVariant } from './session-edit.ts';

const variant = (id: string, more: Partial<SessionVariant> = {}): SessionVariant => ({
  id,
  name: `Poster ${id}`,
  campaignId: null,
  assetId: null,
  targetUrl: null,
  shortCode: `code${id}`,
  ...more,
});

const joined = { id: 'joined', label: { id: 'Ikut', en: 'Signed up' }, colour: '--c-info' as const };
const current = {
  variants: [variant('a', { campaignId: 'plan-1', assetId: 'poster-1' }), variant('b')],
  extras: [joined],
};

function context(used: { variants?: Record<string, number>; outcomes?: Record<string, number> } = {}) {
  let n = 0;
  return {
    used: {
      variants: new Map(Object.entries(used.variants ?? {})),
      outcomes: new Map(Object.entries(used.outcomes ?? {})),
    },
    shortCodes: ['new1', 'new2'],
    newId: () => `n${n++}`,
    maxVariants: 3,
  } satisfies EditContext;
}

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error.fields;
    throw error;
  }
  throw new Error('expected a validation error');
}

describe('editing a session’s variants and extras', () => {
  it('renames, re-targets, adds and removes variants; ids and short links stay', () => {
    const edited = applySessionEdit(
      current,
      {
        variants: [
          { id: 'a', name: 'Poster A (baru)', targetUrl: 'https://example.org/a' },
          { id: 'b', remove: true },
          { name: 'Poster C', targetUrl: null },
        ],
      },
      context(),
    );
    expect(edited.variants).toEqual([
      variant('a', {
        name: 'Poster A (baru)',
        targetUrl: 'https://example.org/a',
        campaignId: 'plan-1',
        assetId: 'poster-1',
      }),
      variant('n0', { name: 'Poster C', shortCode: 'new1' }),
    ]);
    expect(edited.touched.map((v) => v?.id ?? null)).toEqual(['a', null, 'n0']);
    expect(edited.extras).toEqual([joined]);
  });

  it('leaves what an edit does not name as it was', () => {
    expect(applySessionEdit(current, {}, context())).toEqual({ ...current, touched: [] });
  });

  it('draws a new id again while it clashes with a variant’s', () => {
    const ids = ['a', 'b', 'c'];
    const edited = applySessionEdit(
      current,
      { variants: [{ name: 'C' }] },
      {
        ...context(),
        newId: () => ids.shift() ?? 'z',
      },
    );
    expect(edited.variants.map((v) => v.id)).toEqual(['a', 'b', 'c']);
  });

  it('drops the poster of the old plan when a variant moves to another plan, unless a poster is named', () => {
    const moved = applySessionEdit(current, { variants: [{ id: 'a', campaignId: 'plan-2' }] }, context());
    expect(moved.variants[0]).toMatchObject({ campaignId: 'plan-2', assetId: null });
    const unlinked = applySessionEdit(current, { variants: [{ id: 'a', campaignId: null }] }, context());
    expect(unlinked.variants[0]).toMatchObject({ campaignId: null, assetId: null });
    const same = applySessionEdit(current, { variants: [{ id: 'a', campaignId: 'plan-1' }] }, context());
    expect(same.variants[0]).toMatchObject({ campaignId: 'plan-1', assetId: 'poster-1' });
    const both = applySessionEdit(
      current,
      { variants: [{ id: 'b', campaignId: 'plan-2', assetId: 'poster-2' }] },
      context(),
    );
    expect(both.variants[1]).toMatchObject({ campaignId: 'plan-2', assetId: 'poster-2' });
  });

  it('refuses to remove a variant or an extra that has tallies, but renames them', () => {
    const used = context({ variants: { b: 3 }, outcomes: { joined: 1 } });
    expect(
      issuesOf(() =>
        applySessionEdit(current, { variants: [{ id: 'b', remove: true }], extraOutcomes: [] }, used),
      ),
    ).toEqual([
      { field: 'variants.0', rule: 'variant_has_tallies', params: { name: 'Poster b' } },
      {
        field: 'extraOutcomes',
        rule: 'outcome_has_tallies',
        params: { label_id: 'Ikut', label_en: 'Signed up' },
      },
    ]);
    const renamed = applySessionEdit(
      current,
      {
        variants: [{ id: 'b', name: 'Poster B' }],
        extraOutcomes: [{ id: 'joined', label: { id: 'Daftar', en: 'Signed up' } }],
      },
      used,
    );
    expect(renamed.variants[1]?.name).toBe('Poster B');
    expect(renamed.extras).toEqual([{ ...joined, label: { id: 'Daftar', en: 'Signed up' } }]);
  });

  it('removes and adds extras without tallies', () => {
    const edited = applySessionEdit(
      current,
      {
        extraOutcomes: [{ id: 'signed', label: { id: 'Tanda tangan', en: 'Signed' }, colour: '--c-accent' }],
      },
      context({ outcomes: { joined: 0 } }),
    );
    expect(edited.extras).toEqual([
      { id: 'signed', label: { id: 'Tanda tangan', en: 'Signed' }, colour: '--c-accent' },
    ]);
  });

  it.each([
    ['an unknown id', { variants: [{ id: 'zz', name: 'x' }] }, [{ field: 'variants.0.id', rule: 'invalid' }]],
    [
      'one variant named twice',
      {
        variants: [
          { id: 'a', name: 'x' },
          { id: 'a', remove: true },
        ],
      },
      [{ field: 'variants.1.id', rule: 'duplicate_id' }],
    ],
    [
      'no variant left',
      {
        variants: [
          { id: 'a', remove: true },
          { id: 'b', remove: true },
        ],
      },
      [{ field: 'variants', rule: 'too_few', params: { min: 1 } }],
    ],
    [
      'too many variants',
      { variants: [{ name: 'c' }, { name: 'd' }] },
      [{ field: 'variants', rule: 'too_many', params: { max: 3 } }],
    ],
  ])('refuses %s', (_name, edit, issues) => {
    expect(issuesOf(() => applySessionEdit(current, edit, context()))).toEqual(issues);
  });

  it('refuses an extra that reuses a default’s id, as a new session does', () => {
    expect(
      issuesOf(() =>
        applySessionEdit(
          current,
          { extraOutcomes: [{ id: 'cares', label: { id: 'x', en: 'x' } }] },
          context(),
        ),
      ),
    ).toEqual([{ field: 'outcomes.0.id', rule: 'duplicate' }]);
  });

  it('names what an edit would take away, so only those counts are read', () => {
    expect(
      removals(current, {
        variants: [
          { id: 'a', name: 'x' },
          { id: 'b', remove: true },
          { id: 'b', remove: true },
          { name: 'c' },
        ],
        extraOutcomes: [],
      }),
    ).toEqual({ variants: ['b'], outcomes: ['joined'], teams: [] });
    expect(removals(current, { variants: [{ id: 'a', name: 'x' }] })).toEqual({
      variants: [],
      outcomes: [],
      teams: [],
    });
  });
});

describe('taking teams out of a session', () => {
  const withTeams = { ...current, teamIds: ['t1', 't2', 't3'] };

  it.each([
    [undefined, []],
    [['t1', 't2', 't3'], []],
    [['t2'], ['t1', 't3']],
    [[], ['t1', 't2', 't3']],
  ] as const)('the new list %j takes away %j', (teamIds, gone) => {
    expect(removals(withTeams, teamIds === undefined ? {} : { teamIds }).teams).toEqual(gone);
  });

  it('refuses only the teams with tallies, by name', () => {
    const run = () =>
      applySessionEdit(
        withTeams,
        { teamIds: ['t3'] },
        {
          ...context(),
          used: {
            ...context().used,
            teams: new Map([
              ['t1', 4],
              ['t2', 0],
            ]),
          },
          teamNames: new Map([['t1', 'Tim Energi']]),
        },
      );
    expect(issuesOf(run)).toEqual([
      { field: 'teamIds', rule: 'team_has_tallies', params: { name: 'Tim Energi' } },
    ]);
  });
});
