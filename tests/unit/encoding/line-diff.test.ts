import assert from "node:assert/strict";
import { test } from "node:test";
import { lineDiff } from "../../../src/lib/encoding/line-diff";

test("returns nothing for equal texts", () => {
  assert.equal(lineDiff("a\nb\n", "a\nb\n", "x.md"), "");
  assert.equal(lineDiff("", "", "x.md"), "");
});

test("shows changed lines with numbers and one line of context", () => {
  const before = ["one", "two", "thrée", "four", "five", "six", "seven", "eïght", "nine", ""].join(
    "\n",
  );
  const after = before.replace("thrée", "three").replace("eïght", "eight");
  assert.equal(
    lineDiff(before, after, "content/blog/x/index.md"),
    [
      "--- content/blog/x/index.md (before)",
      "+++ content/blog/x/index.md (after)",
      "@@ -2,3 +2,3 @@",
      "  2 | two",
      "- 3 | thrée",
      "+ 3 | three",
      "  4 | four",
      "@@ -7,3 +7,3 @@",
      "  7 | seven",
      "- 8 | eïght",
      "+ 8 | eight",
      "  9 | nine",
      "",
    ].join("\n"),
  );
});

test("merges changes whose context touches into one hunk", () => {
  const diff = lineDiff("a\nb\nc\nd\n", "A\nb\nC\nd\n", "f");
  assert.equal((diff.match(/^@@/gm) ?? []).length, 1);
  assert.match(diff, /^@@ -1,4 \+1,4 @@$/m);
});

test("handles inserted and deleted lines and a missing final newline", () => {
  assert.equal(
    lineDiff("a\nb\nc", "a\nx\nb\nc\n", "f"),
    [
      "--- f (before)",
      "+++ f (after)",
      "@@ -1,3 +1,4 @@",
      "  1 | a",
      "+ 2 | x",
      "  2 | b",
      "- 3 | c",
      "\\ No newline at end of file",
      "+ 4 | c",
      "",
    ].join("\n"),
  );
  assert.match(lineDiff("a\nb\n", "a\n", "f"), /^- 2 \| b$/m);
  assert.match(lineDiff("", "new\n", "f"), /^@@ -0,0 \+1,1 @@\n\+ 1 \| new$/m);
});

test("hides carriage returns of CRLF files", () => {
  assert.match(lineDiff("a\r\nâ€¦\r\n", "a\r\n…\r\n", "f"), /^\+ 2 \| …$/m);
});

/** Rebuilds the new text's lines from the old ones and the diff's numbered `-` and `+` lines. */
function applyDiff(before: string[], diff: string, newLength: number): string[] {
  const removed = new Set<number>();
  const added = new Map<number, string>();
  for (const match of diff.matchAll(/^([-+]) +(\d+) \| (.*)$/gm)) {
    const [, sign, number, text] = match;
    if (sign === "-") removed.add(Number(number));
    else added.set(Number(number), text ?? "");
  }
  const kept = before.filter((_, index) => !removed.has(index + 1));
  return Array.from(
    { length: newLength },
    (_, index) => added.get(index + 1) ?? kept.shift() ?? "",
  );
}

/** The minimal number of removed plus added lines, by the textbook LCS table. */
function editDistance(a: string[], b: string[]): number {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      const row = table[i] ?? [];
      row[j] =
        a[i] === b[j]
          ? (table[i + 1]?.[j + 1] ?? 0) + 1
          : Math.max(table[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  return a.length + b.length - 2 * (table[0]?.[0] ?? 0);
}

test("is a correct and minimal diff on random texts", () => {
  let seed = 7;
  const random = (limit: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % limit;
  };
  for (let round = 0; round < 300; round += 1) {
    const before = Array.from({ length: random(12) }, () => "abcd".charAt(random(4)));
    const after = Array.from({ length: random(12) }, () => "abcd".charAt(random(4)));
    const asText = (lines: string[]): string => lines.map((line) => `${line}\n`).join("");
    const diff = lineDiff(asText(before), asText(after), "f");
    const context = `${before.join(",")} -> ${after.join(",")}\n${diff}`;
    assert.deepEqual(applyDiff(before, diff, after.length), after, context);
    const changes = (diff.match(/^[-+] /gm) ?? []).length;
    assert.equal(changes, editDistance(before, after), context);
  }
});

test("stays fast on a long file with many changed lines", () => {
  const before = Array.from({ length: 20000 }, (_, index) => `line ${index} â€“`).join("\n");
  const after = before.replaceAll("â€“", "–");
  const started = performance.now();
  const diff = lineDiff(before, after, "f");
  assert.ok(performance.now() - started < 3000, "took more than 3 s");
  assert.equal((diff.match(/^\+ /gm) ?? []).length, 20000);
});
