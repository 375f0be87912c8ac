import assert from "node:assert/strict";
import { isUtf8 } from "node:buffer";
import { test } from "node:test";
import {
  findByteProblems,
  scanBytes,
  type ByteProblem,
} from "../../../src/lib/integrity/byte-problems";
import { mulberry32 } from "../../../src/lib/drawing/seeded-random";

const utf8 = (text: string): Buffer => Buffer.from(text, "utf8");
const join = (...parts: Array<string | number[]>): Buffer =>
  Buffer.concat(parts.map((part) => (typeof part === "string" ? utf8(part) : Buffer.from(part))));

/** Both entry points must agree; findByteProblems only skips the scan of clean bytes. */
function problemsOf(bytes: Uint8Array): ByteProblem[] {
  const found = findByteProblems(bytes);
  assert.deepEqual(found, scanBytes(bytes));
  return found;
}

test("clean text in every script, with emoji, quotes and dashes, has no problem", () => {
  const text =
    "ゼロから学ぶ表現学習 从零开始 처음부터 배우는 “quoted” ‘single’ – — … é ß 🎉🧠 𠀋 👩🏽‍💻 \u00a0 \uFEFF";
  assert.deepEqual(problemsOf(utf8(text)), []);
  assert.deepEqual(problemsOf(utf8(text.repeat(500))), []);
  assert.deepEqual(problemsOf(new Uint8Array()), []);
});

test("NUL bytes are found where they are, a run of them as one problem", () => {
  // The bytes of the reported page: two NULs inside ゼロ, after the three bytes of ゼ.
  assert.deepEqual(problemsOf(join("ゼ", [0, 0], "ロ")), [{ kind: "nul", offset: 3, length: 2 }]);
  assert.deepEqual(problemsOf(join([0], "a", [0, 0, 0])), [
    { kind: "nul", offset: 0, length: 1 },
    { kind: "nul", offset: 2, length: 3 },
  ]);
});

test("U+FFFD is found, each run of them once, with its byte offset", () => {
  assert.deepEqual(problemsOf(utf8("ab\uFFFD")), [{ kind: "replacement", offset: 2, length: 3 }]);
  assert.deepEqual(problemsOf(utf8("日\uFFFD\uFFFD本 \uFFFD")), [
    { kind: "replacement", offset: 3, length: 6 },
    { kind: "replacement", offset: 13, length: 3 },
  ]);
  // U+FFFE and U+FFFF are valid UTF-8 and not the replacement character.
  assert.deepEqual(problemsOf(utf8("\uFFFE\uFFFF")), []);
});

test("a multi-byte character cut short is truncated, at the end of the file or before another", () => {
  assert.deepEqual(problemsOf(join("ab", [0xe3, 0x82])), [
    { kind: "invalid-utf8", offset: 2, length: 2, reason: "truncated" },
  ]);
  assert.deepEqual(problemsOf(join("ゼ", [0xe3], "ロ")), [
    { kind: "invalid-utf8", offset: 3, length: 1, reason: "truncated" },
  ]);
  // Three bytes of a four-byte emoji, then ASCII.
  assert.deepEqual(problemsOf(join([0xf0, 0x9f, 0x8e], "x")), [
    { kind: "invalid-utf8", offset: 0, length: 3, reason: "truncated" },
  ]);
  assert.deepEqual(problemsOf(Buffer.from([0xc3])), [
    { kind: "invalid-utf8", offset: 0, length: 1, reason: "truncated" },
  ]);
});

test("overlong encodings are invalid, however long", () => {
  for (const bytes of [
    [0xc0, 0x80], // NUL in two bytes
    [0xc1, 0xbf],
    [0xe0, 0x80, 0xaf], // "/" in three bytes
    [0xf0, 0x80, 0x80, 0xaf],
  ]) {
    assert.deepEqual(
      problemsOf(join("a", bytes, "b")),
      [{ kind: "invalid-utf8", offset: 1, length: bytes.length, reason: "overlong" }],
      Buffer.from(bytes).toString("hex"),
    );
  }
});

test("surrogates and code points beyond U+10FFFF are invalid", () => {
  assert.deepEqual(problemsOf(join("x", [0xed, 0xa0, 0x80], "y")), [
    { kind: "invalid-utf8", offset: 1, length: 3, reason: "surrogate" },
  ]);
  assert.deepEqual(problemsOf(join([0xed, 0xbf, 0xbf])), [
    { kind: "invalid-utf8", offset: 0, length: 3, reason: "surrogate" },
  ]);
  // ED 9F BF is U+D7FF, the last character before the surrogates.
  assert.deepEqual(problemsOf(Buffer.from([0xed, 0x9f, 0xbf])), []);
  assert.deepEqual(problemsOf(Buffer.from([0xf4, 0x90, 0x80, 0x80])), [
    { kind: "invalid-utf8", offset: 0, length: 4, reason: "out-of-range" },
  ]);
  assert.deepEqual(problemsOf(Buffer.from([0xf5, 0x80])), [
    { kind: "invalid-utf8", offset: 0, length: 2, reason: "out-of-range" },
  ]);
  // F4 8F BF BF is U+10FFFF, the last code point.
  assert.deepEqual(problemsOf(Buffer.from([0xf4, 0x8f, 0xbf, 0xbf])), []);
});

test("lone continuation bytes and bytes UTF-8 never uses are invalid", () => {
  assert.deepEqual(problemsOf(join("ab", [0x80, 0xbf], "c")), [
    { kind: "invalid-utf8", offset: 2, length: 2, reason: "stray-continuation" },
  ]);
  // The last two bytes of ロ without its first: what a split character leaves behind.
  assert.deepEqual(problemsOf(join("ゼ", [0x83, 0xad])), [
    { kind: "invalid-utf8", offset: 3, length: 2, reason: "stray-continuation" },
  ]);
  assert.deepEqual(problemsOf(join([0xff, 0xfe], "a", [0xf8])), [
    { kind: "invalid-utf8", offset: 0, length: 2, reason: "invalid-byte" },
    { kind: "invalid-utf8", offset: 3, length: 1, reason: "invalid-byte" },
  ]);
});

test("problems of every kind are reported in order, each at its own offset", () => {
  const bytes = join("<p>", [0], "日本\uFFFD", [0xe3, 0x81], "語", [0x80], "</p>");
  assert.deepEqual(problemsOf(bytes), [
    { kind: "nul", offset: 3, length: 1 },
    { kind: "replacement", offset: 10, length: 3 },
    { kind: "invalid-utf8", offset: 13, length: 2, reason: "truncated" },
    { kind: "invalid-utf8", offset: 18, length: 1, reason: "stray-continuation" },
  ]);
});

test("the scan finds invalid UTF-8 exactly where Node's validator and TextDecoder do", () => {
  const random = mulberry32(31134);
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  // Bytes biased towards the edges of the UTF-8 ranges, where validators go wrong.
  const interesting = [
    0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe3, 0xed,
    0xee, 0xef, 0xf0, 0xf4, 0xf5, 0xf8, 0xff,
  ];
  for (let sample = 0; sample < 3000; sample += 1) {
    const length = 1 + Math.floor(random() * 12);
    const bytes = Uint8Array.from({ length }, () =>
      random() < 0.7
        ? (interesting[Math.floor(random() * interesting.length)] ?? 0)
        : Math.floor(random() * 256),
    );
    const problems = problemsOf(bytes);
    const invalid = problems.filter((problem) => problem.kind === "invalid-utf8");
    const label = Buffer.from(bytes).toString("hex");
    assert.equal(invalid.length === 0, isUtf8(bytes), label);
    // Every byte the scan calls invalid is where the decoder writes U+FFFD, and no other.
    const decoded = decoder.decode(bytes);
    const replacementsWritten = [...decoded].filter((char) => char === "\uFFFD").length;
    const replacementsInInput = problems
      .filter((problem) => problem.kind === "replacement")
      .reduce((sum, problem) => sum + problem.length / 3, 0);
    assert.equal(replacementsWritten > replacementsInInput, invalid.length > 0, label);
    for (const problem of problems) {
      assert.ok(problem.offset + problem.length <= bytes.length, label);
    }
  }
});
