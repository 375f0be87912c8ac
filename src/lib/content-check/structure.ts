/**
 * Checks of a post's shape that the build accepts but readers notice: an empty page, an outline
 * that screen-reader users navigate by heading level and that skips levels, and figures that say
 * nothing to someone who cannot see them. A `#` heading is no problem: the build moves such a
 * post's headings down one level (plugins/gatsby-remark-heading-ids/heading-levels.js).
 */

import type { Content, Image, ImageReference, Root } from "mdast";
import {
  levelShift,
  renderedDepth,
} from "../../../plugins/gatsby-remark-heading-ids/heading-levels";
import { startOffset, walkTree } from "./markdown-tree";
import { problemAt } from "./positions";
import type { ParsedPost, Problem } from "./types";

export function checkStructure(post: ParsedPost, tree: Root): Problem[] {
  if (isEmpty(tree)) {
    return [
      {
        file: post.source.file,
        line: null,
        column: null,
        severity: "error",
        rule: "structure/empty",
        message:
          "the post has no content after the frontmatter; write the post below the closing `---`",
      },
    ];
  }
  return [...headingProblems(post, tree), ...altTextProblems(post, tree)];
}

/** Nothing but blank lines and HTML comments, which the page would render as nothing. */
function isEmpty(tree: Root): boolean {
  return tree.children.every(
    (node) => node.type === "html" && node.value.replace(/<!--[\s\S]*?-->/g, "").trim() === "",
  );
}

function headingProblems(post: ParsedPost, tree: Root): Problem[] {
  const problems: Problem[] = [];
  // Levels as the page renders them: a post with `#` sections has them moved down one level.
  const shift = levelShift(tree);
  // The post title is rendered as the page's h1, so the body's outline starts below it.
  let previousDepth = 1;
  walkTree(tree, (node) => {
    if (node.type !== "heading") return;
    const depth = renderedDepth(node.depth, shift);
    const message = skipMessage(depth, previousDepth, shift);
    if (message !== null) {
      problems.push(
        problemAt(post, startOffset(node), "warning", "structure/heading-skip", message),
      );
    }
    previousDepth = depth;
  });
  return problems;
}

/** Why a heading at `depth` (as rendered) skips a level after one at `previousDepth`, or null. */
function skipMessage(depth: number, previousDepth: number, shift: 0 | 1): string | null {
  if (depth <= previousDepth + 1) return null;
  const expected = previousDepth + 1;
  const from = previousDepth === 1 ? "the title (h1)" : `h${previousDepth}`;
  const shown = shift === 0 ? "" : " (this post's `#` headings are shown as h2, under the title)";
  return `heading level jumps from ${from} to h${depth}${shown}; use \`${"#".repeat(expected - shift)}\` here so the outline goes down one level at a time`;
}

function altTextProblems(post: ParsedPost, tree: Root): Problem[] {
  const urls = new Map<string, string>();
  walkTree(tree, (node) => {
    if (node.type === "definition") urls.set(node.identifier, node.url);
  });
  const problems: Problem[] = [];
  walkTree(tree, (node, parent, index) => {
    if (node.type !== "paragraph" || parent === null) return;
    node.children.forEach((child, childIndex) => {
      for (const image of imagesIn(child)) {
        if ((image.alt ?? "").trim() !== "") continue;
        if (image.type === "image" && (image.title ?? "").trim() !== "") continue;
        const captioned =
          isCredit(node.children.slice(childIndex + 1)) ||
          isCreditBlock(parent.children[index + 1]);
        if (captioned) continue;
        const url = image.type === "image" ? image.url : (urls.get(image.identifier) ?? "");
        problems.push(
          problemAt(
            post,
            startOffset(image),
            "warning",
            "structure/alt-text",
            `image "${url}" has no alt text; describe it: ![What the figure shows](${url})`,
          ),
        );
      }
    });
  });
  return problems;
}

/** An image, an image reference, or either one inside a link (a clickable figure). */
function imagesIn(node: Content): Array<Image | ImageReference> {
  if (node.type === "image" || node.type === "imageReference") return [node];
  if (node.type === "link" || node.type === "linkReference") return node.children.flatMap(imagesIn);
  return [];
}

/** The credit line gatsby-remark-figures turns into a `<figcaption>`. */
function isCreditBlock(node: Content | undefined): boolean {
  if (node?.type === "paragraph") return isCredit(node.children);
  return node?.type === "html" && isCredit([node]);
}

function isCredit(nodes: readonly Content[]): boolean {
  const meaningful = nodes.filter(
    (node) => !(node.type === "break" || (node.type === "text" && node.value.trim() === "")),
  );
  const first = meaningful[0];
  const last = meaningful[meaningful.length - 1];
  return (
    first?.type === "html" &&
    /^<small[\s>]/i.test(first.value.trim()) &&
    last?.type === "html" &&
    /<\/small\s*>$/i.test(last.value.trim())
  );
}
