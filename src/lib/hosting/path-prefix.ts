/**
 * A path prefix as site.config.ts or `PATH_PREFIX` gives it ("/blog", "blog/" -> "/blog"; "" or "/" -> none), for a site
 * served under a sub-path such as a GitHub Pages project site.
 */
export function normalizePathPrefix(value: string | undefined): string {
  const trimmed = (value ?? "").trim().replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "" : `/${trimmed}`;
}
