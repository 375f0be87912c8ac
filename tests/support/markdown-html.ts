import { createRequire } from "node:module";
import type { Root } from "mdast";
import type { Node } from "unist";
import { parseMarkdown } from "../../src/lib/content-check/markdown-tree";

/**
 * Markdown to HTML the way gatsby-transformer-remark renders a post: the same parser (through the
 * content checks, which mirror it), then `transform` in place of the remark plugins, then the
 * transformer's own mdast-to-hast and hast-to-HTML, loaded from where the transformer loads them.
 */

type ToHast = (tree: Node, options: { allowDangerousHtml: boolean }) => Node;
type ToHtml = (tree: Node, options: { allowDangerousHtml: boolean }) => string;

const fromTransformer = createRequire(require.resolve("gatsby-transformer-remark/package.json"));
const toHast = fromTransformer("mdast-util-to-hast") as ToHast;
const toHtml = fromTransformer("hast-util-to-html") as ToHtml;

export function renderMarkdown(markdown: string, transform: (tree: Root) => void = () => {}) {
  const tree = parseMarkdown(markdown);
  transform(tree);
  return toHtml(toHast(tree, { allowDangerousHtml: true }), { allowDangerousHtml: true });
}
