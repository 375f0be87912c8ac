/**
 * Where the project keeps what it works out once and reuses between builds (content check
 * results, reading times, social cards). Not in Gatsby's `.cache/`: Gatsby empties that folder
 * on a first build and whenever gatsby-node.ts or a plugin changes, which would throw away 1,000
 * drawn cards for an edit that changes none of them. Every entry is keyed by what it was made
 * from, so nothing stale is ever read; `npm run clean` removes the folder.
 */
import path from "node:path";

export const OWN_CACHE_FOLDER = ".blog-cache";

/** The absolute path of `name` inside the project's own cache folder. */
export function ownCachePath(projectRoot: string, ...name: string[]): string {
  return path.resolve(projectRoot, OWN_CACHE_FOLDER, ...name);
}
