import assert from "node:assert/strict";
import { test } from "node:test";
import { checkCrossReferences } from "../../../src/lib/content-check/cross-references";
import { parseMarkdown } from "../../../src/lib/content-check/markdown-tree";
import type { Problem } from "../../../src/lib/content-check/types";
import { postFromLines } from "./markdown-fixture.test";

/** Checks a post whose frontmatter takes lines 1 to 3, so the body starts on line 4. */
function problems(...bodyLines: string[]): Problem[] {
  const post = postFromLines("---", "title: Paper", "---", ...bodyLines);
  return checkCrossReferences(post, parseMarkdown(post.body));
}

function where(found: Problem[]): string[] {
  return found.map((problem) => `${problem.line}:${problem.column} ${problem.rule}`);
}

test("labels used once and references to them, before and after, are fine", () => {
  const found = problems(
    "See @eq-a, @fig-b, @tbl-c and @sec-d; @smith2020 is a citation.",
    "",
    "$$",
    "x",
    "$$ {#eq-a}",
    "",
    "![B](b.png){#fig-b}",
    "",
    "| a |",
    "| - |",
    "| 1 |",
    "",
    ": Caption {#tbl-c}",
    "",
    "## D {#sec-d}",
    "",
    "## Other {#other-id}",
    "",
    "Again @eq-a.",
  );
  assert.deepEqual(where(found), []);
});

test("each broken reference is an error at its line and column", () => {
  const found = problems(
    "Text @fig-x and @eq-aa.",
    "",
    "$$",
    "x",
    "$$ {#eq-a}",
    "",
    "$$ y $$ {#eq-a}",
    "",
    "| a |",
    "| - |",
    "| 1 |",
    "",
    ": Caption {#fig-t}",
  );
  assert.deepEqual(where(found), [
    "10:9 references/duplicate-label",
    "16:11 references/label-kind",
    "4:6 references/unknown-label",
    "4:17 references/unknown-label",
  ]);
  assert.match(found[0]?.message ?? "", /already used on line 8/);
  assert.match(found[3]?.message ?? "", /did you mean `@eq-a`\?/);
});
