// @ts-check
const { markdownParser } = require("./parser");
const { mathIsOn } = require("./setting");
const {
  mayHaveLabelledFences,
  parseWithLabelledFormulas,
} = require("../gatsby-remark-cross-references/equation-fences");

/**
 * @typedef {import("mdast").Root} Root
 * @typedef {import("unist").Node} Node
 * @typedef {{ gfm: boolean; footnotes: boolean; siteMath: boolean }} Options
 * @typedef {{ frontmatter?: Record<string, unknown>; internal?: { content?: unknown } }} MarkdownNode
 */

/**
 * remark-math (gatsby-remark-katex's) parses `$…$` in every post, and KaTeX then typesets each
 * such node. A post with math off must read as if remark-math were not there at all, so that
 * `$18k/year … $5k/month` is text and so is any emphasis, link or `\$` between the dollars. So
 * such a post is parsed again without remark-math and its tree replaced; this runs first in the
 * chain (markdown/dialect.ts), before any other plugin has changed the tree.
 *
 * For the same reason a post with math on is parsed again when a formula's closing `$$` carries
 * a label (`$$ {#eq-loss}`), which the parser alone would not see as closing it
 * (gatsby-remark-cross-references/equation-fences.js).
 */

/** @param {Node} node */
function containsMath(node) {
  if (node.type === "inlineMath" || node.type === "math") return true;
  const children = /** @type {{ children?: Node[] }} */ (node).children;
  return Array.isArray(children) && children.some(containsMath);
}

/**
 * gatsby-transformer-remark adds the path prefix to root-relative links right after parsing, so
 * a tree parsed again needs the same.
 * @param {Node} node
 * @param {string} basePath
 */
function prefixLinks(node, basePath) {
  const target = /** @type {{ url?: unknown }} */ (node);
  const isLink = node.type === "link" || node.type === "definition";
  if (isLink && typeof target.url === "string" && /^\/(?!\/)/.test(target.url)) {
    target.url = `${basePath}${target.url}`.replace(/\/\//, "/");
  }
  const children = /** @type {{ children?: Node[] }} */ (node).children;
  if (Array.isArray(children)) for (const child of children) prefixLinks(child, basePath);
}

/**
 * @param {{ markdownAST: Root; markdownNode: MarkdownNode; basePath?: string }} args
 * @param {Options} options
 */
module.exports = function gatsbyRemarkMathSetting(
  { markdownAST, markdownNode, basePath },
  options,
) {
  // Without a `$` pair there is nothing to undo or to close, and the transformer's tree stays.
  if (!containsMath(markdownAST)) return markdownAST;
  const source = markdownNode.internal?.content;
  if (typeof source !== "string") return markdownAST;
  const math = mathIsOn(markdownNode.frontmatter?.math, options.siteMath);
  if (math && !mayHaveLabelledFences(source)) return markdownAST;
  const parser = markdownParser({ gfm: options.gfm, footnotes: options.footnotes, math });
  const tree = /** @type {Root} */ (parseWithLabelledFormulas(source, parser));
  if (basePath) prefixLinks(tree, basePath);
  markdownAST.children = tree.children;
  return markdownAST;
};
