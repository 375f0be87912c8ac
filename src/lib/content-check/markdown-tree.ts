/**
 * The Markdown tree of a post body, parsed with the site's dialect (markdown/dialect.ts) by the
 * parser gatsby-transformer-remark and gatsby-remark-typeset-math build for it, in the same order and
 * with the same options, so that what the checks see as a formula, a link or a footnote is what
 * the site renders as one.
 */

import type { Content, Parent, Root } from "mdast";
import type { Literal, Node } from "unist";
import { markdownParser } from "../../../plugins/gatsby-remark-math-setting/parser";
import { parseWithLabelledFormulas } from "../../../plugins/gatsby-remark-cross-references/equation-fences";
import { PARSER_FEATURES } from "../markdown/dialect";

/** `$…$` as remark-math parses it; @types/mdast does not know the math nodes. */
export interface InlineMathNode extends Literal {
  type: "inlineMath";
  value: string;
}

/** `$$ … $$` on lines of their own. */
export interface DisplayMathNode extends Literal {
  type: "math";
  value: string;
}

export type MarkdownNode = Root | Content | InlineMathNode | DisplayMathNode;

const withMath = markdownParser(PARSER_FEATURES);
const withoutMath = markdownParser({ ...PARSER_FEATURES, math: false });

/**
 * The mdast of a post body; node offsets are relative to `body`. With `math: false` (the post's
 * math is off: plugins/gatsby-remark-math-setting/setting.js) dollars are text, as the site
 * renders them then. A formula's closing `$$ {#eq-label}` closes it, as in the build.
 */
export function parseMarkdown(body: string, options: { math?: boolean } = {}): Root {
  const parser = options.math === false ? withoutMath : withMath;
  return parseWithLabelledFormulas(body, parser) as Root;
}

/** Calls `visit` on every node, parents before their children, in document order. */
export function walkTree(
  tree: Root,
  visit: (node: MarkdownNode, parent: Parent | null, index: number) => void,
): void {
  const walk = (node: MarkdownNode, parent: Parent | null, index: number): void => {
    visit(node, parent, index);
    if (!hasChildren(node)) return;
    node.children.forEach((child, childIndex) => walk(child, node, childIndex));
  };
  walk(tree, null, 0);
}

function hasChildren(node: Node): node is Parent {
  return Array.isArray((node as Partial<Parent>).children);
}

export function isInlineMath(node: Node): node is InlineMathNode {
  return node.type === "inlineMath";
}

export function isDisplayMath(node: Node): node is DisplayMathNode {
  return node.type === "math";
}

/** Start offset of a node in the body; 0 for the rare generated node without a position. */
export function startOffset(node: Node): number {
  return node.position?.start.offset ?? 0;
}

/** End offset of a node in the body (exclusive). */
export function endOffset(node: Node): number {
  return node.position?.end.offset ?? startOffset(node);
}

/** The text a reader sees in a node: text, code and the alt of images, without markup. */
export function plainText(node: Node): string {
  if (node.type === "image") return (node as { alt?: string | null }).alt ?? "";
  if (hasChildren(node)) return node.children.map(plainText).join("");
  const value = (node as Partial<Literal>).value;
  return typeof value === "string" && node.type !== "html" ? value : "";
}
