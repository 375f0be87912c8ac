/** What the older/newer links need to know of a post. */
export interface DatedPost {
  slug: string;
  /** Publication time in milliseconds. */
  time: number;
}

export interface Neighbours<T> {
  older: T | null;
  newer: T | null;
}

/** Oldest first; posts published at the same moment are ordered by slug, on every machine. */
export function chronological<T extends DatedPost>(posts: readonly T[]): T[] {
  return [...posts].sort(
    (a, b) => a.time - b.time || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0),
  );
}

/** The post published just before and just after each post, by slug. */
export function adjacentPosts<T extends DatedPost>(
  posts: readonly T[],
): Map<string, Neighbours<T>> {
  const ordered = chronological(posts);
  return new Map(
    ordered.map((post, index) => [
      post.slug,
      { older: ordered[index - 1] ?? null, newer: ordered[index + 1] ?? null },
    ]),
  );
}
