import { describe, expect, it } from 'vitest';
import type { Organisation } from '#web/app/types.ts';
import { buildTree, pathTo } from './tree.ts';

const org = (id: string, name: string, parentId: string | null): Organisation => ({
  id,
  name,
  shortName: null,
  kind: 'union',
  parentId,
});

const list = [
  org('c', 'Serikat C', 'b'),
  org('a', 'Konfederasi A', null),
  org('b', 'Federasi B', 'a'),
  org('z', 'Anak Yatim', 'gone'),
];

describe('organisation tree', () => {
  it('nests children under parents and keeps orphans as roots, sorted by name', () => {
    const tree = buildTree(list);
    expect(tree.map((n) => n.organisation.id)).toEqual(['z', 'a']);
    expect(tree[1]?.children[0]?.organisation.id).toBe('b');
    expect(tree[1]?.children[0]?.children[0]?.organisation.id).toBe('c');
  });

  it('gives the path from the root', () => {
    expect(pathTo(list, 'c').map((o) => o.id)).toEqual(['a', 'b', 'c']);
  });
});
