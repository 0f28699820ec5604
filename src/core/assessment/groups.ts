/**
 * Anonymity for group results. A group's figures are shown only when it has at least k respondents
 * (k = 5 by default, never below 3). Hiding small groups is not enough: subtracting the shown children from
 * a shown parent reveals the rest as one block (the hidden children and the people in no child). While that
 * block has people but fewer than k:
 * - at the root (a programme, a round), the root's own figures are hidden: nothing is above it to derive
 *   them from, and every child of k or more keeps its figures;
 * - below the root, more siblings are hidden, the smallest first, since a hidden inner parent could itself
 *   be derived from its own parent and siblings.
 */
export const DEFAULT_K = 5;
export const MIN_K = 3;

export function effectiveK(k: number | undefined): number {
  return Math.max(MIN_K, Math.floor(k ?? DEFAULT_K));
}

export interface GroupNode {
  key: string;
  n: number;
  children?: GroupNode[];
}

/** The keys of every group in the tree whose figures must not be shown. */
export function suppressedGroups(root: GroupNode, k: number): Set<string> {
  const hidden = new Set<string>();
  const visit = (node: GroupNode, isRoot: boolean) => {
    if (node.n < k) hidden.add(node.key);
    const children = node.children ?? [];
    for (const child of children) if (child.n < k) hidden.add(child.key);
    if (children.length > 0 && !hidden.has(node.key) && exposedBlock(node, children, hidden) > 0) {
      if (exposedBlock(node, children, hidden) < k) {
        if (isRoot) hidden.add(node.key);
        else hideSiblings(node, children, hidden, k);
      }
    }
    for (const child of children) visit(child, false);
  };
  visit(root, true);
  return hidden;
}

/** How many people subtraction would reveal as one block: the hidden children and those in no child. */
function exposedBlock(parent: GroupNode, children: GroupNode[], hidden: Set<string>): number {
  const rest = Math.max(0, parent.n - children.reduce((sum, c) => sum + c.n, 0));
  return rest + children.filter((c) => hidden.has(c.key)).reduce((sum, c) => sum + c.n, 0);
}

function hideSiblings(parent: GroupNode, children: GroupNode[], hidden: Set<string>, k: number) {
  const candidates = children
    .filter((c) => !hidden.has(c.key))
    .sort((a, b) => a.n - b.n || a.key.localeCompare(b.key));
  while (exposedBlock(parent, children, hidden) < k && candidates.length > 0) {
    const next = candidates.shift();
    if (next) hidden.add(next.key);
  }
}
