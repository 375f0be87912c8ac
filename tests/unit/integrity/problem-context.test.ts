import assert from "node:assert/strict";
import { test } from "node:test";
import { scanBytes } from "../../../src/lib/integrity/byte-problems";
import { problemContext, showProblem } from "../../../src/lib/integrity/problem-context";

const join = (...parts: Array<string | number[]>): Buffer =>
  Buffer.concat(
    parts.map((part) => (typeof part === "string" ? Buffer.from(part) : Buffer.from(part))),
  );

function onlyProblem(bytes: Buffer) {
  const [problem, ...others] = scanBytes(bytes);
  assert.ok(problem);
  assert.deepEqual(others, []);
  return problem;
}

test("a problem is shown in its text, NUL as ␀ and bad bytes in hex", () => {
  const page = join('<li><a href="#x">ゼ', [0, 0], "ロから学ぶ</a></li>");
  assert.equal(showProblem(page, onlyProblem(page)), '<li><a href="#x">ゼ␀␀ロから学ぶ</a></li>');
  const cut = join("日本", [0xe8, 0xaa], "\nnext line");
  assert.equal(showProblem(cut, onlyProblem(cut)), "日本\\xE8\\xAA next line");
  const replaced = join("Caf\uFFFD au lait");
  assert.equal(showProblem(replaced, onlyProblem(replaced)), "Caf\uFFFD au lait");
});

test("only 24 characters are shown on each side, cut where characters start", () => {
  const before = "前".repeat(40);
  const after = "🎉".repeat(40);
  const bytes = join(before, [0], after);
  assert.equal(showProblem(bytes, onlyProblem(bytes)), `…${"前".repeat(24)}␀${"🎉".repeat(24)}…`);
});

test("the context is decoded from a window whose edges fall between characters", () => {
  // Far from the problem on both sides, so that the window is cut inside the text.
  const bytes = join("語".repeat(2000), "\uFFFD", "語".repeat(2000));
  const problem = onlyProblem(bytes);
  const { text, start, end } = problemContext(bytes, problem);
  assert.equal(text.slice(start, end), "\uFFFD");
  // No U+FFFD made by cutting a character in two: only the one in the bytes.
  assert.equal([...text].filter((char) => char === "\uFFFD").length, 1);
  assert.ok(text.length < 1000, `${text.length} characters decoded`);
});
