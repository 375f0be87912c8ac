/**
 * Where a post is served and which old addresses lead to it, from its frontmatter: read the same
 * way by the build (gatsby-node.ts) and by the content check, so the two never disagree.
 */

import { namesOf } from "../frontmatter/fields";
import { normalizeSitePath } from "./site-path";

export interface OldAddress {
  /** Normalised: `/2015/old-name/` or `/old-name.html`. */
  path: string;
  /** The frontmatter name it was written under (`redirectFrom` or `redirect_from`), for reports. */
  field: string;
}

export interface PostAddress {
  /** The path the post is served at. */
  slug: string;
  /** The frontmatter name the slug came from, or null when it is the folder's. */
  slugField: string | null;
  /** In the order written, each path once. */
  redirectFrom: OldAddress[];
}

const SLUG_NAMES = namesOf("slug");
const REDIRECT_NAMES = namesOf("redirectFrom");

/** A single path counts as a list of one, as gatsby-redirect-from reads `redirect_from`. */
function pathsIn(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return value === undefined || value === null ? [] : [value];
}

/**
 * The post's address. Values the content check reports as errors (a slug that is not a path, an
 * old address with a query string) are left out here, so `gatsby develop` keeps running with the
 * folder's address while the author fixes them.
 */
export function postAddress(frontmatter: Record<string, unknown>, folderSlug: string): PostAddress {
  let slug = folderSlug;
  let slugField: string | null = null;
  for (const name of SLUG_NAMES) {
    const value = frontmatter[name];
    if (typeof value !== "string") continue;
    const normalized = normalizeSitePath(value, "page");
    if (normalized.path !== null) {
      slug = normalized.path;
      slugField = name;
      break;
    }
  }
  const redirectFrom: OldAddress[] = [];
  const seen = new Set<string>();
  for (const name of REDIRECT_NAMES) {
    for (const value of pathsIn(frontmatter[name])) {
      if (typeof value !== "string") continue;
      const normalized = normalizeSitePath(value, "old");
      if (normalized.path === null || seen.has(normalized.path)) continue;
      seen.add(normalized.path);
      redirectFrom.push({ path: normalized.path, field: name });
    }
  }
  return { slug, slugField, redirectFrom };
}
