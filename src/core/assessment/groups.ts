/**
 * Anonymity for group results. A group's figures are shown only when it has at least k respondents
 * (k = 5 by default, never below 3). Hiding small groups is not enough: if a parent's figures and all but
 * one of its children's are shown, the hidden child follows by subtraction. So while the hidden part of a
 * shown parent (its hidden children and the people in no child) has fewer than k people, more siblings are
 * hidden, the smallest first.
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
  const visit = (node: GroupNode) => {
    if (node.n < k) hidden.add(node.key);
    const children = node.children ?? [];
    if (children.length > 0) {
      for (const key of suppressSiblings(node, children, k, !hidden.has(node.key))) hidden.add(key);
      children.forEach(visit);
    }
  };
  visit(root);
  return hidden;
}

function suppressSiblings(
  parent: GroupNode,
  children: GroupNode[],
  k: number,
  parentShown: boolean,
): Set<string> {
  const hidden = new Set(children.filter((c) => c.n < k).map((c) => c.key));
  // Without the parent's figures, shown siblings reveal nothing about hidden ones.
  if (!parentShown) return hidden;
  // Subtracting the shown children from the parent reveals the hidden part as one block: its hidden
  // children together with the people who belong to no child. That block must be empty or reach k.
  const rest = Math.max(0, parent.n - children.reduce((sum, c) => sum + c.n, 0));
  const hiddenN = () => rest + children.filter((c) => hidden.has(c.key)).reduce((sum, c) => sum + c.n, 0);
  const candidates = children
    .filter((c) => !hidden.has(c.key))
    .sort((a, b) => a.n - b.n || a.key.localeCompare(b.key));
  while (hiddenN() > 0 && hiddenN() < k && candidates.length > 0) {
    const next = candidates.shift();
    if (next) hidden.add(next.key);
  }
  return hidden;
}
