/**
 * An absolute URL for a path on this site. `sitePath` already carries the path prefix (from
 * Gatsby's `withPrefix`); `siteUrl` is the origin the site is served from.
 */
export function absoluteUrl(siteUrl: string, sitePath: string): string {
  return new URL(sitePath, `${siteUrl.replace(/\/+$/, "")}/`).href;
}
