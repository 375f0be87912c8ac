/** A URL that names its own scheme ("https:", "mailto:", "data:", …) is already absolute. */
const HAS_SCHEME = /^[a-z][a-z\d+.-]*:/i;

/**
 * Resolves a URL found in post HTML against the page it appears on, the way a browser would,
 * so it still works when a feed reader shows the post away from the site. A site-absolute
 * "/x" resolves against the page's origin (the site's path prefix is already in it) and "#x"
 * points back into the page. URLs that carry a scheme are returned untouched rather than
 * re-serialized, and anything unparsable is left as it was instead of failing the build.
 */
export function absoluteUrl(value: string, pageUrl: string): string {
  // HTML ignores whitespace around URL attributes, so a resolved URL need not keep it.
  const trimmed = value.trim();
  if (trimmed === "" || HAS_SCHEME.test(trimmed)) return value;
  try {
    return new URL(trimmed, pageUrl).href;
  } catch {
    return value;
  }
}
