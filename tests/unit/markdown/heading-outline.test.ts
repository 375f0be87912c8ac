import assert from "node:assert/strict";
import { test } from "node:test";
import katex from "katex";
import { labelHeadingAnchors } from "../../../src/lib/markdown/heading-anchors";
import { headingsOfHtml } from "../../../src/lib/markdown/heading-outline";

/** A heading as gatsby-remark-autolink-headers writes it (the markup of the built seed post). */
function heading(depth: number, id: string, content: string, label = "x permalink"): string {
  return (
    `<h${depth} id="${id}" style="position:relative;">${content}` +
    `<a href="#${id}" aria-label="${label}" class="anchor after"><svg aria-hidden="true" ` +
    `focusable="false" height="16" width="16"><path d="M4 9h1"></path></svg></a></h${depth}>`
  );
}

test("reads id, depth and text of each heading with an id, in order, at every level", () => {
  const html = [
    "<p>Intro <code>&lt;h2&gt;not a heading&lt;/h2&gt;</code></p>",
    heading(2, "first", "First"),
    heading(3, "image-to-text--text-to-image", "Image-to-Text &#x26; Text-to-Image"),
    heading(4, "deep", "Deep"),
    '<h5 id="deeper">Deeper</h5>',
    "<h2>Written as HTML, without an id</h2>",
  ].join("\n");
  assert.deepEqual(headingsOfHtml(html), [
    { id: "first", depth: 2, text: "First", html: "First" },
    {
      id: "image-to-text--text-to-image",
      depth: 3,
      text: "Image-to-Text & Text-to-Image",
      html: "Image-to-Text &#x26; Text-to-Image",
    },
    { id: "deep", depth: 4, text: "Deep", html: "Deep" },
    { id: "deeper", depth: 5, text: "Deeper", html: "Deeper" },
  ]);
  assert.deepEqual(
    headingsOfHtml(html, 3).map((entry) => entry.id),
    ["first", "image-to-text--text-to-image"],
  );
});

test("a formula reads as its TeX source and stays typeset in the HTML", () => {
  const formula = katex.renderToString("\\ell_1", { output: "htmlAndMathml" });
  const [entry] = headingsOfHtml(heading(2, "the-ell_1-penalty", `The ${formula} penalty`));
  assert.equal(entry?.text, "The \\ell_1 penalty");
  assert.ok(entry?.html.includes('<span class="katex">'), entry?.html);
  assert.ok(entry?.html.includes("<math"), "the MathML for screen readers was lost");
});

test("code stays code; links are unwrapped, footnote marks and ids dropped", () => {
  const [entry] = headingsOfHtml(
    heading(
      2,
      "using-map",
      'Using <code>map()</code> with <a href="https://example.org/">a link</a>' +
        '<sup id="fnref-1"><a href="#fn-1" class="footnote-ref">1</a></sup>',
    ),
  );
  assert.equal(entry?.text, "Using map() with a link");
  assert.equal(entry?.html, "Using <code>map()</code> with a link");
});

test("a Japanese heading keeps its id and text", () => {
  const [entry] = headingsOfHtml(heading(2, "はじめに", "はじめに"));
  assert.deepEqual(entry, { id: "はじめに", depth: 2, text: "はじめに", html: "はじめに" });
});

test("anchors are named after their heading's text, wherever their href is escaped", () => {
  const html = [
    heading(2, "first", "First", "first permalink"),
    // The Markdown renderer percent-encodes non-ASCII in link targets.
    heading(2, "はじめに", "はじめに").replace(
      'href="#はじめに"',
      `href="#${encodeURIComponent("はじめに")}"`,
    ),
    heading(2, "unknown", "Unknown", "unknown permalink"),
  ].join("");
  const labelled = labelHeadingAnchors(html, [
    { id: "first", text: 'First "quoted" & more' },
    { id: "はじめに", text: "はじめに" },
  ]);
  const labels = [...labelled.matchAll(/aria-label="([^"]*)"/g)].map((match) => match[1]);
  assert.deepEqual(labels, [
    "Link to this section: First &quot;quoted&quot; &amp; more",
    "Link to this section: はじめに",
    "unknown permalink",
  ]);
});
