import assert from "node:assert/strict";
import { test } from "node:test";
import type { Heading, Paragraph } from "mdast";
import type { Node } from "unist";
import {
  isDisplayMath,
  isInlineMath,
  parseMarkdown,
  plainText,
  startOffset,
  walkTree,
} from "../../../src/lib/content-check/markdown-tree";

test("node offsets are relative to the body given to the parser", () => {
  const tree = parseMarkdown("Intro $x$ here.\n");
  const paragraph = tree.children[0] as Paragraph;
  // Typed as a plain node: @types/mdast does not list the math nodes among paragraph children.
  const math: Node | undefined = paragraph.children[1];
  assert.ok(math !== undefined && isInlineMath(math));
  assert.equal(math.value, "x");
  assert.equal(startOffset(math), 6);
});

test("remark-math, remark-gfm and remark-footnotes (with inline notes) are all active", () => {
  const body = [
    "$$",
    "a + b",
    "$$",
    "",
    "| a | b |",
    "| - | - |",
    "| 1 | 2 |",
    "",
    "A note^[inline] and a labelled one[^x].",
    "",
    "[^x]: The note.",
    "",
  ].join("\n");
  const types: string[] = [];
  walkTree(parseMarkdown(body), (node) => types.push(node.type));
  for (const type of ["math", "table", "footnote", "footnoteReference", "footnoteDefinition"]) {
    assert.ok(types.includes(type), `expected a ${type} node, got ${types.join(", ")}`);
  }
  const display: Node | undefined = parseMarkdown(body).children[0];
  assert.ok(display !== undefined && isDisplayMath(display));
  assert.equal(display.value, "a + b");
});

test("a dollar amount with a backslash stays text, as the site renders it", () => {
  const types: string[] = [];
  walkTree(parseMarkdown("It costs \\$5 and \\$10.\n"), (node) => types.push(node.type));
  assert.deepEqual(types, ["root", "paragraph", "text"]);
});

test("walkTree visits parents before children, in document order, with their index", () => {
  const seen: string[] = [];
  walkTree(parseMarkdown("# A *b*\n\nc\n"), (node, parent, index) => {
    seen.push(`${node.type}@${parent?.type ?? "none"}:${index}`);
  });
  assert.deepEqual(seen, [
    "root@none:0",
    "heading@root:0",
    "text@heading:0",
    "emphasis@heading:1",
    "text@emphasis:0",
    "paragraph@root:1",
    "text@paragraph:0",
  ]);
});

test("plainText keeps what a reader sees: text, code and image alt, not HTML", () => {
  const heading = parseMarkdown("## A `b` *c* ![d](e.png) <br> f\n").children[0] as Heading;
  assert.equal(plainText(heading), "A b c d  f");
});
