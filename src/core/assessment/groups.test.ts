import { describe, expect, it } from 'vitest';
import { effectiveK, type GroupNode, suppressedGroups } from './groups.ts';

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
