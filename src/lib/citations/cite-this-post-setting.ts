/**
 * Whether a post ends with "Cite this post": its frontmatter `citeThisPost` decides, and without
 * one (or with a value that is not a boolean, which the content check reports) the site's
 * `citations.citeThisPost` does.
 */
export function citeThisPostIsOn(
  frontmatterValue: unknown,
  siteValue: boolean | undefined,
): boolean {
  return typeof frontmatterValue === "boolean" ? frontmatterValue : siteValue === true;
}
