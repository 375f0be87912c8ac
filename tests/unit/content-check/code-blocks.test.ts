import assert from "node:assert/strict";
import { test } from "node:test";
import { checkCodeBlocks } from "../../../src/lib/content-check/code-blocks";
import { parseMarkdown } from "../../../src/lib/content-check/markdown-tree";
import type { Problem } from "../../../src/lib/content-check/types";
import { postFromLines } from "./markdown-fixture.test";

/** Checks a post whose frontmatter takes lines 1 to 3, so the body starts on line 4. */
function codeProblems(...bodyLines: string[]): Problem[] {
  const post = postFromLines("---", "title: Code", "---", ...bodyLines);
  return checkCodeBlocks(post, parseMarkdown(post.body));
}

function where(problems: Problem[]): string[] {
  return problems.map((problem) => `${problem.line}:${problem.column} ${problem.rule}`);
}

test("known languages, aliases, plain text and indented code are fine", () => {
  const problems = codeProblems(
    "",
    "```ts",
    "a",
    "```",
    "",
    "```Python {1}",
    "b",
    "```",
    "",
    "```text",
    "c",
    "```",
    "",
    "```",
    "d",
    "```",
    "",
    "    indented",
  );
  assert.deepEqual(problems, []);
});

test("an unknown language is a warning at the info string, with the closest known name", () => {
  const problems = codeProblems("", "Intro.", "", "```pyhton", "print(1)", "```");
  assert.deepEqual(problems, [
    {
      file: "content/blog/test-post/index.md",
      line: 7,
      column: 4,
      severity: "warning",
      rule: "code/language",
      message:
        "code block language `pyhton` is not one the highlighter knows, so it is shown as plain text; did you mean `python`?",
    },
  ]);
});

test("a name close to nothing gets the general advice", () => {
  const [problem] = codeProblems("", "~~~ qqqqzz", "x", "~~~");
  assert.equal(problem?.column, 5);
  assert.match(problem?.message ?? "", /`qqqqzz`.*such as `ts`, `py`, `sh`\) or `text`$/);
});

test("unreadable options and lines beyond the block are warnings too", () => {
  const problems = codeProblems("", "```ts {2,9-10,x} colour=red", "one", "two", "```");
  assert.deepEqual(where(problems), ["5:4 code/info", "5:4 code/info", "5:4 code/highlight"]);
  assert.match(problems[0]?.message ?? "", /`x` is not a line/);
  assert.match(problems[1]?.message ?? "", /`colour=red` is not understood/);
  assert.equal(
    problems[2]?.message,
    "code block highlights lines 9, 10, but it has 2 lines; count lines from 1",
  );
});
