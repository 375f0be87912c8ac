/**
 * The Markdown tree of a post body, parsed with the site's dialect (markdown/dialect.ts) by the
 * plugins gatsby-transformer-remark and gatsby-remark-katex add for it, in the same order and
 * with the same options, so that what the checks see as a formula, a link or a footnote is what
 * the site renders as one.
 */

import unified from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import remarkFootnotes from "remark-footnotes";
import remarkMath from "remark-math";
import type { Content, Parent, Root } from "mdast";
import type { Literal, Node } from "unist";
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

function dialectParser() {
  let parser = unified().use(remarkParse);
  if (PARSER_FEATURES.gfm) parser = parser.use(remarkGfm);
  if (PARSER_FEATURES.footnotes) parser = parser.use(remarkFootnotes, { inlineNotes: true });
  if (PARSER_FEATURES.math) parser = parser.use(remarkMath);
  return parser.freeze();
}

const processor = dialectParser();

/** The mdast of a post body; node offsets are relative to `body`. */
export function parseMarkdown(body: string): Root {
  return processor.parse(body) as Root;
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
