// @ts-check
const { rewriteFootnotes } = require("./footnotes");
const { gfmLabels } = require("./labels");
const { wrapTables } = require("./tables");
const { rewriteTaskLists } = require("./task-lists");

/**
 * @typedef {{ fields?: { lang?: unknown } | null; frontmatter?: { lang?: unknown } | null }} MarkdownNode
 */

/**
 * Footnotes first: their notes move into a section of their own, where the table and task list
 * passes then find any tables or task lists the notes hold.
 * @param {import("unist").Parent} tree
 * @param {string | null} lang
 */
function rewriteGfm(tree, lang) {
  const labels = gfmLabels(lang);
  rewriteFootnotes(tree, labels);
  wrapTables(tree, labels);
  rewriteTaskLists(tree, labels);
  return tree;
}

/** @param {{ markdownAST: import("mdast").Root; markdownNode: MarkdownNode }} args */
module.exports = function gatsbyRemarkAccessibleGfm({ markdownAST, markdownNode }) {
  const lang = markdownNode.fields?.lang ?? markdownNode.frontmatter?.lang;
  rewriteGfm(markdownAST, typeof lang === "string" ? lang : null);
  return markdownAST;
};

module.exports.rewriteGfm = rewriteGfm;
