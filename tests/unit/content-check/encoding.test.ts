import assert from "node:assert/strict";
import { test } from "node:test";
import { checkEncoding } from "../../../src/lib/content-check/encoding";
import type { PostSource, Problem } from "../../../src/lib/content-check/types";

const FILE = "content/blog/x/index.md";
const HEADER = '---\ntitle: A post\ndate: "2020-04-20"\n---\n';

/** A PostSource as the checker reads one: bytes from disk, decoded by TextDecoder. */
function source(bytes: Buffer): PostSource {
  return {
    file: FILE,
    folder: "/site/content/blog/x",
    bytes,
    text: new TextDecoder("utf-8").decode(bytes),
  };
}

function positions(problems: Problem[]): Array<[number | null, number | null, string, string]> {
  return problems.map((problem) => [problem.line, problem.column, problem.severity, problem.rule]);
}

test("clean UTF-8 with emoji and accents has no problems", () => {
  const text = `${HEADER}\nWow 😲 … and – “quoted” café 日本語\n`;
  assert.deepEqual(checkEncoding(source(Buffer.from(text, "utf8"))), []);
});

test("Latin-1 bytes of “été” on line 4 are reported at their columns", () => {
  const bytes = Buffer.concat([
    Buffer.from("---\ntitle: A post\n---\nIn "),
    Buffer.from([0xe9, 0x74, 0xe9]), // "été" saved as Latin-1
    Buffer.from(" we rest.\n"),
  ]);
  const problems = checkEncoding(source(bytes));
  assert.deepEqual(positions(problems), [
    [4, 4, "error", "encoding/invalid-utf8"],
    [4, 6, "error", "encoding/invalid-utf8"],
  ]);
  for (const problem of problems) {
    assert.equal(problem.file, FILE);
    assert.match(problem.message, /^byte 0xE9 is not valid UTF-8 \(the file may be saved as/);
    assert.match(problem.message, /Windows-1252 or Latin-1, where it reads "é"\)/);
    // Nothing else in the file is UTF-8, so converting the whole file is safe.
    assert.match(problem.message, /the whole file reads cleanly as Windows-1252/);
    assert.match(problem.message, /save it as UTF-8$/);
  }
});

test("columns count characters, so an emoji before the bad byte counts once", () => {
  const bytes = Buffer.concat([
    Buffer.from(`${HEADER}😲 `),
    Buffer.from([0xe9]),
    Buffer.from("\n"),
  ]);
  const [problem, ...rest] = checkEncoding(source(bytes));
  assert.deepEqual(rest, []);
  assert.ok(problem);
  assert.deepEqual([problem.line, problem.column], [5, 3]);
  // The emoji is UTF-8, so converting the whole file would garble it.
  assert.match(problem.message, /the rest of the file is UTF-8, so retype "é" here/);
  assert.doesNotMatch(problem.message, /whole file/);
});

test("a truncated multi-byte sequence is one problem naming all its bytes", () => {
  const bytes = Buffer.concat([Buffer.from("ab"), Buffer.from([0xe2, 0x80]), Buffer.from("c\n")]);
  const problems = checkEncoding(source(bytes));
  assert.deepEqual(positions(problems), [[1, 3, "error", "encoding/invalid-utf8"]]);
  assert.match(problems[0]?.message ?? "", /^bytes 0xE2 0x80 are not valid UTF-8 .*they read "â€"/);
});

test("a file full of bad bytes lists the first 20 and counts the rest", () => {
  const line = Buffer.concat([Buffer.from("caf"), Buffer.from([0xe9]), Buffer.from("\n")]);
  const bytes = Buffer.concat(Array.from({ length: 25 }, () => line));
  const problems = checkEncoding(source(bytes));
  assert.equal(problems.length, 21);
  assert.deepEqual(positions(problems.slice(0, 2)), [
    [1, 4, "error", "encoding/invalid-utf8"],
    [2, 4, "error", "encoding/invalid-utf8"],
  ]);
  const last = problems[20];
  assert.deepEqual([last?.line, last?.column, last?.severity], [null, null, "error"]);
  assert.match(last?.message ?? "", /^5 more places hold bytes that are not valid UTF-8/);
});

test("the seed's mojibake is reported with its repair and the command that fixes it", () => {
  const text = [
    ...HEADER.trimEnd().split("\n"),
    "",
    "Just by the surrogate task, BERT acquires great representations ðŸ˜²",
    "and so on â€¦ (SimCLR â€“ a simple framework)",
  ].join("\n");
  const problems = checkEncoding(source(Buffer.from(text, "utf8")));
  assert.deepEqual(positions(problems), [
    [6, 65, "error", "encoding/mojibake"],
    [7, 11, "error", "encoding/mojibake"],
    [7, 23, "error", "encoding/mojibake"],
  ]);
  assert.equal(
    problems[0]?.message,
    'text "ðŸ˜²" looks like "😲" garbled by a wrong encoding (UTF-8 read as Windows-1252); run `npm run content:fix-encoding -- content/blog/x/index.md` to repair it',
  );
  assert.match(problems[1]?.message ?? "", /^text "â€¦" looks like "…" garbled/);
  assert.match(problems[2]?.message ?? "", /^text "â€“" looks like "–" garbled/);
});

test("mojibake from Latin-1 shows its invisible control characters", () => {
  // "…" is E2 80 A6; read as Latin-1 the 0x80 becomes the control character U+0080.
  const text = `${HEADER}Wait\u00e2\u0080\u00a6\n`;
  const problems = checkEncoding(source(Buffer.from(text, "utf8")));
  assert.deepEqual(positions(problems), [[5, 5, "error", "encoding/mojibake"]]);
  assert.match(problems[0]?.message ?? "", /^text "â\\u0080¦" looks like "…" .*read as Latin-1/);
});

test("a UTF-8 BOM is a warning, and does not shift the columns of line 1", () => {
  const bytes = Buffer.from(`\uFEFF---\ntitle: Wow ðŸ˜²\n---\n`, "utf8");
  const problems = checkEncoding(source(bytes));
  assert.deepEqual(positions(problems), [
    [1, 1, "warning", "encoding/bom"],
    [2, 12, "error", "encoding/mojibake"],
  ]);
  assert.match(
    problems[0]?.message ?? "",
    /byte order mark \(BOM\).*save it as UTF-8 without BOM$/,
  );

  // A text that keeps the BOM as a character still reports line-1 columns as editors show them.
  const keptBom: PostSource = {
    ...source(Buffer.from("\uFEFFâ€¦\n", "utf8")),
    text: "\uFEFFâ€¦\n",
  };
  assert.deepEqual(positions(checkEncoding(keptBom)), [
    [1, 1, "warning", "encoding/bom"],
    [1, 1, "error", "encoding/mojibake"],
  ]);
});

test("a BOM is not counted as a character, nor as UTF-8 text elsewhere in the file", () => {
  const bytes = Buffer.concat([
    Buffer.from([0xef, 0xbb, 0xbf]),
    Buffer.from("Caf"),
    Buffer.from([0xe9]),
    Buffer.from("\n"),
  ]);
  const problems = checkEncoding(source(bytes));
  assert.deepEqual(positions(problems), [
    [1, 1, "warning", "encoding/bom"],
    [1, 4, "error", "encoding/invalid-utf8"],
  ]);
  assert.match(problems[1]?.message ?? "", /the whole file reads cleanly as Windows-1252/);
});

test("a UTF-16 file is one error, not one per byte", () => {
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("---\n", "utf16le")]);
  const problems = checkEncoding(source(bytes));
  assert.deepEqual(positions(problems), [[1, 1, "error", "encoding/invalid-utf8"]]);
  assert.match(problems[0]?.message ?? "", /saved as UTF-16.*save it as UTF-8$/);
});

test("French typography is not mojibake: no-break spaces before » and after «", () => {
  const text = [
    "---",
    "title: Un billet",
    'date: "2024-05-01"',
    "lang: fr",
    "---",
    "",
    "Il l’a appelé\u00a0» puis il a écrit «\u00a0c’est fermé\u00a0».",
    "Ce qu’on a appelé\u00a0» la méthode\u202f» n’a pas marché, dit-il, «\u00a0réglé\u00a0»\u202f!",
    "",
  ].join("\n");
  assert.deepEqual(checkEncoding(source(Buffer.from(text, "utf8"))), []);
});
