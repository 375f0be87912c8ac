// @ts-check
const katex = require("katex");
const { setParserPlugins } = require("gatsby-remark-katex");

/**
 * @typedef {import("unist").Node & { value?: unknown; children?: Node[]; data?: Record<string, unknown> }} Node
 */

/**
 * Typesets `$…$` and `$$…$$` as gatsby-remark-katex does (the same parser, remark-math, which it
 * provides, and the same KaTeX options), inside the same `span.math-inline` and
 * `div.math-display` elements, with one difference: KaTeX's HTML goes into the page as it is.
 * gatsby-remark-katex parses it into an HTML tree, which gatsby-transformer-remark then writes
 * out again, attribute by attribute; at 1,000 posts that round trip cost more CPU time than
 * typesetting itself. The markup is KaTeX's own and the transformer writes raw HTML through
 * (`allowDangerousHtml`), so the page gets the same elements.
 * @param {Node} node
 * @param {Record<string, unknown>} options KaTeX's options (src/lib/markdown/dialect.ts)
 */
function typeset(node, options) {
  if ((node.type === "inlineMath" || node.type === "math") && typeof node.value === "string") {
    const markup = katex.renderToString(node.value, {
      ...options,
      displayMode: node.type === "math",
    });
    node.data = { ...node.data, hChildren: [{ type: "raw", value: markup }] };
    return;
  }
  if (Array.isArray(node.children)) for (const child of node.children) typeset(child, options);
}

/**
 * @param {{ markdownAST: Node }} args
 * @param {Record<string, unknown>} options
 */
module.exports = function gatsbyRemarkTypesetMath({ markdownAST }, options = {}) {
  typeset(markdownAST, options);
  return markdownAST;
};

module.exports.setParserPlugins = setParserPlugins;
