import type { FeedPost } from "./types";
import { parseTimestamp } from "./timestamps";

/** A post with its dates parsed once, so every feed agrees on them. */
export interface DatedPost {
  post: FeedPost;
  published: Date;
  /** The last time the post changed: its update date, else its publication date. */
  changed: Date;
  /** Only set when the post says it was updated. */
  updated: Date | null;
}

export function datePost(post: FeedPost): DatedPost {
  const published = parseTimestamp(post.published, `published date of ${post.url}`);
  const updated =
    post.updated === null ? null : parseTimestamp(post.updated, `updated date of ${post.url}`);
  return { post, published, updated, changed: updated ?? published };
}

/**
 * Posts newest first, cut to `limit`. Posts published at the same instant are ordered by URL
 * (by code unit, not locale) so the output never depends on the order the caller found them in.
 */
export function newestFirst(posts: readonly FeedPost[], limit?: number): DatedPost[] {
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 0)) {
    throw new RangeError(`feed limit must be a whole number of posts, got ${limit}`);
  }
  const sorted = posts.map(datePost).sort((a, b) => {
    const byDate = b.published.getTime() - a.published.getTime();
    if (byDate !== 0) return byDate;
    if (a.post.url === b.post.url) return 0;
    return a.post.url < b.post.url ? -1 : 1;
  });
  return limit === undefined ? sorted : sorted.slice(0, limit);
}

/**
 * When the feed last changed: the latest update or publication among its posts. Taking the
 * latest of all of them, not just the newest post's, means an edit to an older post still moves
 * the date. Null for an empty feed; never the current time, so rebuilding unchanged sources
 * gives byte-identical output.
 */
export function lastChange(posts: readonly DatedPost[]): Date | null {
  let latest: Date | null = null;
  for (const { changed } of posts) {
    if (latest === null || changed.getTime() > latest.getTime()) latest = changed;
  }
  return latest;
}
