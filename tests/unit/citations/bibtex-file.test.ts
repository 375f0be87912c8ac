import assert from "node:assert/strict";
import { test } from "node:test";
import { readBibtex } from "../../../src/lib/citations/bibtex-file";

const BIB = [
  "% a comment line",
  '@string{cj = "The Computer Journal"}',
  "@article{knuth1984,",
  "  author = {Knuth, Donald E.}, title = {Literate Programming}, journal = cj, year = 1984",
  "}",
  "",
  "@misc{broken,",
  "  title = {never closed",
  "",
  "@book{yamada2020, author = {山田, 太郎}, title = {本}, year = {2020}}",
  "@book{yamada2020, title = {again}}",
].join("\n");

test("entries with the line each starts on, @string macros applied", () => {
  const { entries } = readBibtex(BIB);
  assert.deepEqual(
    entries.map((entry) => [entry.key, entry.line]),
    [
      ["knuth1984", 3],
      ["yamada2020", 10],
    ],
  );
  assert.equal(entries[0]?.item["container-title"], "The Computer Journal");
  assert.deepEqual(entries[1]?.item.author, [{ family: "山田", given: "太郎" }]);
});

test("an unreadable entry is reported at its own line, and the others stay usable", () => {
  const { problems } = readBibtex(BIB);
  assert.equal(problems.length, 2);
  assert.equal(problems[0]?.line, 7);
  assert.match(problems[0]?.message ?? "", /`broken` cannot be read/);
  assert.equal(problems[1]?.line, 11);
  assert.match(problems[1]?.message ?? "", /`yamada2020` is used again \(first on line 10\)/);
});
