import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { measureReading, minutesFor, readingTime } from "../../../src/lib/posts/reading-time";

/** Ten words, counted by hand. */
const TEN_WORDS = "The quick brown fox jumps over the lazy dog today.";
/** 25 characters of Han, Hiragana and Katakana (the long-vowel mark included), counted by hand. */
const TWENTY_FIVE_CHARACTERS = "深層学習のモデルは大量のデータからも特徴を学びます。";

function repeat(text: string, times: number, separator: string): string {
  return Array.from({ length: times }, () => text).join(separator);
}

describe("what counts as reading", () => {
  test("a small English post, counted by hand", () => {
    const markdown = [
      "---",
      'title: "A title that is not part of the body"',
      'description: "Nor is this long description of the post in its frontmatter"',
      "---",
      "# Measuring embeddings",
      "",
      "Read the [paper](https://arxiv.org/abs/2002.05709) before `model.fit()` runs.",
      "",
      "The loss is $\\mathcal{L} = -\\log p(x \\mid y)$ here.",
      "",
      "$$",
      "\\sum_{i=1}^{N} \\alpha_i x_i + \\beta",
      "$$",
      "",
      "```python",
      "import torch",
      "x = torch.zeros(3)",
      "",
      "print(x)",
      "```",
      "",
      "![A chart of the loss over many training steps](chart.png)",
      "",
      '<small class="credit">Figure from https://example.org/fig</small>',
      "",
      "See https://example.com/docs for details. <!-- not shown to readers --> Also <https://x.org>.",
      "",
      "[unused]: https://example.com/reference",
    ].join("\n");
    // Measuring embeddings (2); Read the paper before model.fit runs (6); The loss is here (4);
    // Figure from (2); See for details Also (4). Code: 3 lines that are not blank. One image.
    assert.deepEqual(measureReading(markdown), {
      words: 18,
      cjkCharacters: 0,
      codeLines: 3,
      images: 1,
    });
  });

  test("with math off for the post, the words between two dollars are read, not typeset", () => {
    const markdown = "We spent $18k a year and $5k a month.";
    // With math: We spent (2), then the formula, then 5k a month (3).
    assert.equal(measureReading(markdown).words, 5);
    assert.equal(measureReading(markdown, { math: false }).words, 9);
  });

  test("Japanese is counted in characters, Latin words inside it in words", () => {
    const amount = measureReading(
      "BERTとGPTはTransformerを使います。「データ」、々や（括弧）の記号は数えません。",
    );
    // BERT, GPT, Transformer; と は を 使 い ま す / デ ー タ / 々 や / 括 弧 / の 記 号 は 数 え ま せ ん
    assert.deepEqual(amount, {
      words: 3,
      cjkCharacters: 7 + 3 + 2 + 2 + 9,
      codeLines: 0,
      images: 0,
    });
  });

  test("raw HTML images count as images, and their attributes are not read", () => {
    const amount = measureReading('<p align="center"><img src="a.png" alt="An alt text"></p>');
    assert.deepEqual(amount, { words: 0, cjkCharacters: 0, codeLines: 0, images: 1 });
  });
});

describe("reading time in minutes", () => {
  test("an English post: 460 words, 45 lines of code, 3 images and formulas make 3 minutes", () => {
    const prose = repeat(`${TEN_WORDS} ${TEN_WORDS}`, 23, "\n\n");
    const code = ["```js", repeat("let value = compute(input);", 45, "\n"), "```"].join("\n");
    const math = ["$$", repeat("a_{i} + b_{i}", 100, " + "), "$$"].join("\n");
    const images = repeat("![A figure with a long description](figure.png)", 3, "\n\n");
    const markdown = [prose, code, "Inline $x^2 + y^2 = z^2$ math.", math, images].join("\n\n");
    // 460 + 2 words (Inline, math) at 230 a minute: 120.5 s; 45 code lines at 60 a minute: 45 s;
    // 3 images at 10 s: 30 s. 195.5 s is 3.26 minutes. Counting code as words (4 a line) and the
    // formulas' TeX would have made it 5.
    assert.deepEqual(measureReading(markdown), {
      words: 462,
      cjkCharacters: 0,
      codeLines: 45,
      images: 3,
    });
    assert.equal(readingTime(markdown), 3);
  });

  test("a Japanese post: 1,500 characters and 20 lines of code make 3 minutes", () => {
    const prose = repeat(repeat(TWENTY_FIVE_CHARACTERS, 6, ""), 10, "\n\n");
    const code = ["```python", repeat("# 日本語のコメントは数えない", 20, "\n"), "```"].join("\n");
    const link = "詳しくは <https://ja.wikipedia.org/wiki/深層学習> を。";
    const markdown = [prose, code, "数式 $\\alpha + \\beta$ も。", link].join("\n\n");
    // 1,500 + 数 式 も + 詳 し く は を = 1,508 characters at 500 a minute: 181 s; 20 lines: 20 s.
    // 201 s is 3.35 minutes. Counted as space-separated words it would have been 1 minute.
    assert.deepEqual(measureReading(markdown), {
      words: 0,
      cjkCharacters: 1508,
      codeLines: 20,
      images: 0,
    });
    assert.equal(readingTime(markdown), 3);
  });

  test("rounds to the nearest minute and never says 0", () => {
    assert.equal(readingTime(""), 1);
    assert.equal(readingTime("Short."), 1);
    assert.equal(minutesFor({ words: 345, cjkCharacters: 0, codeLines: 0, images: 0 }), 2);
    assert.equal(minutesFor({ words: 344, cjkCharacters: 0, codeLines: 0, images: 0 }), 1);
    assert.equal(minutesFor({ words: 0, cjkCharacters: 1250, codeLines: 0, images: 0 }), 3);
    assert.equal(minutesFor({ words: 0, cjkCharacters: 0, codeLines: 0, images: 9 }), 2);
  });
});
