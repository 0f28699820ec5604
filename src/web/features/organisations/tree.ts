/** The organisation hierarchy from the flat list the API returns. */
import type { Organisation } from '#web/app/types.ts';

export interface OrgNode {
  organisation: Organisation;
  children: OrgNode[];
}

/** Roots are organisations without a parent or whose parent is not in the list; siblings sorted by name. */
export function buildTree(list: readonly Organisation[]): OrgNode[] {
  const nodes = new Map<string, OrgNode>();
  for (const organisation of list) nodes.set(organisation.id, { organisation, children: [] });
  const roots: OrgNode[] = [];
  for (const node of nodes.values()) {
    const parentId = node.organisation.parentId;
    const parent = parentId && parentId !== node.organisation.id ? nodes.get(parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (items: OrgNode[]) => {
    items.sort((a, b) => a.organisation.name.localeCompare(b.organisation.name, 'id'));
    for (const item of items) sort(item.children);
  };
  sort(roots);
  return roots;
}

/** The chain from the root down to the organisation (for a breadcrumb). */
export function pathTo(list: readonly Organisation[], id: string): Organisation[] {
  const byId = new Map(list.map((o) => [o.id, o]));
  const chain: Organisation[] = [];
  let current = byId.get(id);
  while (current && !chain.includes(current)) {
    chain.unshift(current);
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return chain;
}
