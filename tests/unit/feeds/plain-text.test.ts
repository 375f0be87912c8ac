import assert from "node:assert/strict";
import { test } from "node:test";
import { htmlToPlainText, postSummary, truncateText } from "../../../src/lib/feeds/plain-text";
import { inlineMath } from "./fixtures";

test("block boundaries become spaces and markup disappears", () => {
  assert.equal(
    htmlToPlainText("<h2>Title</h2><p>One<br>two</p><ul><li>a</li><li>b</li></ul>"),
    "Title One two a b",
  );
});

test("math reads once, without the KaTeX visual copy or the TeX source", () => {
  assert.equal(htmlToPlainText(`<p>So ${inlineMath}.</p>`), "So x2<ab.");
});

test("figures, code and scripts are not prose", () => {
  assert.equal(
    htmlToPlainText(
      "<p>Text</p><figure><img alt=x><figcaption>Cap</figcaption></figure><pre>code</pre><script>s()</script>",
    ),
    "Text",
  );
});

test("long text is cut at a word boundary with an ellipsis", () => {
  const text = "word ".repeat(100).trim();
  const cut = truncateText(text, 23);
  assert.equal(cut, "word word word word…");
  assert.ok(Array.from(cut).length <= 23);
  assert.equal(truncateText("short", 23), "short");
});

test("text without spaces is cut at the limit, never inside a surrogate pair", () => {
  assert.equal(truncateText("日本語の文章です", 5), "日本語の…");
  assert.equal(truncateText("😲😲😲😲😲😲", 4), "😲😲😲…");
});

test("a description wins over the body; a blank one does not", () => {
  assert.equal(postSummary({ description: "  Given\n text ", html: "<p>Body</p>" }), "Given text");
  assert.equal(postSummary({ description: " ", html: "<p>Body</p>" }), "Body");
  assert.equal(postSummary({ description: null, html: "<p>Body</p>" }), "Body");
});
