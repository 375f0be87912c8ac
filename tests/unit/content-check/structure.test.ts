import assert from "node:assert/strict";
import { test } from "node:test";
import { parseMarkdown } from "../../../src/lib/content-check/markdown-tree";
import { checkStructure } from "../../../src/lib/content-check/structure";
import type { Problem } from "../../../src/lib/content-check/types";
import { postFromLines } from "./markdown-fixture.test";

/** Checks a post whose frontmatter takes lines 1 to 3; the first body line is line 4. */
function structureProblems(...bodyLines: string[]): Problem[] {
  const post = postFromLines("---", "title: Structure", "---", ...bodyLines);
  return checkStructure(post, parseMarkdown(post.body));
}

function where(problems: Problem[]): string[] {
  return problems.map(
    (problem) => `${problem.line}:${problem.column} ${problem.severity} ${problem.rule}`,
  );
}

test("a post with nothing but blank lines and comments is empty", () => {
  const problems = structureProblems("", "<!-- draft -->", "", "   ", "<!-- a", "b -->");
  assert.deepEqual(problems, [
    {
      file: "content/blog/test-post/index.md",
      line: null,
      column: null,
      severity: "error",
      rule: "structure/empty",
      message:
        "the post has no content after the frontmatter; write the post below the closing `---`",
    },
  ]);
  assert.equal(structureProblems().length, 1);
  assert.deepEqual(structureProblems("", "<!-- note -->", "", "Text."), []);
});

test("a heading that skips a level warns; the first heading may be ##", () => {
  const problems = structureProblems(
    "",
    "## One",
    "",
    "#### Too deep",
    "",
    "### Fine",
    "",
    "## Two",
  );
  assert.deepEqual(where(problems), ["7:1 warning structure/heading-skip"]);
  assert.equal(
    problems[0]?.message,
    "heading level jumps from h2 to h4; use `###` here so the outline goes down one level at a time",
  );
});

test("a first heading below ## skips from the title", () => {
  const problems = structureProblems("", "### Start");
  assert.deepEqual(where(problems), ["5:1 warning structure/heading-skip"]);
  assert.match(problems[0]?.message ?? "", /from the title \(h1\) to h3; use `##`/);
});

test("a post whose sections start at # is read one level down, with no warning", () => {
  const problems = structureProblems("", "# One", "", "## Detail", "", "# Two", "", "###### Deep");
  assert.deepEqual(where(problems), ["11:1 warning structure/heading-skip"]);
  assert.deepEqual(
    structureProblems("", "# One", "", "## Detail", "", "### Deeper", "", "# Two"),
    [],
  );
});

test("in a post with # sections, a skip is reported in the marks the author writes", () => {
  const problems = structureProblems("", "# One", "", "### Too deep");
  assert.deepEqual(where(problems), ["7:1 warning structure/heading-skip"]);
  assert.equal(
    problems[0]?.message,
    "heading level jumps from h2 to h4 (this post's `#` headings are shown as h2, under the title); use `##` here so the outline goes down one level at a time",
  );
  const first = structureProblems("", "## Before the first section", "", "# One");
  assert.match(first[0]?.message ?? "", /from the title \(h1\) to h3 .*; use `#` here/);
});

test("an image without alt text or caption warns", () => {
  const problems = structureProblems("", "Text.", "", "![](chart.png)", "", "More text.");
  assert.deepEqual(problems, [
    {
      file: "content/blog/test-post/index.md",
      line: 7,
      column: 1,
      severity: "warning",
      rule: "structure/alt-text",
      message:
        'image "chart.png" has no alt text; describe it: ![What the figure shows](chart.png)',
    },
  ]);
});

test("a <small> credit line, a title or alt text are enough", () => {
  const problems = structureProblems(
    "",
    "![](a.png)",
    "",
    "<small>Figure from [the paper](https://example.com)</small>",
    "",
    "![](b.png)",
    "<small>Same paragraph</small>",
    "",
    '![](c.png "A title")',
    "",
    "![Alt text](d.png)",
    "",
    "[![](e.png)](https://example.com)",
    "",
    "<small>",
    "Credit as an HTML block",
    "</small>",
  );
  assert.deepEqual(problems, []);
});

test("a reference image or a linked image without alt text warns too", () => {
  const problems = structureProblems(
    "",
    "![][fig]",
    "",
    "Text [![](e.png)](https://example.com)",
    "",
    "[fig]: fig.png",
  );
  assert.deepEqual(where(problems), [
    "5:1 warning structure/alt-text",
    "7:7 warning structure/alt-text",
  ]);
  assert.match(problems[0]?.message ?? "", /^image "fig\.png"/);
});
