import assert from "node:assert/strict";
import { test } from "node:test";
import type { Root } from "mdast";
import {
  collectImages,
  wrapCaptionedImages,
} from "../../../../plugins/gatsby-remark-figures/figure-tree";

function image(url: string, alt = "") {
  return { type: "image" as const, url, alt };
}

function html(value: string) {
  return { type: "html" as const, value };
}

function text(value: string) {
  return { type: "text" as const, value };
}

function captionParagraph() {
  return {
    type: "paragraph" as const,
    children: [
      html("<small>"),
      text("Figure taken from "),
      { type: "link" as const, url: "https://example.org", children: [text("a blog")] },
      text(".\n"),
      html("</small>"),
    ],
  };
}

test("an image followed by a <small> paragraph becomes one figure with a caption", () => {
  const tree: Root = {
    type: "root",
    children: [{ type: "paragraph", children: [image("a.png", "A chart")] }, captionParagraph()],
  };
  assert.equal(wrapCaptionedImages(tree), 1);
  assert.equal(tree.children.length, 1);
  const figure = tree.children[0] as unknown as {
    type: string;
    data: { hName: string };
    children: Array<{ type: string; children?: Array<{ type: string; value?: string }> }>;
  };
  assert.equal(figure.type, "figure");
  assert.equal(figure.data.hName, "figure");
  assert.equal(figure.children[0]?.type, "image");
  const caption = figure.children[1];
  assert.equal(caption?.type, "figcaption");
  assert.deepEqual(
    caption?.children?.map((node) => node.type),
    ["text", "link", "text"],
  );
  assert.equal(caption?.children?.[2]?.value, ".");
});

test("an image and its <small> line in the same paragraph also make a figure", () => {
  const caption = captionParagraph();
  const tree: Root = {
    type: "root",
    children: [{ type: "paragraph", children: [image("a.png"), text("\n"), ...caption.children] }],
  };
  assert.equal(wrapCaptionedImages(tree), 1);
  assert.equal(tree.children[0]?.type, "figure" as never);
});

test("an image inside a sentence, or without a credit line, is left alone", () => {
  const tree: Root = {
    type: "root",
    children: [
      { type: "paragraph", children: [text("See "), image("a.png"), text(" here.")] },
      captionParagraph(),
      { type: "paragraph", children: [image("b.png")] },
      { type: "paragraph", children: [text("Just text.")] },
    ],
  };
  const before = structuredClone(tree);
  assert.equal(wrapCaptionedImages(tree), 0);
  assert.deepEqual(tree, before);
});

test("a <small> paragraph that does not close is not taken as a caption", () => {
  const tree: Root = {
    type: "root",
    children: [
      { type: "paragraph", children: [image("a.png")] },
      { type: "paragraph", children: [html("<small>"), text("unfinished")] },
    ],
  };
  assert.equal(wrapCaptionedImages(tree), 0);
});

test("images inside lists and block quotes are found and wrapped too", () => {
  const tree: Root = {
    type: "root",
    children: [
      {
        type: "blockquote",
        children: [{ type: "paragraph", children: [image("q.png")] }, captionParagraph()],
      },
    ],
  };
  assert.equal(wrapCaptionedImages(tree), 1);
  assert.deepEqual(
    collectImages(tree).map((node) => (node.type === "image" ? node.url : "")),
    ["q.png"],
  );
});
