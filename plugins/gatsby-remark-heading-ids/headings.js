// @ts-check
/**
 * @typedef {import("unist").Node} Node
 * @typedef {import("mdast").Heading} Heading
 */

/**
 * Every heading of a tree in document order, those inside block quotes and lists included, as
 * gatsby-remark-autolink-headers visits them.
 * @param {Node} tree
 * @returns {Heading[]}
 */
function headingsOf(tree) {
  /** @type {Heading[]} */
  const found = [];
  /** @param {Node} node */
  const walk = (node) => {
    if (node.type === "heading") found.push(/** @type {Heading} */ (node));
    const children = /** @type {{ children?: unknown }} */ (node).children;
    if (Array.isArray(children)) for (const child of children) walk(child);
  };
  walk(tree);
  return found;
}

module.exports = { headingsOf };
