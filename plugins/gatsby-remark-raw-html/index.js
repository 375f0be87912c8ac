// @ts-check
const { applyEdits, inspectHtml, isScriptUrl } = require("./inspect");
const { mastodonOrigins } = require("./social-networks");

/**
 * @typedef {import("mdast").Root} Root
 * @typedef {import("mdast").Parent} Parent
 * @typedef {import("mdast").HTML} HTML
 * @typedef {{ node: HTML; parent: Parent; inline: boolean }} PlacedHtml
 */

/** Containers whose children are blocks; raw HTML anywhere else sits inside a line of text. */
const BLOCK_PARENTS = new Set(["root", "blockquote", "listItem", "footnoteDefinition"]);

/**
 * Every raw HTML node with its parent and whether it sits inside a line of text, in document
 * order. Code blocks are `code` nodes and
 * inline code `inlineCode`, so nothing written inside them is seen here.
 * @param {Parent} parent
 * @param {PlacedHtml[]} found
 * @returns {PlacedHtml[]}
 */
function htmlNodes(parent, found = []) {
  for (const node of parent.children) {
    if (node.type === "html") found.push({ node, parent, inline: !BLOCK_PARENTS.has(parent.type) });
    else if ("children" in node) htmlNodes(/** @type {Parent} */ (node), found);
  }
  return found;
}

/**
 * Markdown links to `javascript:` lose their address: the content check reports them, and
 * `gatsby develop`, which keeps going, must not publish them either.
 * @param {Parent} parent
 */
function disarmScriptLinks(parent) {
  for (const node of parent.children) {
    if ((node.type === "link" || node.type === "definition") && isScriptUrl(node.url))
      node.url = "";
    if ("children" in node) disarmScriptLinks(/** @type {Parent} */ (node));
  }
}

/**
 * Raw HTML of old posts: iframes become click-to-load placeholders, social networks' embed code
 * becomes a quote, and scripts, `<style>` blocks, event handlers and `javascript:` URLs are
 * dropped (the content check reports each one, with its line and column, before the build).
 * @param {{ markdownAST: Root }} args
 */
module.exports = function gatsbyRemarkRawHtml({ markdownAST }) {
  const placed = htmlNodes(markdownAST);
  const origins = mastodonOrigins(placed.map(({ node }) => node.value));
  for (const { node, inline } of placed) {
    const { edits } = inspectHtml(node.value, { inline, mastodonOrigins: origins });
    if (edits.length > 0) node.value = applyEdits(node.value, edits);
  }
  disarmScriptLinks(markdownAST);
  return markdownAST;
};

module.exports.htmlNodes = htmlNodes;
