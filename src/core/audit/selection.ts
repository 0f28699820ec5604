/** Which posts an audit counts: the account's own posts published inside the window. */
import { assertTimeZone } from './local-time.ts';
import type { ImportedPost, Platform } from './model.ts';
import { type PostValues, postValuesOf } from './post-values.ts';
import { type AuditWindow, inWindow, resolveWindow, type WindowInput } from './window.ts';

export interface PostSelectionInput {
  /** The account's posts; collab posts owned by another account should already be left out. */
  posts: readonly ImportedPost[];
  platform: Platform;
  /** IANA zone of the account (`Asia/Jakarta`): local dates, ISO weeks and hours are read in it. */
  timeZone: string;
  window?: WindowInput;
  /**
   * Optional safety net for collab rows: when given, a post whose owner id or handle is known and matches
   * none of these is left out. Posts with neither known are kept (single-account exports have no owner).
   */
  ownerAccountIds?: readonly string[];
}

export interface PostSelection {
  window: AuditWindow;
  /** Own posts with `from ≤ publishedAt < to`, oldest first. */
  posts: PostValues[];
}

export function isOwnPost(post: ImportedPost, ownerAccountIds: readonly string[] | undefined): boolean {
  if (!ownerAccountIds) return true;
  const ids = [post.ownerAccountId, post.ownerHandle].filter((id): id is string => id !== null);
  return ids.length === 0 || ids.some((id) => ownerAccountIds.includes(id));
}

export function selectPosts(input: PostSelectionInput): PostSelection {
  assertTimeZone(input.timeZone);
  // A post without a real instant cannot be placed in any window (importers reject such rows).
  const own = input.posts.filter(
    (post) => Number.isFinite(post.publishedAt) && isOwnPost(post, input.ownerAccountIds),
  );
  const window = resolveWindow(
    input.window,
    own.map((post) => post.publishedAt),
    input.timeZone,
  );
  const posts: PostValues[] = [];
  let oldestFirst = true;
  for (const post of own) {
    if (!inWindow(window, post.publishedAt)) continue;
    const last = posts[posts.length - 1];
    if (last && last.post.publishedAt > post.publishedAt) oldestFirst = false;
    posts.push(postValuesOf(post, input.platform));
  }
  // Stored posts arrive oldest first: checking is part of the one pass, sorting 100,000 objects is not.
  if (!oldestFirst) posts.sort((a, b) => a.post.publishedAt - b.post.publishedAt);
  return { window, posts };
}
