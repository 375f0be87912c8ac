// @ts-check
const path = require("node:path");
const tsx = require("tsx/cjs/api");

/**
 * The citation logic is TypeScript in src/lib/citations/, shared with the content check; tsx
 * loads it here for this module alone, without changing how Gatsby loads anything else.
 * @type {typeof import("../../src/lib/citations/cite-post")}
 */
const { citePost } = tsx.require("../../src/lib/citations/cite-post.ts", __filename);

/**
 * @typedef {import("mdast").Root} Root
 * @typedef {{ id: string; parent?: string | null; dir?: string; internal: { type: string } }} GatsbyNode
 * @typedef {GatsbyNode & { frontmatter?: Record<string, unknown>; fields?: { lang?: string } }} MarkdownNode
 * @typedef {import("../../src/lib/site-config/types").CitationSettings & { defaultLang: string }} Options
 */

/**
 * @param {GatsbyNode} markdownNode
 * @param {(id: string) => GatsbyNode | undefined} getNode
 * @returns {string | null}
 */
function sourceFolder(markdownNode, getNode) {
  let node = markdownNode.parent ? getNode(markdownNode.parent) : undefined;
  while (node && node.internal.type !== "File") {
    node = node.parent ? getNode(node.parent) : undefined;
  }
  return node?.dir ?? null;
}

/**
 * @param {{ markdownAST: Root; markdownNode: MarkdownNode; getNode: (id: string) => GatsbyNode | undefined }} args
 * @param {Options} options
 */
module.exports = function gatsbyRemarkCitations({ markdownAST, markdownNode, getNode }, options) {
  const folder = sourceFolder(markdownNode, getNode);
  if (folder === null) return markdownAST;
  citePost({
    tree: markdownAST,
    frontmatter: markdownNode.frontmatter ?? {},
    postFolder: folder,
    projectRoot: path.resolve("."),
    lang: markdownNode.fields?.lang ?? options.defaultLang,
    site: options,
  });
  return markdownAST;
};
