// @ts-check
/**
 * The text a heading's id is made from. It follows mdast-util-to-string, which
 * gatsby-remark-autolink-headers slugs (as Gatsby blogs always had it): a node's `value` (text,
 * inline code, TeX of a formula, raw HTML), else an image's `alt`, else a link's `title`, else
 * its children's text. So headings keep the ids they had, and the link to itself that plugin
 * adds to each heading points at the id given here.
 */

/**
 * @param {import("unist").Node} node
 * @returns {string}
 */
function headingText(node) {
  const { value, alt, title, children } =
    /** @type {{ value?: unknown; alt?: unknown; title?: unknown; children?: unknown }} */ (node);
  for (const field of [value, alt, title]) {
    if (typeof field === "string" && field !== "") return field;
  }
  if (!Array.isArray(children)) return "";
  return children.map((child) => headingText(/** @type {import("unist").Node} */ (child))).join("");
}

module.exports = { headingText };
