// @ts-check
const { renderCallouts } = require("./callouts");
const { renderCrossReferences } = require("./render");
const { wordsFor } = require("./words");

/**
 * Runs after gatsby-remark-heading-ids, which gives `## Method {#sec-method}` its id, and before
 * the figure, image, table and KaTeX plugins, which then render the figures, tables and numbered
 * formulas made here (src/lib/markdown/dialect.ts).
 *
 * @typedef {{ fields?: { lang?: unknown } | null; frontmatter?: { lang?: unknown } | null }} MarkdownNode
 * @param {{ markdownAST: import("mdast").Root; markdownNode: MarkdownNode }} args
 */
module.exports = function gatsbyRemarkCrossReferences({ markdownAST, markdownNode }) {
  const lang = markdownNode.fields?.lang ?? markdownNode.frontmatter?.lang;
  const words = wordsFor(typeof lang === "string" ? lang : null);
  renderCrossReferences(markdownAST, words);
  renderCallouts(markdownAST, words);
  return markdownAST;
};
