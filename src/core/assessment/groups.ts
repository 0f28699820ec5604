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

/**
 * The keys of every group in the tree whose figures must not be shown. With `rootMayHide: false` the root's
 * figures are known anyway (another breakdown reveals them), so siblings are hidden instead.
 */
export function suppressedGroups(
  root: GroupNode,
  k: number,
  options: { rootMayHide?: boolean; alsoHidden?: ReadonlySet<string> } = {},
): Set<string> {
  const rootMayHide = options.rootMayHide ?? true;
  const alsoHidden = options.alsoHidden ?? new Set<string>();
  const hidden = new Set<string>();
  const visit = (node: GroupNode, isRoot: boolean) => {
    if (node.n < k || alsoHidden.has(node.key)) hidden.add(node.key);
    const children = node.children ?? [];
    for (const child of children) if (child.n < k || alsoHidden.has(child.key)) hidden.add(child.key);
    if (children.length > 0 && !hidden.has(node.key) && exposedBlock(node, children, hidden) > 0) {
      if (exposedBlock(node, children, hidden) < k) {
        if (isRoot && rootMayHide) hidden.add(node.key);
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

export interface Breakdowns {
  total: number;
  organisations: ReadonlyArray<{ key: string; n: number }>;
  teams: ReadonlyArray<{ key: string; n: number }>;
  /** How many respondents declared each organisation together with each team. */
  cells: ReadonlyArray<{ organisation: string; team: string; n: number }>;
}

export interface BreakdownSuppression {
  totalHidden: boolean;
  organisations: Set<string>;
  teams: Set<string>;
}

/**
 * One programme total shown beside two breakdowns of the same people (by organisation, by team). Each
 * breakdown is suppressed as above, and then what one reveals about the other is closed off:
 * - when a breakdown shows all its groups and nobody is outside them, it reveals the total, so hiding the
 *   total cannot protect the other breakdown: that one hides siblings instead;
 * - a shown organisation and a shown team that share people must differ by nobody or by at least k people
 *   on each side, or the difference is a small group in the open: such a team is hidden.
 * Repeated until nothing changes.
 */
export function suppressBreakdowns(b: Breakdowns, k: number): BreakdownSuppression {
  const orgTree: GroupNode = { key: ROOT, n: b.total, children: b.organisations.map((o) => ({ ...o })) };
  const teamTree: GroupNode = { key: ROOT, n: b.total, children: b.teams.map((t) => ({ ...t })) };
  const forcedTeams = new Set<string>();
  const revealsTotal = (tree: GroupNode, hidden: Set<string>) =>
    b.total >= k && exposedBlock(tree, tree.children ?? [], hidden) === 0;
  let result: BreakdownSuppression = { totalHidden: false, organisations: new Set(), teams: new Set() };
  for (let round = 0; round < 20; round++) {
    let orgs = suppressedGroups(orgTree, k);
    let teams = suppressedGroups(teamTree, k, { alsoHidden: forcedTeams });
    const orgsRevealTotal = revealsTotal(orgTree, orgs);
    const teamsRevealTotal = revealsTotal(teamTree, teams);
    if (orgs.has(ROOT) && teamsRevealTotal) orgs = suppressedGroups(orgTree, k, { rootMayHide: false });
    if (teams.has(ROOT) && orgsRevealTotal) {
      teams = suppressedGroups(teamTree, k, { rootMayHide: false, alsoHidden: forcedTeams });
    }
    const totalHidden = b.total < k || orgs.has(ROOT) || teams.has(ROOT);
    orgs.delete(ROOT);
    teams.delete(ROOT);
    let changed = false;
    for (const cell of b.cells) {
      if (cell.n === 0 || orgs.has(cell.organisation) || teams.has(cell.team)) continue;
      const org = b.organisations.find((o) => o.key === cell.organisation)?.n ?? 0;
      const team = b.teams.find((t) => t.key === cell.team)?.n ?? 0;
      const onlyOrg = org - cell.n;
      const onlyTeam = team - cell.n;
      if ((onlyOrg > 0 && onlyOrg < k) || (onlyTeam > 0 && onlyTeam < k)) {
        forcedTeams.add(cell.team);
        changed = true;
      }
    }
    result = { totalHidden, organisations: orgs, teams };
    if (!changed) break;
  }
  return result;
}

const ROOT = '\u0000total';
