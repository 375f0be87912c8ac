import assert from "node:assert/strict";
import { test } from "node:test";
import { checkPosts } from "../../../src/lib/content-check/check-posts";
import type { Problem } from "../../../src/lib/content-check/types";

const BODY = [
  "We spent $18k/year and $5k/month on it.",
  "",
  "A formula that would not typeset: $\\frac{1}{$ here.",
  "",
  "It was $5 at [the shop](/no-such-shop/) and $10 online.",
];

/** The problems of one post with the given extra frontmatter lines, on a site with `siteMath`. */
function problemsOf(frontmatter: readonly string[], siteMath: boolean): Problem[] {
  const text = [
    "---",
    "title: Money",
    'date: "2024-05-01"',
    ...frontmatter,
    "---",
    "",
    ...BODY,
    "",
  ].join("\n");
  const source = {
    file: "content/blog/money/index.md",
    folder: "/site/content/blog/money",
    bytes: Buffer.from(text, "utf8"),
    text,
  };
  return checkPosts(
    [source],
    { absolutePath: "/site/content/blog" },
    {
      fileExists: () => false,
      sitePaths: new Set(["/", "/money/"]),
      siteMath,
    },
  );
}

const rules = (problems: readonly Problem[]): string[] =>
  problems.map((problem) => `${problem.line} ${problem.rule}`);

test("with math on, the dollars are formulas: a dollar-amount warning and a KaTeX error", () => {
  for (const [frontmatter, siteMath] of [
    [[], true],
    [["math: true"], false],
  ] as const) {
    const found = rules(problemsOf(frontmatter, siteMath));
    assert.ok(
      found.some((rule) => rule.endsWith("math/dollar-amount")),
      found.join(", "),
    );
    assert.ok(
      found.some((rule) => rule.endsWith("math/katex")),
      found.join(", "),
    );
    // Between two dollars the link was part of a formula, so it was never checked.
    assert.ok(!found.some((rule) => rule.endsWith("references/missing-page")), found.join(", "));
  }
});

test("with math off, by the post or by the site, nothing is math and the link is checked", () => {
  for (const [frontmatter, siteMath] of [
    [["math: false"], true],
    [[], false],
  ] as const) {
    const problems = problemsOf(frontmatter, siteMath);
    const lines = frontmatter.length;
    assert.deepEqual(rules(problems), [`${10 + lines} references/missing-page`]);
  }
});

test("`math` is a known field, and one that is not true or false is reported", () => {
  const found = problemsOf(['math: "off"'], true);
  const field = found.filter((problem) => problem.rule.startsWith("frontmatter/"));
  assert.equal(field.length, 1, rules(found).join(", "));
  assert.equal(field[0]?.line, 4);
  assert.match(field[0]?.message ?? "", /`math`/);
});
