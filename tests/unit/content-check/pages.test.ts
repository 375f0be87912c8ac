import assert from "node:assert/strict";
import { test } from "node:test";
import { checkPage, pageSlug } from "../../../src/lib/content-check/check-pages";
import type { PostSource } from "../../../src/lib/content-check/types";

function source(text: string, file = "content/pages/about.md"): PostSource {
  return { file, folder: "/site/content/pages", bytes: Buffer.from(text), text };
}

const context = {
  fileExists: () => false,
  sitePaths: new Set(["/", "/about/", "/a-post/"]),
  siteMath: true,
};

/** `line:severity:rule` of each problem, in line order. */
function rules(text: string): string[] {
  return checkPage(source(text), context)
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
    .map((problem) => `${problem.line}:${problem.severity}:${problem.rule}`);
}

test("a page needs a title but no date", () => {
  assert.deepEqual(rules("---\ntitle: About\n---\n\nText with a [link](/a-post/).\n"), []);
  assert.deepEqual(rules("---\ndescription: No title\n---\n\nText.\n"), [
    "1:error:frontmatter/title",
  ]);
});

test("a relative link from a page to a post is checked against the posts", () => {
  // From /about/, ../a-post/ is /a-post/ (and stays right under a path prefix).
  assert.deepEqual(rules("---\ntitle: About\n---\n\nSee [a post](../a-post/).\n"), []);
  assert.deepEqual(rules("---\ntitle: About\n---\n\nSee [a post](../no-post/).\n"), [
    "5:error:references/missing-page",
  ]);
});

test("post-only fields are reported as unused on a page", () => {
  assert.deepEqual(rules('---\ntitle: About\ntags: ["en"]\ndate: "2020-01-01"\n---\n\nText.\n'), [
    "3:warning:frontmatter/page-field",
    "4:warning:frontmatter/page-field",
  ]);
});

test("the body gets the posts' checks: math, links, images and headings", () => {
  const problems = rules(
    [
      "---",
      "title: About",
      "---",
      "",
      "### Too deep",
      "",
      "Broken $\\frac{1}{$ formula, a [missing page](/nowhere/) and ![gone](gone.png).",
    ].join("\n"),
  );
  assert.deepEqual(problems, [
    "5:warning:structure/heading-skip",
    "7:error:math/katex",
    "7:error:references/missing-page",
    "7:error:references/missing-file",
  ]);
});

test("a page's URL comes from its file name", () => {
  assert.equal(pageSlug(source("", "content/pages/about.md"), "/site/content/pages"), "/about/");
});
