import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { checkPage } from "../../../src/lib/content-check/check-pages";
import { checkPosts } from "../../../src/lib/content-check/check-posts";
import { checkFrontmatter } from "../../../src/lib/content-check/frontmatter-schema";
import { parsePost } from "../../../src/lib/content-check/parse-post";
import type { PostSource, Problem } from "../../../src/lib/content-check/types";

const FILE = "content/blog/x/index.md";
const FOLDER = path.resolve("site", "content", "blog", "x");

function source(lines: string[], file = FILE): PostSource {
  const text = ["---", ...lines, "---", "", "Body."].join("\n");
  return { file, folder: FOLDER, bytes: Buffer.from(text, "utf8"), text };
}

function problemsOf(...lines: string[]): Problem[] {
  const { post, problems } = parsePost(source(lines));
  assert.ok(post, JSON.stringify(problems));
  return [...problems, ...checkFrontmatter(post)];
}

/** `line severity rule` of each problem. */
function summary(problems: Problem[]): string[] {
  return problems.map((problem) => `${problem.line} ${problem.severity} ${problem.rule}`);
}

test("an alias is read with one note, at its line, worded the same in every post", () => {
  const problems = problemsOf("title: A post", "date: 2021-05-01", "spoiler: A teaser");
  assert.deepEqual(summary(problems), ["4 note frontmatter/alias"]);
  assert.equal(
    problems[0]?.message,
    "`spoiler` is read as `description`; rename it to `description` to silence this note",
  );
});

test("`published: false` is read as a draft, `published` with a date as the date", () => {
  const draft = problemsOf("title: A post", "date: 2021-05-01", "published: false");
  assert.deepEqual(summary(draft), ["4 note frontmatter/alias"]);
  assert.equal(
    draft[0]?.message,
    "`published` is read as `draft`, the other way round: `published: false` is `draft: true`; write `draft` instead to silence this note",
  );
  const dated = problemsOf("title: A post", "published: 2021-05-01");
  assert.deepEqual(summary(dated), ["3 note frontmatter/alias"]);
  assert.match(dated[0]?.message ?? "", /^`published` is read as `date`; rename it to `date`/);
});

test("an alias is checked exactly as its field, and the problem names the alias", () => {
  const list = problemsOf("title: A post", "date: 2021-05-01", "spoiler: [a, b]");
  assert.deepEqual(summary(list), ["4 error frontmatter/description", "4 note frontmatter/alias"]);
  assert.match(list[0]?.message ?? "", /^frontmatter `spoiler` is a list, not text/);

  const date = problemsOf("title: A post", "published: yesterday");
  assert.deepEqual(summary(date), ["3 error frontmatter/date", "3 note frontmatter/alias"]);
  assert.match(date[0]?.message ?? "", /^frontmatter `published`: "yesterday" is not a date/);

  const repeated = problemsOf("title: A post", "date: 2021-05-01", "categories: [a, a]");
  assert.equal(repeated[0]?.rule, "frontmatter/tags");
  assert.match(repeated[0]?.message ?? "", /^frontmatter `categories` lists "a" more than once/);

  const language = problemsOf("title: A post", "date: 2021-05-01", "language: English");
  assert.match(language[0]?.message ?? "", /`language`: "English" .* write it as language: en$/);

  const early = problemsOf("title: A post", "published: 2021-05-01", "updated_at: 2021-04-01");
  assert.equal(early[0]?.rule, "frontmatter/updated");
  assert.equal(early[0]?.line, 4);
  assert.match(early[0]?.message ?? "", /^frontmatter `updated_at` .* earlier than `published`/);
});

test("the fields of a `cover` group are checked and noted by their own names", () => {
  const problems = problemsOf(
    "title: A post",
    "date: 2021-05-01",
    "cover:",
    "  image: ./cover.png",
    '  alt: ""',
  );
  assert.deepEqual(summary(problems), [
    "4 warning frontmatter/featuredImageAlt",
    "4 note frontmatter/alias",
    "4 note frontmatter/alias",
  ]);
  assert.match(problems[0]?.message ?? "", /^frontmatter `cover.alt` is empty/);
  assert.equal(
    problems[1]?.message,
    "`cover.image` is read as `featuredImage`; write it as `featuredImage` instead to silence this note",
  );
});

test("a comma-separated list in an alias gets both notes, and no error", () => {
  const problems = problemsOf("title: A post", "date: 2021-05-01", 'categories: "linux, c"');
  assert.deepEqual(summary(problems), [
    "4 note frontmatter/alias",
    "4 note frontmatter/list-as-text",
  ]);
});

test("a date written the Jekyll way, unquoted with a time and an offset, passes", () => {
  assert.deepEqual(
    problemsOf("title: A post", "date: 2020-04-20 10:30:00 +0900", "updated: 2020-04-21 08:00:00"),
    [],
  );
});

test("a field and its alias: the field wins and the alias is a warning", () => {
  const problems = problemsOf(
    "title: A post",
    "date: 2021-05-01",
    "description: Own",
    "spoiler: Old",
    "excerpt: Older",
  );
  assert.deepEqual(summary(problems), [
    "5 warning frontmatter/alias-conflict",
    "6 warning frontmatter/alias-conflict",
  ]);
  assert.equal(
    problems[0]?.message,
    "`spoiler` is ignored: `description` is set too, and the field's own name wins; remove one of them",
  );
  const two = problemsOf("title: A post", "date: 2021-05-01", "summary: Later", "excerpt: First");
  assert.deepEqual(summary(two), [
    "5 note frontmatter/alias",
    "4 warning frontmatter/alias-conflict",
  ]);
  assert.equal(
    two[1]?.message,
    "`summary` is ignored: `description` is read from `excerpt`; remove one of them",
  );
});

test("a missing cover image is reported under the name the post gives it", () => {
  const context = { fileExists: () => false, sitePaths: new Set<string>(), siteMath: true };
  const content = { absolutePath: path.dirname(FOLDER) };
  const text = ["title: A post", "date: 2021-05-01", "cover:", "  image: ./gone.png"];
  const problems = checkPosts([source(text)], content, context).filter(
    (problem) => problem.severity === "error",
  );
  assert.deepEqual(summary(problems), ["4 error frontmatter/featuredImage"]);
  assert.match(problems[0]?.message ?? "", /^frontmatter `cover.image`: no file "\.\/gone\.png"/);
});

test("a plain file name in `cover` is found in the post's folder", () => {
  const image = path.join(FOLDER, "cover.png");
  const context = {
    fileExists: (file: string) => file === image,
    sitePaths: new Set<string>(),
    siteMath: true,
  };
  const content = { absolutePath: path.dirname(FOLDER) };
  const problems = checkPosts(
    [source(["title: A post", "date: 2021-05-01", "cover: cover.png"])],
    content,
    context,
  );
  assert.deepEqual(summary(problems), ["4 note frontmatter/alias"]);
});

test("post fields on a page are reported by the names the page gives them", () => {
  const context = { fileExists: () => false, sitePaths: new Set<string>(), siteMath: true };
  const page = source(["title: About", "categories: [me]"], "content/pages/about.md");
  const problems = checkPage(page, context).filter((problem) => problem.severity === "warning");
  assert.deepEqual(summary(problems), ["3 warning frontmatter/page-field"]);
  assert.match(problems[0]?.message ?? "", /^frontmatter `categories` is not used on a page/);
});
