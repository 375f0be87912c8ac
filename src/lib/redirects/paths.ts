/** Where an old address's redirect page goes, and how its paths are written in URLs. */

/** The file in the built site a host serves for `sitePath`: `/a/` is `a/index.html`. */
export function redirectPageFile(sitePath: string): string {
  const relative = sitePath.replace(/^\/+/, "");
  return relative === "" || relative.endsWith("/") ? `${relative}index.html` : relative;
}

/**
 * A site path as it goes into an `href` or a `_redirects` line: letters beyond ASCII
 * percent-encoded, as browsers send them. Paths were checked to hold nothing else that needs it.
 */
export function encodeSitePath(sitePath: string): string {
  return encodeURI(sitePath);
}
