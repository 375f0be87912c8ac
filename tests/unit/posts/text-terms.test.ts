import assert from "node:assert/strict";
import { test } from "node:test";
import { markdownProse, textTerms } from "../../../src/lib/posts/text-terms";

test("English words are lower-cased, without stop words, numbers or single letters", () => {
  assert.deepEqual(textTerms("The Transformer and BERT, in 2019: a model of x"), [
    "transformer",
    "bert",
    "model",
  ]);
});

test("Japanese and Chinese runs become overlapping pairs of characters", () => {
  assert.deepEqual(textTerms("表現学習とは"), ["表現", "現学", "学習", "習と", "とは"]);
  assert.deepEqual(textTerms("BERTの学習"), ["bert", "の学", "学習"]);
  assert.deepEqual(textTerms("犬"), ["犬"]);
});

test("full-width letters count as the same word", () => {
  assert.deepEqual(textTerms("ＢＥＲＴ"), ["bert"]);
});

test("prose keeps text and alt text, but not code, formulas, tags or URLs", () => {
  const markdown = [
    "Intro with $x^2$ and [a link](https://example.org/page) and <span>tag</span>.",
    "",
    "```python",
    "import numpy",
    "```",
    "",
    "$$",
    "\\sum_i w_i",
    "$$",
    "",
    "![A chart of loss](chart.png) https://bare.example.org/x",
    "",
    "[ref]: https://example.org/ref",
  ].join("\n");
  const prose = markdownProse(markdown);
  for (const gone of ["numpy", "x^2", "sum_i", "https", "example", "chart.png", "span"]) {
    assert.ok(!prose.includes(gone), `${gone} is still in: ${prose}`);
  }
  for (const kept of ["Intro", "a link", "tag", "A chart of loss"]) {
    assert.ok(prose.includes(kept), `${kept} is missing from: ${prose}`);
  }
});
