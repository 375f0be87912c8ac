import assert from "node:assert/strict";
import { test } from "node:test";
import type { HeadingEntry } from "../../../src/lib/markdown/heading-outline";
import { hasTableOfContents, tocTree } from "../../../src/lib/markdown/toc-tree";

function entry(depth: number, id: string): HeadingEntry {
  return { id, depth, text: id, html: id };
}

/** The tree as "id(children…)" text, easy to compare with what the headings are. */
function shape(items: ReturnType<typeof tocTree>): string {
  return items
    .map((item) => (item.children.length ? `${item.id}(${shape(item.children)})` : item.id))
    .join(" ");
}

test("h3 go under the h2 before them; h4 are left out", () => {
  const tree = tocTree([
    entry(2, "a"),
    entry(3, "a1"),
    entry(4, "a1x"),
    entry(3, "a2"),
    entry(2, "b"),
    entry(2, "c"),
    entry(3, "c1"),
  ]);
  assert.equal(shape(tree), "a(a1 a2) b c(c1)");
});

test("an h3 before any h2 stays at the top level", () => {
  assert.equal(shape(tocTree([entry(3, "x"), entry(2, "a"), entry(3, "a1")])), "x a(a1)");
});

test("keeps text and HTML of each heading", () => {
  const [item] = tocTree([{ id: "f", depth: 2, text: "x^2", html: "<span>x</span>" }]);
  assert.deepEqual(item, { id: "f", text: "x^2", html: "<span>x</span>", children: [] });
});

test("a table of contents needs three h2 or h3 headings", () => {
  assert.equal(hasTableOfContents([entry(2, "a"), entry(3, "b")]), false);
  assert.equal(hasTableOfContents([entry(2, "a"), entry(4, "b"), entry(4, "c")]), false);
  assert.equal(hasTableOfContents([entry(2, "a"), entry(3, "b"), entry(2, "c")]), true);
});
