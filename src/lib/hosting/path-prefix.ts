/**
 * The path prefix from `PATH_PREFIX` ("/blog", "blog/" -> "/blog"; "" or "/" -> none), for a site
 * served under a sub-path such as a GitHub Pages project site.
 */
export function normalizePathPrefix(value: string | undefined): string {
  const trimmed = (value ?? "").trim().replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "" : `/${trimmed}`;
}
