import assert from "node:assert/strict";
import { test } from "node:test";
import { fitTitle, type FitOptions } from "../../../src/lib/og-image/fit-title";
import { breakLines, ELLIPSIS, truncateLines } from "../../../src/lib/og-image/line-break";
import { joinPieces, segmentText, type Piece } from "../../../src/lib/og-image/segment";

/** Every character 10 px wide: simple enough to predict breaks by counting. */
const monospace = (pieces: readonly Piece[]) => joinPieces(pieces).length * 10;

function lines(text: string, maxWidth: number): string[] {
  return breakLines(segmentText(text), maxWidth, monospace).lines.map(joinPieces);
}

test("Latin text breaks only at spaces, and whitespace collapses", () => {
  assert.deepEqual(
    segmentText("  Recent\nAdvances   in  learning ").map((p) => p.text),
    ["Recent", "Advances", "in", "learning"],
  );
  assert.deepEqual(lines("Recent Advances in Representation Learning", 190), [
    "Recent Advances in",
    "Representation",
    "Learning",
  ]);
});

test("hyphenated compounds may break after the hyphen, minus signs may not", () => {
  assert.deepEqual(
    segmentText("self-supervised -1").map((p) => p.text),
    ["self-", "supervised", "-1"],
  );
});

test("Japanese breaks between any two characters", () => {
  assert.deepEqual(
    segmentText("表現学習").map((p) => p.text),
    ["表", "現", "学", "習"],
  );
  assert.deepEqual(lines("表現学習の最近の進歩", 40), ["表現学習", "の最近の", "進歩"]);
});

test("kinsoku: closing marks never start a line, opening marks never end one", () => {
  const title = "「表現学習」とは、何か。（入門）";
  const noStart = /^[、。」）・ー]/u;
  const noEnd = /[「（]$/u;
  for (let width = 20; width <= 160; width += 10) {
    for (const line of lines(title, width)) {
      assert.doesNotMatch(line, noStart, `width ${width}: "${line}"`);
      assert.doesNotMatch(line, noEnd, `width ${width}: "${line}"`);
    }
  }
  assert.deepEqual(
    segmentText("「表現」").map((p) => p.text),
    ["「表", "現」"],
  );
});

test("Latin words inside Japanese text stay whole", () => {
  assert.deepEqual(
    segmentText("BERTの仕組み").map((p) => p.text),
    ["BERT", "の", "仕", "組", "み"],
  );
});

test("a word wider than the line is cut between letters", () => {
  const result = breakLines(segmentText("a Supercalifragilistic b"), 80, monospace);
  assert.equal(result.forcedSplits, 1);
  assert.deepEqual(result.lines.map(joinPieces), ["a", "Supercal", "ifragili", "stic b"]);
  for (const line of result.lines) assert.ok(monospace(line) <= 80);
});

test("truncation keeps as much of the rest as fits and ends in an ellipsis", () => {
  const broken = breakLines(segmentText("one two three four five six seven"), 90, monospace);
  const { lines: cut, truncated } = truncateLines(broken.lines, 2, 90, monospace);
  assert.equal(truncated, true);
  assert.deepEqual(cut, ["one two", `three${ELLIPSIS}`]);
  // Stops are dropped before the ellipsis rather than left dangling.
  const stops = breakLines(segmentText("alpha, beta, gamma, delta"), 70, monospace);
  assert.equal(truncateLines(stops.lines, 1, 70, monospace).lines[0], `alpha${ELLIPSIS}`);
});

function options(overrides: Partial<FitOptions> = {}): FitOptions {
  // Character width half the font size, like a condensed monospace font.
  const width = (text: string, size: number) => text.length * size * 0.5;
  return {
    maxWidth: 600,
    maxHeight: 400,
    maxLines: 4,
    sizes: [80, 70, 60, 50, 40],
    lineHeight: 1.2,
    extent: 1.1,
    measurePieces: (pieces, size) => width(joinPieces(pieces), size),
    measureText: width,
    ...overrides,
  };
}

test("a short title gets the largest size on one line", () => {
  const fit = fitTitle("Hello world", options());
  assert.deepEqual(fit, { lines: ["Hello world"], fontSize: 80, lineHeight: 96, truncated: false });
});

test("lines are balanced rather than greedy", () => {
  const title = "one two three four five six seven eight nine";
  // Greedy at 600 px (30 characters of 20 px) leaves a short last line.
  assert.deepEqual(lines(title, 300), ["one two three four five six", "seven eight nine"]);
  const fit = fitTitle(title, options({ sizes: [40] }));
  assert.deepEqual(fit.lines, ["one two three four five", "six seven eight nine"]);
});

test("longer titles get smaller sizes, never wider than the box", () => {
  const short = fitTitle("Representation Learning", options());
  const long = fitTitle("Recent Advances in Representation Learning for Graphs", options());
  assert.ok(long.fontSize < short.fontSize, `${long.fontSize} < ${short.fontSize}`);
  for (const fit of [short, long]) {
    assert.equal(fit.truncated, false);
    for (const line of fit.lines) assert.ok(line.length * fit.fontSize * 0.5 <= 600);
  }
});

test("a title that does not fit even at the smallest size is cut with an ellipsis", () => {
  const title = Array.from({ length: 60 }, (_, i) => `word${i}`).join(" ");
  const fit = fitTitle(title, options());
  assert.equal(fit.fontSize, 40);
  assert.equal(fit.truncated, true);
  assert.equal(fit.lines.length, 4);
  assert.ok(fit.lines.at(-1)?.endsWith(ELLIPSIS));
});

test("lines whose real width exceeds the estimate are re-broken narrower", () => {
  // The estimate says every line fits; the exact measure says lines over 20 chars do not.
  const fit = fitTitle("aaaa bbbb cccc dddd eeee ffff gggg hhhh", {
    ...options({ sizes: [40] }),
    measureText: (text, size) => (text.length > 20 ? 10_000 : text.length * size * 0.5),
  });
  for (const line of fit.lines) assert.ok(line.length <= 20, JSON.stringify(fit.lines));
});

test("Thai, written without spaces, breaks between words and never inside one", () => {
  // "Deep learning for images": การ|เรียน|รู้|เชิง|ลึก|สำหรับ|ภาพ, as a Thai reader splits it.
  const title = "การเรียนรู้เชิงลึกสำหรับภาพ";
  const pieces = segmentText(title).map((piece) => piece.text);
  assert.equal(pieces.join(""), title);
  for (const word of ["เรียน", "เชิง", "ลึก", "สำหรับ", "ภาพ"]) {
    assert.ok(pieces.includes(word), `${word} is one piece: ${pieces.join("|")}`);
  }
  // Every line ends at a word's end, whatever the width.
  for (const width of [40, 60, 90, 120]) {
    for (const line of lines(title, width)) {
      assert.ok(
        !/^[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/u.test(line),
        `a line starts with a mark: ${line}`,
      );
      assert.ok(title.includes(line));
    }
    assert.ok(!lines(title, width).some((line) => line.endsWith("เชิ")), "เชิง is never cut");
  }
});
