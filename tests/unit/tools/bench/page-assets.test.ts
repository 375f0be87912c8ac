import assert from "node:assert/strict";
import { test } from "node:test";
import { bodyInPageData, longestParagraph } from "../../../../tools/bench/body-in-page-data";
import { findDataUris, isInlinedAsset } from "../../../../tools/bench/data-uris";
import { fontSources } from "../../../../tools/bench/font-faces";

const KATEX_LIKE = `@font-face{font-display:block;font-family:KaTeX_AMS;font-style:normal;font-weight:400;src:url(/static/KaTeX_AMS-Regular-73ea.woff2) format("woff2"),url(/static/KaTeX_AMS-Regular-d562.woff) format("woff"),url(/static/KaTeX_AMS-Regular-853b.ttf) format("truetype")}.katex{font:normal 1.21em KaTeX_Main}
@font-face { font-family: "Inter"; src: url('fonts/inter.woff2') }`;

test("every source of every @font-face, with its format and which one a browser takes", () => {
  assert.deepEqual(fontSources(KATEX_LIKE), [
    {
      family: "KaTeX_AMS",
      url: "/static/KaTeX_AMS-Regular-73ea.woff2",
      format: "woff2",
      firstChoice: true,
    },
    {
      family: "KaTeX_AMS",
      url: "/static/KaTeX_AMS-Regular-d562.woff",
      format: "woff",
      firstChoice: false,
    },
    {
      family: "KaTeX_AMS",
      url: "/static/KaTeX_AMS-Regular-853b.ttf",
      format: "truetype",
      firstChoice: false,
    },
    // Without format(), the extension says what it is.
    { family: "Inter", url: "fonts/inter.woff2", format: "woff2", firstChoice: true },
  ]);
  assert.deepEqual(fontSources(".a{src:url(x.woff)}"), []);
});

test("data: URIs in HTML and CSS, with their type and encoding", () => {
  const html =
    `<span style="background-image:url('data:image/png;base64,iVBORw0KGgo=')"></span>` +
    `<style>.i{background:url("data:image/svg+xml,%3Csvg%3E%3C/svg%3E")}` +
    `@font-face{src:url(data:font/woff2;base64,d09GMgABAAAA) format("woff2")}</style>`;
  const uris = findDataUris(html);
  assert.deepEqual(
    uris.map((uri) => [uri.mediaType, uri.base64, uri.length]),
    [
      ["image/png", true, "data:image/png;base64,iVBORw0KGgo=".length],
      ["image/svg+xml", false, "data:image/svg+xml,%3Csvg%3E%3C/svg%3E".length],
      ["font/woff2", true, "data:font/woff2;base64,d09GMgABAAAA".length],
    ],
  );
  // A small SVG icon written as text is not an inlined image in the budget's sense.
  assert.deepEqual(uris.map(isInlinedAsset), [true, false, true]);
  assert.deepEqual(findDataUris("<p>data: none here, metadata:x</p>"), []);
});

const PARAGRAPH =
  "Batching small writes improved p99 latency by 23%, which was more than we expected &amp; more than the model said.";

test("the longest paragraph is read as text, entities decoded", () => {
  const html = `<p>Short.</p><p class="x">${PARAGRAPH.replace("p99", "<em>p99</em>")}</p>`;
  assert.equal(longestParagraph(html), PARAGRAPH.replace("&amp;", "&"));
});

test("the post's text found again in page-data.json means the body ships twice", () => {
  const html = `<main><p>${PARAGRAPH}</p></main>`;
  const withBody = JSON.stringify({
    result: { data: { markdownRemark: { html: `<p>${PARAGRAPH}</p>` } } },
  });
  const withoutBody = JSON.stringify({ result: { data: { markdownRemark: { title: "A post" } } } });
  assert.equal(bodyInPageData(html, withBody), true);
  assert.equal(bodyInPageData(html, withoutBody), false);
  assert.equal(bodyInPageData("<p>Too short to tell.</p>", withBody), null);
});
