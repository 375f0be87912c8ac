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
 * @typedef {(filter: { absolutePath: { eq: string } }) => Promise<unknown>} FileDependency
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
 * gatsby-transformer-remark caches a post's HTML by the post's own text. Each .bib file read is
 * declared a dependency, so that an edit to it renders the post again, in `gatsby develop` and
 * in a build that reuses the cache (for files Gatsby sources, such as those in a post's folder).
 * @param {{ markdownAST: Root; markdownNode: MarkdownNode; getNode: (id: string) => GatsbyNode | undefined; getRemarkFileDependency?: FileDependency }} args
 * @param {Options} options
 */
module.exports = async function gatsbyRemarkCitations(
  { markdownAST, markdownNode, getNode, getRemarkFileDependency },
  options,
) {
  const folder = sourceFolder(markdownNode, getNode);
  if (folder === null) return markdownAST;
  const { files } = citePost({
    tree: markdownAST,
    frontmatter: markdownNode.frontmatter ?? {},
    postFolder: folder,
    projectRoot: path.resolve("."),
    lang: markdownNode.fields?.lang ?? options.defaultLang,
    site: options,
  });
  if (getRemarkFileDependency) {
    for (const file of files) {
      try {
        await getRemarkFileDependency({ absolutePath: { eq: file } });
      } catch {
        // Rendered outside a GraphQL query there is no node model to record it in; the HTML
        // is then only as fresh as the post, which the docs say.
      }
    }
  }
  return markdownAST;
};
