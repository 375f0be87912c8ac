import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { parseMarkdown } from "../../../src/lib/content-check/markdown-tree";
import { checkMath } from "../../../src/lib/content-check/math";
import { checkReferences } from "../../../src/lib/content-check/references";
import { checkStructure } from "../../../src/lib/content-check/structure";
import type { CheckContext } from "../../../src/lib/content-check/types";
import { postFromText } from "./markdown-fixture.test";

const SEED_FILE = "content/blog/representation_learning/index.md";

test("the seed post passes every Markdown check with no error and no warning", () => {
  const absolute = path.resolve(process.cwd(), SEED_FILE);
  const post = postFromText(readFileSync(absolute, "utf8"), SEED_FILE, path.dirname(absolute));
  const context: CheckContext = {
    fileExists: existsSync,
    sitePaths: new Set(["/", "/representation_learning/"]),
    siteMath: true,
  };
  const tree = parseMarkdown(post.body);
  // The seed post has formulas, figures with credit lines and links, so the checks did run.
  assert.ok(post.body.includes("$2B$") && post.body.includes("<small>"));
  const problems = [
    ...checkMath(post, tree),
    ...checkReferences(post, tree, context),
    ...checkStructure(post, tree),
  ];
  assert.deepEqual(problems, []);
});

test("the same post with a renamed figure is caught, so the check above can fail", () => {
  const absolute = path.resolve(process.cwd(), SEED_FILE);
  const text = readFileSync(absolute, "utf8").replace("(simclr.gif)", "(SimCLR.gif)");
  const post = postFromText(text, SEED_FILE, path.dirname(absolute));
  const context: CheckContext = {
    fileExists: existsSync,
    sitePaths: new Set(["/"]),
    siteMath: true,
  };
  const problems = checkReferences(post, parseMarkdown(post.body), context);
  assert.deepEqual(
    problems.map((problem) => problem.rule),
    ["references/missing-file"],
  );
});
