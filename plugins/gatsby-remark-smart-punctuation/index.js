// @ts-check
const { smartenTree } = require("./tree");

/**
 * Runs after gatsby-remark-autolink-headers (see gatsby-config.ts): heading ids are made from the
 * text as the author typed it, and must not change when its quotes become curly.
 *
 * @param {{ markdownAST: import("mdast").Root; markdownNode: { internal?: { content?: unknown } } }} args
 */
module.exports = function gatsbyRemarkSmartPunctuation({ markdownAST, markdownNode }) {
  const source = markdownNode.internal?.content;
  smartenTree(markdownAST, typeof source === "string" ? source : null);
  return markdownAST;
};
