// @ts-check
const { parseInfoString } = require("./info-string");
const { codeLabels } = require("./labels");
const { renderCodeBlock } = require("./render");

/**
 * @typedef {import("mdast").Root} Root
 * @typedef {import("mdast").Parent} Parent
 * @typedef {import("mdast").Code} Code
 * @typedef {{ fields?: { lang?: unknown } | null; frontmatter?: { lang?: unknown } | null }} MarkdownNode
 */

/**
 * Replaces every fenced or indented code block under `parent` with its highlighted HTML. Inline
 * code is a different node type and is left as it is.
 * @param {Parent} parent
 * @param {(node: Code) => string} render
 */
function replaceCodeBlocks(parent, render) {
  parent.children.forEach((node, index) => {
    if (node.type === "code") {
      const html = /** @type {import("mdast").HTML} */ ({
        type: "html",
        value: render(node),
        position: node.position,
      });
      parent.children[index] = html;
    } else if ("children" in node) {
      replaceCodeBlocks(/** @type {Parent} */ (node), render);
    }
  });
}

/** @param {MarkdownNode} markdownNode */
function postLanguage(markdownNode) {
  const lang = markdownNode.fields?.lang ?? markdownNode.frontmatter?.lang;
  return typeof lang === "string" ? lang : null;
}

/** @param {{ markdownAST: Root; markdownNode: MarkdownNode }} args */
module.exports = function gatsbyRemarkCodeBlocks({ markdownAST, markdownNode }) {
  const labels = codeLabels(postLanguage(markdownNode));
  replaceCodeBlocks(markdownAST, (node) =>
    renderCodeBlock(node.value, parseInfoString(node.lang, node.meta), labels),
  );
  return markdownAST;
};

module.exports.replaceCodeBlocks = replaceCodeBlocks;
