import assert from "node:assert/strict";
import { test } from "node:test";
import { tagCardPath, tagPagePath, tagSegment } from "../../../src/lib/lists/tag-path";

test("lower case, with spaces and other separators as one hyphen", () => {
  assert.equal(tagSegment("Deep Learning"), "deep-learning");
  assert.equal(tagSegment("deep-learning"), "deep-learning");
  assert.equal(tagSegment("  Deep   Learning "), "deep-learning");
  assert.equal(tagSegment("deep_learning"), "deep-learning");
  assert.equal(tagSegment("Node.js"), "node-js");
  assert.equal(tagSegment("a/b?c#"), "a-b-c-sharp");
});

test("Japanese and other letters are kept; full-width Latin becomes ASCII", () => {
  assert.equal(tagSegment("深層学習"), "深層学習");
  assert.equal(tagSegment("機械学習・入門"), "機械学習-入門");
  assert.equal(tagSegment("ＧＰＵ"), "gpu");
  assert.equal(tagSegment("ﾃﾞｰﾀ"), "データ");
  assert.equal(tagSegment("Café"), "café");
});

test("C, C++ and C# keep apart", () => {
  assert.equal(tagSegment("C"), "c");
  assert.equal(tagSegment("C++"), "c-plus-plus");
  assert.equal(tagSegment("C#"), "c-sharp");
  assert.equal(tagSegment("R&D"), "r-and-d");
});

test("the segment never holds characters that need care in a URL path", () => {
  for (const tag of ["a b", "x/y", "q?", "50%", "#1", "a.b", "..x", "tab\there", "<b>"]) {
    assert.match(tagSegment(tag), /^[\p{L}\p{M}\p{N}]+(-[\p{L}\p{M}\p{N}]+)*$/u, tag);
  }
});

test("page and card paths; a tag without letters or digits has no page", () => {
  assert.equal(tagPagePath("Deep Learning"), "/tags/deep-learning/");
  assert.equal(tagPagePath("ja"), "/tags/ja/");
  assert.equal(tagPagePath("深層学習"), "/tags/深層学習/");
  assert.equal(tagPagePath("!!!"), null);
  assert.equal(tagPagePath("---"), null);
  assert.equal(tagPagePath(".."), null);
  assert.equal(tagCardPath("deep-learning"), "/og/tags/deep-learning.png");
});
