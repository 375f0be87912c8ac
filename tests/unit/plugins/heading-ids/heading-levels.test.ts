import assert from "node:assert/strict";
import { test } from "node:test";
import {
  levelShift,
  renderedDepth,
  shiftHeadings,
} from "../../../../plugins/gatsby-remark-heading-ids/heading-levels";
import { walkTree, parseMarkdown } from "../../../../src/lib/content-check/markdown-tree";

function depths(markdown: string): number[] {
  const tree = parseMarkdown(markdown);
  shiftHeadings(tree);
  const found: number[] = [];
  walkTree(tree, (node) => {
    if (node.type === "heading") found.push(node.depth);
  });
  return found;
}

test("any # heading moves every heading of the post down one level", () => {
  assert.equal(levelShift(parseMarkdown("## A\n\n# B")), 1);
  assert.deepEqual(depths("## Before\n\n# A\n\n## B\n\n### C"), [3, 2, 3, 4]);
});

test("a post without # headings is left as written", () => {
  assert.equal(levelShift(parseMarkdown("## A\n\n### B")), 0);
  assert.deepEqual(depths("## A\n\n### B\n\n###### F"), [2, 3, 6]);
});

test("there is no h7: ###### stays h6", () => {
  assert.deepEqual(depths("# A\n\n##### E\n\n###### F"), [2, 6, 6]);
  assert.equal(renderedDepth(6, 1), 6);
  assert.equal(renderedDepth(1, 0), 1);
});

test("a # inside code or a quote's text is not a heading", () => {
  assert.deepEqual(depths("```sh\n# comment\n```\n\n## A"), [2]);
});
