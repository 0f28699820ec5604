import { describe, expect, it } from 'vitest';
import {
  type Breakdowns,
  effectiveK,
  type GroupNode,
  suppressBreakdowns,
  suppressedGroups,
} from './groups.ts';

const node = (key: string, n: number, children?: GroupNode[]): GroupNode =>
  children ? { key, n, children } : { key, n };
const hidden = (root: GroupNode, k = 5) => [...suppressedGroups(root, k)].sort();

describe('k', () => {
  it.each([
    [undefined, 5],
    [5, 5],
    [8, 8],
    [3, 3],
    [2, 3],
    [0, 3],
  ])('k=%s → %d (never below 3)', (k, expected) => {
    expect(effectiveK(k)).toBe(expected);
  });
});

describe('suppression of small groups', () => {
  it.each([
    ['every group large enough: nothing hidden', node('all', 15, [node('a', 5), node('b', 10)]), []],
    [
      '4 respondents hidden, 5 shown; the total is hidden, or the 4 follow by subtraction',
      node('all', 16, [node('a', 4), node('b', 5), node('c', 7)]),
      ['a', 'all'],
    ],
    [
      'two organisations of 4 and 5: the 5 keep their figures, the total goes',
      node('all', 9, [node('a', 4), node('b', 5)]),
      ['a', 'all'],
    ],
    [
      'two small groups hide each other when together they reach k',
      node('all', 16, [node('a', 3), node('b', 3), node('c', 10)]),
      ['a', 'b'],
    ],
    [
      'two small groups still below k together: the total is hidden',
      node('all', 22, [node('a', 1), node('b', 2), node('c', 9), node('d', 10)]),
      ['a', 'all', 'b'],
    ],
    [
      'the parent below k hides itself; its children below k too',
      node('all', 4, [node('a', 2), node('b', 2)]),
      ['a', 'all', 'b'],
    ],
    [
      'people in no group count as a hidden part: one small group is not alone',
      node('all', 20, [node('a', 2), node('b', 10)]),
      ['a'],
    ],
    ['a remainder alone below k hides the total', node('all', 17, [node('a', 7), node('b', 8)]), ['all']],
    ['a single child equal to its parent is shown', node('all', 6, [node('a', 6)]), []],
  ] as const)('%s', (_label, tree, expected) => {
    expect(hidden(tree)).toEqual([...expected].sort());
  });

  it('below the root, siblings are hidden instead: programme → organisation → team', () => {
    const tree = node('programme', 30, [
      node('org1', 18, [node('t1', 9), node('t2', 4), node('t3', 5)]),
      node('org2', 12, [node('t4', 12)]),
    ]);
    expect(hidden(tree)).toEqual(['t2', 't3']);
  });

  it('no hidden group can be computed by subtraction (random trees)', () => {
    // For a shown parent, what subtraction reveals (hidden children + people in no child, as one block)
    // is either nobody or at least k people; every child below k is hidden, every child of k or more shown.
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let run = 0; run < 300; run++) {
      const children = Array.from({ length: 1 + Math.floor(random() * 5) }, (_, i) =>
        node(`c${i}`, Math.floor(random() * 9)),
      );
      const rest = Math.floor(random() * 3);
      const parent = node('p', children.reduce((s, c) => s + c.n, 0) + rest, children);
      const set = suppressedGroups(parent, 5);
      if (set.has('p')) continue;
      const hiddenChildren = children.filter((c) => set.has(c.key));
      const n = rest + hiddenChildren.reduce((s, c) => s + c.n, 0);
      expect(children.every((c) => set.has(c.key) === c.n < 5)).toBe(true);
      expect(n === 0 || n >= 5, JSON.stringify({ children, rest, set: [...set] })).toBe(true);
    }
  });
});

describe('two breakdowns of the same people under one total', () => {
  const orgs = (...n: Array<[string, number]>) => n.map(([key, v]) => ({ key, n: v }));

  it('hides a team that differs from its organisation by fewer than k people', () => {
    const r = suppressBreakdowns(
      {
        total: 12,
        organisations: orgs(['A', 6], ['B', 6]),
        teams: orgs(['T1', 5], ['T2', 7]),
        cells: [
          { organisation: 'A', team: 'T1', n: 5 },
          { organisation: 'A', team: 'T2', n: 1 },
          { organisation: 'B', team: 'T2', n: 6 },
        ],
      },
      5,
    );
    expect(r.teams.has('T1')).toBe(true); // A − T1 would be one person
    expect(r.organisations.size).toBe(0);
  });

  it('does not rely on hiding a total that the other breakdown reveals', () => {
    // Organisations of 5 and 5 (nobody outside) reveal the total of 10; the team of 4 must then take its sibling along.
    const r = suppressBreakdowns(
      {
        total: 10,
        organisations: orgs(['O1', 5], ['O2', 5]),
        teams: orgs(['T1', 4], ['T2', 6]),
        cells: [
          { organisation: 'O1', team: 'T1', n: 4 },
          { organisation: 'O1', team: 'T2', n: 1 },
          { organisation: 'O2', team: 'T2', n: 5 },
        ],
      },
      5,
    );
    expect(r.totalHidden).toBe(false);
    expect([...r.teams].sort()).toEqual(['T1', 'T2']);
  });

  it('keeps the acceptance case: organisations of 4 and 5 with their own teams', () => {
    const r = suppressBreakdowns(
      {
        total: 9,
        organisations: orgs(['KSBN', 4], ['KPMI', 5]),
        teams: orgs(['Energi', 4], ['Merdeka', 5]),
        cells: [
          { organisation: 'KSBN', team: 'Energi', n: 4 },
          { organisation: 'KPMI', team: 'Merdeka', n: 5 },
        ],
      },
      5,
    );
    expect(r).toEqual({ totalHidden: true, organisations: new Set(['KSBN']), teams: new Set(['Energi']) });
  });

  it('leaves nothing derivable on random programmes', () => {
    let seed = 11;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const k = 5;
    for (let run = 0; run < 400; run++) {
      const people = Array.from({ length: Math.floor(random() * 30) }, () => ({
        org: random() < 0.9 ? `O${Math.floor(random() * 3)}` : null,
        team: random() < 0.8 ? `T${Math.floor(random() * 4)}` : null,
      }));
      const count = (f: (p: (typeof people)[number]) => boolean) => people.filter(f).length;
      const orgKeys = [...new Set(people.map((p) => p.org).filter((o): o is string => o !== null))];
      const teamKeys = [...new Set(people.map((p) => p.team).filter((t): t is string => t !== null))];
      const b: Breakdowns = {
        total: people.length,
        organisations: orgKeys.map((key) => ({ key, n: count((p) => p.org === key) })),
        teams: teamKeys.map((key) => ({ key, n: count((p) => p.team === key) })),
        cells: orgKeys.flatMap((o) =>
          teamKeys.map((t) => ({ organisation: o, team: t, n: count((p) => p.org === o && p.team === t) })),
        ),
      };
      const r = suppressBreakdowns(b, k);
      const context = JSON.stringify({
        b,
        r: { ...r, organisations: [...r.organisations], teams: [...r.teams] },
      });
      for (const g of b.organisations) if (g.n < k) expect(r.organisations.has(g.key), context).toBe(true);
      for (const g of b.teams) if (g.n < k) expect(r.teams.has(g.key), context).toBe(true);
      const exposed = (groups: Breakdowns['organisations'], hidden: Set<string>) =>
        b.total - groups.filter((g) => !hidden.has(g.key)).reduce((s, g) => s + g.n, 0);
      const eo = exposed(b.organisations, r.organisations);
      const et = exposed(b.teams, r.teams);
      if (!r.totalHidden) {
        expect(eo === 0 || eo >= k, context).toBe(true);
        expect(et === 0 || et >= k, context).toBe(true);
      } else if (b.total >= k) {
        // A hidden total must not be recoverable from either breakdown.
        expect(eo > 0 && et > 0, context).toBe(true);
      }
      for (const c of b.cells) {
        if (c.n === 0 || r.organisations.has(c.organisation) || r.teams.has(c.team)) continue;
        const onlyOrg = (b.organisations.find((o) => o.key === c.organisation)?.n ?? 0) - c.n;
        const onlyTeam = (b.teams.find((t) => t.key === c.team)?.n ?? 0) - c.n;
        expect((onlyOrg === 0 || onlyOrg >= k) && (onlyTeam === 0 || onlyTeam >= k), context).toBe(true);
      }
    }
  });
});
