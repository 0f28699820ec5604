/**
 * Whose file is this? Meta's posts export lists collab posts owned by another account beside the
 * account's own, each with its owner's id and username. The file's own account is the most frequent
 * owner (a collab partner appears on a few rows at most); posts of any other owner are foreign and the
 * KPIs count them apart (their figures belong to the partner's audience).
 */
import type { ImportedPost } from '../model.ts';

export interface OwnAccount {
  accountId: string | null;
  handle: string | null;
  posts: number;
}

type Owned = Pick<ImportedPost, 'ownerAccountId' | 'ownerHandle'>;

/** The key that identifies an owner: the platform id when the export gives one, else the handle. */
function ownerKey(post: Owned): string | null {
  if (post.ownerAccountId !== null) return `id:${post.ownerAccountId}`;
  if (post.ownerHandle !== null) return `handle:${post.ownerHandle.toLowerCase()}`;
  return null;
}

/** Counts owners as posts stream past, without keeping the posts. */
export class OwnerTally {
  private readonly counts = new Map<string, OwnAccount>();

  add(post: Owned): void {
    const key = ownerKey(post);
    // Posts naming no owner (Instagram's own download) can be neither own nor foreign.
    if (key === null) return;
    const entry = this.counts.get(key);
    if (entry) entry.posts++;
    else this.counts.set(key, { accountId: post.ownerAccountId, handle: post.ownerHandle, posts: 1 });
  }

  /** The most frequent owner; on a tie the one seen first. Null when no post names an owner. */
  own(): OwnAccount | null {
    let best: OwnAccount | null = null;
    for (const entry of this.counts.values()) if (best === null || entry.posts > best.posts) best = entry;
    return best === null ? null : { ...best };
  }

  /** Posts owned by someone other than the own account (posts naming no owner are never foreign). */
  foreign(): number {
    const own = this.own();
    let total = 0;
    for (const entry of this.counts.values()) total += entry.posts;
    return own === null ? 0 : total - own.posts;
  }
}

export function decideOwnAccount(posts: Iterable<Owned>): OwnAccount | null {
  const tally = new OwnerTally();
  for (const post of posts) tally.add(post);
  return tally.own();
}

/** Whether a post belongs to another account than the file's own (collab rows). */
export function isForeignPost(post: Owned, own: Pick<OwnAccount, 'accountId' | 'handle'> | null): boolean {
  if (own === null) return false;
  if (post.ownerAccountId !== null && own.accountId !== null) return post.ownerAccountId !== own.accountId;
  if (post.ownerHandle !== null && own.handle !== null)
    return post.ownerHandle.toLowerCase() !== own.handle.toLowerCase();
  return false;
}
