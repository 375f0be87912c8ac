import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import {
  WARNING_ANNOTATIONS,
  escapeData,
  escapeProperty,
  repositoryPrefix,
  workflowCommands,
} from "../../../src/lib/content-check/annotations";
import type { Problem } from "../../../src/lib/content-check/types";

const workspace = path.join(path.sep, "runner", "work", "blog");
const ACTIONS = { GITHUB_ACTIONS: "true", GITHUB_WORKSPACE: workspace };

function warning(file: string, line: number, rule: string, message = `${rule} here`): Problem {
  return { file, line, column: 2, severity: "warning", rule, message };
}

function error(file: string, line: number | null, column: number | null = null): Problem {
  return { file, line, column, severity: "error", rule: "math/katex", message: "KaTeX failed" };
}

test("data escapes %, CR and LF; properties also : and ,", () => {
  assert.equal(escapeData("100% sure\r\nnext: a, b"), "100%25 sure%0D%0Anext: a, b");
  assert.equal(escapeProperty("a%b\nc:d,e"), "a%25b%0Ac%3Ad%2Ce");
  // % goes first, so an escape is never escaped twice.
  assert.equal(escapeProperty("%3A:"), "%253A%3A");
});

test("no annotations outside GitHub Actions", () => {
  const problems = [
    error("content/blog/a/index.md", 3, 1),
    warning("content/blog/a/index.md", 4, "x/y"),
  ];
  assert.deepEqual(workflowCommands(problems, {}, workspace), []);
  assert.deepEqual(workflowCommands(problems, { GITHUB_ACTIONS: "false" }, workspace), []);
  assert.equal(repositoryPrefix({ CI: "true" }, workspace), null);
});

test("an error becomes ::error with the file relative to the repository, line, column and rule", () => {
  const problems = [error("content/blog/a, b/index.md", 8, 21)];
  assert.deepEqual(workflowCommands(problems, ACTIONS, workspace), [
    "::error file=content/blog/a%2C b/index.md,line=8,col=21,title=math/katex::KaTeX failed",
  ]);
  // A project in a folder of the repository.
  const site = path.join(workspace, "site");
  assert.deepEqual(workflowCommands([error("content/x.md", 2)], ACTIONS, site), [
    "::error file=site/content/x.md,line=2,title=math/katex::KaTeX failed",
  ]);
  // A problem about the whole file has no line.
  assert.deepEqual(
    workflowCommands([error("content/x.md", null)], { GITHUB_ACTIONS: "true" }, site),
    ["::error file=content/x.md,title=math/katex::KaTeX failed"],
  );
});

test("a message on several lines stays one command", () => {
  const problem = { ...error("content/a.md", 1, 1), message: "first\nsecond: 50%" };
  const [line] = workflowCommands([problem], ACTIONS, workspace);
  assert.equal(
    line,
    "::error file=content/a.md,line=1,col=1,title=math/katex::first%0Asecond: 50%25",
  );
});

test("every error is annotated, however many", () => {
  const problems = Array.from({ length: 25 }, (_, index) => error(`content/e${index}.md`, 1, 1));
  const commands = workflowCommands(problems, ACTIONS, workspace);
  assert.equal(commands.filter((line) => line.startsWith("::error ")).length, 25);
  assert.equal(commands.length, 25);
});

test("warnings: one per rule first, then more of each rule in turn, up to GitHub's limit, and a notice", () => {
  const problems = [
    ...Array.from({ length: 200 }, (_, index) =>
      warning(
        `content/blog/p${String(index).padStart(3, "0")}/index.md`,
        4,
        "frontmatter/unknown",
        "unknown field `layout`",
      ),
    ),
    ...Array.from({ length: 50 }, (_, index) =>
      warning(`content/blog/p${String(index).padStart(3, "0")}/index.md`, 9, "structure/alt-text"),
    ),
    warning("content/blog/cheap/index.md", 6, "math/dollar-amount"),
    error("content/blog/broken/index.md", 3, 1),
  ];
  const commands = workflowCommands(problems, ACTIONS, workspace);
  const warnings = commands.filter((line) => line.startsWith("::warning "));
  assert.equal(warnings.length, WARNING_ANNOTATIONS);
  assert.deepEqual(
    warnings.slice(0, 3).map((line) => /title=([^:]+)::/.exec(line)?.[1]),
    ["frontmatter/unknown", "structure/alt-text", "math/dollar-amount"],
  );
  assert.match(
    warnings[0] ?? "",
    /p000\/index\.md,line=4.*::unknown field `layout` \(1 of 200 warnings of this rule\)$/,
  );
  assert.match(warnings[2] ?? "", /::math\/dollar-amount here$/);
  // The rest alternate between the rules that still have warnings.
  assert.match(
    warnings[3] ?? "",
    /p001\/index\.md,line=4,col=2,title=frontmatter\/unknown::unknown field `layout`$/,
  );
  assert.match(warnings[4] ?? "", /p001\/index\.md,line=9,col=2,title=structure\/alt-text::/);
  assert.equal(commands.filter((line) => line.startsWith("::error ")).length, 1);
  assert.match(commands.at(-1) ?? "", /^::notice::10 of 251 warnings are annotated/);
});

test("more rules than the limit still get one annotation each; few warnings need no notice", () => {
  const many = Array.from({ length: 12 }, (_, index) =>
    warning("content/a.md", index + 1, `r/${index}`),
  );
  const commands = workflowCommands(
    [...many, warning("content/b.md", 1, "r/0")],
    ACTIONS,
    workspace,
  );
  assert.equal(commands.filter((line) => line.startsWith("::warning ")).length, 12);
  assert.match(commands.at(-1) ?? "", /^::notice::12 of 13 warnings/);

  const few = workflowCommands(many.slice(0, 4), ACTIONS, workspace);
  assert.equal(few.length, 4);
  assert.ok(few.every((line) => line.startsWith("::warning ")));
});

test("notes are not annotated: they stop nothing, and the log sums them up", () => {
  const note: Problem = {
    file: "content/blog/a/index.md",
    line: 4,
    column: 1,
    severity: "note",
    rule: "frontmatter/alias",
    message: "`spoiler` is read as `description`",
  };
  assert.deepEqual(workflowCommands([note, { ...note, line: 5 }], ACTIONS, workspace), []);
  const withWarning = workflowCommands(
    [note, warning("content/a.md", 1, "x/y")],
    ACTIONS,
    workspace,
  );
  assert.deepEqual(withWarning, ["::warning file=content/a.md,line=1,col=2,title=x/y::x/y here"]);
});
