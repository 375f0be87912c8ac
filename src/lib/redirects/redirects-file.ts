import { normalizePathPrefix } from "../hosting/path-prefix";
import { encodeSitePath } from "./paths";

/** An old address and the one it now leads to, both site paths without the prefix. */
export interface Redirect {
  from: string;
  to: string;
}

export const REDIRECTS_FILE_HEADER =
  "# Written by src/gatsby/redirect-pages.ts after every build: edits here are overwritten.\n" +
  "# Rules of your own go in static/_redirects; they are kept, after these.\n";

/** One rule in the syntax Netlify and Cloudflare Pages share: `/old/ /new/ 301`. */
export function redirectLine(redirect: Redirect, pathPrefix: string): string {
  const prefix = normalizePathPrefix(pathPrefix);
  // Encoded, a path can hold no space or line break that would split the rule.
  return `${prefix}${encodeSitePath(redirect.from)} ${prefix}${encodeSitePath(redirect.to)} 301`;
}

/**
 * The `_redirects` file: every old address, sorted so that each build writes the same file,
 * then the owner's own rules. Ours come first because Cloudflare Pages counts every rule after
 * the first one with a `*` or `:placeholder` against its much smaller limit of dynamic rules.
 * Null when there is nothing to write.
 */
export function redirectsFile(
  redirects: readonly Redirect[],
  pathPrefix: string,
  ownRules: string | null,
): string | null {
  const own = ownRules === null || ownRules.trim() === "" ? null : ownRules;
  if (redirects.length === 0) return own;
  const lines = [...redirects]
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
    .map((redirect) => redirectLine(redirect, pathPrefix));
  const ours = `${REDIRECTS_FILE_HEADER}${lines.join("\n")}\n`;
  return own === null ? ours : `${ours}\n${own.endsWith("\n") ? own : `${own}\n`}`;
}
