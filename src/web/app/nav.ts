/** What the navigation offers, from the person's permissions: only pages that exist and that they may use. */
import type { MessageKey } from '#core/i18n/messages/id.ts';
import type { Me } from './types.ts';

export interface NavItem {
  href: string;
  label: MessageKey;
}

/**
 * The assessments page is offered once a round exists (facilitators: always, to open the first one), so the
 * link never leads to an empty page a participant can do nothing with.
 */
export function programmeNav(programmeId: string, canManage: boolean, hasAssessments = false): NavItem[] {
  const base = `/p/${encodeURIComponent(programmeId)}`;
  const items: (NavItem & { manage: boolean })[] = [
    { href: base, label: 'nav.home', manage: false },
    ...(hasAssessments || canManage
      ? [{ href: `${base}/assessments`, label: 'assessment.nav' as const, manage: false }]
      : []),
    { href: `${base}/campaigns`, label: 'campaign.nav', manage: false },
    { href: `${base}/field`, label: 'field.nav', manage: true },
    { href: `${base}/agenda`, label: 'nav.agenda', manage: true },
    { href: `${base}/participants`, label: 'nav.participants', manage: false },
    { href: `${base}/teams`, label: 'nav.teams', manage: false },
    { href: `${base}/codes`, label: 'nav.codes', manage: true },
    { href: `${base}/settings`, label: 'nav.settings', manage: true },
  ];
  return items.filter((i) => canManage || !i.manage).map(({ href, label }) => ({ href, label }));
}

export function userNav(current: Me): NavItem[] {
  // The audit is open to everyone signed in: members critique their organisation's accounts, and the
  // page itself says when there is nothing of theirs to see yet.
  const items: NavItem[] = [
    { href: '/', label: 'nav.programmes' },
    { href: '/audit', label: 'audit.nav' },
    { href: '/account', label: 'nav.account' },
  ];
  // Someone who joined with a code has no organisation and no email: the tree would tell them nothing.
  if (current.user.email !== null || current.organisations.length > 0) {
    items.push({ href: '/organisations', label: 'nav.organisations' });
  }
  if (current.user.isPlatformAdmin) items.push({ href: '/admin', label: 'nav.admin' });
  return items;
}

/** The programme id of a `/p/:id/...` path, or null elsewhere (the print sheet has no navigation). */
export function programmeIdFromPath(path: string): string | null {
  const match = /^\/p\/([^/]+)(\/.*)?$/.exec(path);
  if (!match?.[1]) return null;
  return decodeURIComponent(match[1]);
}

export function isPrintPath(path: string): boolean {
  return /^\/p\/[^/]+\/codes\/print\/?$/.test(path);
}

/** Home is active only on itself; other items also on their sub-pages. */
export function isCurrent(path: string, href: string, exact: boolean): boolean {
  const clean = path.replace(/\/+$/, '') || '/';
  return exact ? clean === href : clean === href || clean.startsWith(`${href}/`);
}

export function canCreateProgramme(current: Me | null | undefined): boolean {
  if (!current) return false;
  return current.user.isPlatformAdmin || current.programmes.some((p) => p.role === 'facilitator');
}
