import assert from "node:assert/strict";
import { test } from "node:test";
import { excerptSegments } from "../../../src/lib/search/excerpt";

test("splits an excerpt into plain and marked text", () => {
  assert.deepEqual(excerptSegments("pre-training by <mark>SimCLR</mark> [2]."), [
    { text: "pre-training by ", marked: false },
    { text: "SimCLR", marked: true },
    { text: " [2].", marked: false },
  ]);
});

test("turns Pagefind's escapes back into the text they stand for, never into markup", () => {
  // Pagefind escapes < and > of the page's text and nothing else.
  assert.deepEqual(
    excerptSegments("a &lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>b</mark>"),
    [
      { text: "a <script>alert(1)</script> &amp; ", marked: false },
      { text: "b", marked: true },
    ],
  );
});

test("moves spaces out of a mark, so highlights cover words only", () => {
  assert.deepEqual(excerptSegments("<mark>SimCLR </mark>is"), [
    { text: "SimCLR", marked: true },
    { text: " is", marked: false },
  ]);
});

test("keeps adjacent marks of one word together", () => {
  assert.deepEqual(excerptSegments("自己<mark>対照</mark><mark>学習</mark>が"), [
    { text: "自己", marked: false },
    { text: "対照学習", marked: true },
    { text: "が", marked: false },
  ]);
});

test("an excerpt without matches is one plain segment", () => {
  assert.deepEqual(excerptSegments("plain text"), [{ text: "plain text", marked: false }]);
  assert.deepEqual(excerptSegments(""), []);
});
