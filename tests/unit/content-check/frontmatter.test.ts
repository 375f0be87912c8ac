import assert from "node:assert/strict";
import { test } from "node:test";
import { checkFrontmatter } from "../../../src/lib/content-check/frontmatter-schema";
import { parsePost } from "../../../src/lib/content-check/parse-post";
import type { PostSource, Problem } from "../../../src/lib/content-check/types";

const FILE = "content/blog/x/index.md";

const SEED_FRONTMATTER = `---
title: Recent Advances in Representation Learning
date: "2020-04-20T22:01:03.284Z"
description: '"Representation" is a way AIs understand the world. This post is a short introduction to the representation learning in the "deep learning era."'
featuredImage: representation_learning/ogp.png
tags: ["en", "deep-learning"]
attribution:
  author: Shion Honda
  title: Recent Advances in Representation Learning
  site: Hippocampus's Garden
  url: https://hippocampus-garden.com/representation_learning/
  license: CC BY 4.0
  licenseUrl: https://creativecommons.org/licenses/by/4.0/
  changes: The text encoding was repaired (characters such as 😲, … and – had been garbled), every figure was redrawn as an original illustration from the numbers and ideas the captions cite, and the images were given alt text.
---
`;
const SEED_BODY = "\nRecently, we've seen great progress in representation learning.\n";

function source(text: string): PostSource {
  return { file: FILE, folder: "/site/content/blog/x", bytes: Buffer.from(text, "utf8"), text };
}

/** Every frontmatter problem of a post, as the content checker would collect them. */
function problemsOf(text: string): Problem[] {
  const { post, problems } = parsePost(source(text));
  return post === null ? problems : [...problems, ...checkFrontmatter(post)];
}

/** A post with valid title and date, plus `extra` lines starting on line 4. */
function withFields(...extra: string[]): string {
  return ["---", "title: A post", 'date: "2021-05-01"', ...extra, "---", "", "Body."].join("\n");
}

function only(problems: Problem[]): Problem {
  assert.equal(problems.length, 1, JSON.stringify(problems, null, 2));
  const [problem] = problems;
  assert.ok(problem);
  return problem;
}

function assertAt(
  problem: Problem,
  expected: Pick<Problem, "line" | "column" | "severity" | "rule">,
): void {
  assert.deepEqual(
    {
      line: problem.line,
      column: problem.column,
      severity: problem.severity,
      rule: problem.rule,
    },
    expected,
    problem.message,
  );
  assert.equal(problem.file, FILE);
}

test("the seed post's frontmatter passes cleanly", () => {
  const text = SEED_FRONTMATTER + SEED_BODY;
  const { post, problems } = parsePost(source(text));
  assert.deepEqual(problems, []);
  assert.ok(post);
  assert.deepEqual(checkFrontmatter(post), []);
  assert.equal(post.data.title, "Recent Advances in Representation Learning");
  assert.deepEqual(post.data.tags, ["en", "deep-learning"]);
  assert.deepEqual(post.fieldLines, {
    title: 2,
    date: 3,
    description: 4,
    featuredImage: 5,
    tags: 6,
    attribution: 7,
  });
  assert.equal(post.body, SEED_BODY);
  assert.equal(text.slice(post.bodyOffset), SEED_BODY);
});

test("keeps file lines and the body offset right with a BOM and CRLF line endings", () => {
  const text = '\uFEFF---\r\ntitle: A post\r\ndate: "2021-05-01"\r\n---\r\nBody.\r\n';
  const { post, problems } = parsePost(source(text));
  assert.deepEqual(problems, []);
  assert.ok(post);
  assert.deepEqual(post.fieldLines, { title: 2, date: 3 });
  assert.equal(post.body, "Body.\r\n");
  assert.equal(text.slice(post.bodyOffset), post.body);
});

test("an unclosed quote is reported where the quote opens, and the post is not parsed", () => {
  const text = [
    "---",
    "title: A post",
    'description: "An unfinished thought',
    "date: 2021-05-01",
    "---",
    "Body.",
  ].join("\n");
  const { post, problems } = parsePost(source(text));
  assert.equal(post, null);
  const problem = only(problems);
  assertAt(problem, { line: 3, column: 14, severity: "error", rule: "frontmatter/yaml" });
  assert.match(problem.message, /^frontmatter is not valid YAML: Missing closing "quote; /);
  assert.match(problem.message, /never closed/);
});

test('a value with ": " in it gets the quoted form to write', () => {
  const problem = only(problemsOf(["---", "title: a: b", "date: 2021-05-01", "---"].join("\n")));
  assertAt(problem, { line: 2, column: 8, severity: "error", rule: "frontmatter/yaml" });
  assert.match(problem.message, /^frontmatter is not valid YAML: Nested mappings/);
  assert.ok(problem.message.endsWith('write it as title: "a: b"'), problem.message);
});

test("a value that starts with a quoted word is shown wrapped in single quotes", () => {
  const text = withFields('description: "Representation" is a way');
  const problem = only(problemsOf(text));
  assertAt(problem, { line: 4, column: 31, severity: "error", rule: "frontmatter/yaml" });
  assert.ok(
    problem.message.endsWith(`write it as description: '"Representation" is a way'`),
    problem.message,
  );
});

test("a value starting with a reserved character, and a field set twice", () => {
  const reserved = only(problemsOf(withFields("author: @shion")));
  assertAt(reserved, { line: 4, column: 9, severity: "error", rule: "frontmatter/yaml" });
  assert.match(reserved.message, /write it as author: "@shion"$/);

  const twice = only(problemsOf(withFields("title: Another")));
  assertAt(twice, { line: 4, column: 1, severity: "error", rule: "frontmatter/yaml" });
  assert.match(twice.message, /`title` is set more than once; keep only one$/);
});

test("frontmatter that is a list is not fields", () => {
  const { post, problems } = parsePost(source("---\n- title\n- date\n---\n"));
  assert.equal(post, null);
  const problem = only(problems);
  assertAt(problem, { line: 2, column: 1, severity: "error", rule: "frontmatter/yaml" });
  assert.match(problem.message, /is a list, not fields; write one `name: value` per line/);
});

test("a file without frontmatter gets one error, and its body is still returned", () => {
  const text = "# Just a heading\n\nSome text.\n";
  const { post, problems } = parsePost(source(text));
  const problem = only(problems);
  assertAt(problem, { line: 1, column: 1, severity: "error", rule: "frontmatter/missing" });
  assert.equal(
    problem.message,
    "no frontmatter; start the file with a --- block holding at least title and date",
  );
  assert.ok(post);
  assert.equal(post.body, text);
  assert.equal(post.bodyOffset, 0);
  // "no title" and "no date" would only repeat the error above.
  assert.deepEqual(checkFrontmatter(post), []);
});

test("a --- block below blank lines is pointed out", () => {
  const problem = only(parsePost(source("\n---\ntitle: A\n---\n")).problems);
  assertAt(problem, { line: 1, column: 1, severity: "error", rule: "frontmatter/missing" });
  assert.match(problem.message, /must start on line 1/);
});

test("unclosed frontmatter is an error on line 1", () => {
  const { post, problems } = parsePost(source("---\ntitle: A post\ndate: 2021-05-01\n\nBody.\n"));
  assert.equal(post, null);
  const problem = only(problems);
  assertAt(problem, { line: 1, column: 1, severity: "error", rule: "frontmatter/unclosed" });
  assert.match(problem.message, /never closed; add a line holding only ---/);
});

test("a block closed with ... is read, but reported because Gatsby cannot read it", () => {
  const { post, problems } = parsePost(source("---\ntitle: A\ndate: 2021-05-01\n...\nBody"));
  assert.ok(post);
  assert.equal(post.body, "Body");
  const problem = only(problems);
  assertAt(problem, { line: 4, column: 1, severity: "error", rule: "frontmatter/delimiter" });
});

test("missing and empty titles", () => {
  const missing = only(problemsOf('---\ndate: "2021-05-01"\n---\n'));
  assertAt(missing, { line: 1, column: 1, severity: "error", rule: "frontmatter/title" });
  assert.match(missing.message, /^frontmatter has no `title`; add a line such as title: /);

  for (const title of ['title: ""', "title:", "title: '  '"]) {
    const text = ["---", 'date: "2021-05-01"', title, "---"].join("\n");
    const empty = only(problemsOf(text));
    assertAt(empty, { line: 3, column: 1, severity: "error", rule: "frontmatter/title" });
    assert.match(empty.message, /^frontmatter `title` is empty; write the post's title/);
  }
});

test("a title that YAML reads as a number is asked for in quotes", () => {
  const problem = only(problemsOf(["---", "title: 1984", 'date: "2021-05-01"', "---"].join("\n")));
  assertAt(problem, { line: 2, column: 1, severity: "error", rule: "frontmatter/title" });
  assert.match(problem.message, /is a number, not text; .*title: "1984"$/);
});

test("dates that are not dates", () => {
  const cases: Array<[string, RegExp]> = [
    [
      "date: yesterday",
      /^frontmatter `date`: "yesterday" is not a date; write it as "2020-04-20" or an ISO timestamp$/,
    ],
    ['date: "2020-13-45"', /"2020-13-45" is not a date \(there is no month 13\)/],
    ["date: 2021-02-30", /"2021-02-30" is not a date \(2021-02 has no day 30\)/],
    ["date: 2020", /^frontmatter `date`: 2020 is a number, not a date; /],
    ["date: 2020/4/20", /"2020\/4\/20" is not a date; write it as "2020-04-20"$/],
    ["date:", /^frontmatter `date` is empty; /],
  ];
  for (const [line, expected] of cases) {
    const problem = only(problemsOf(["---", "title: A post", line, "---"].join("\n")));
    assertAt(problem, { line: 3, column: 1, severity: "error", rule: "frontmatter/date" });
    assert.match(problem.message, expected);
  }
});

test("a missing date, and an update before the post was published", () => {
  const missing = only(problemsOf("---\ntitle: A post\n---\n"));
  assertAt(missing, { line: 1, column: 1, severity: "error", rule: "frontmatter/date" });
  assert.match(missing.message, /^frontmatter has no `date`; add .*date: "2020-04-20"$/);

  const early = only(problemsOf(withFields('updated: "2021-04-01"')));
  assertAt(early, { line: 4, column: 1, severity: "warning", rule: "frontmatter/updated" });
  assert.match(early.message, /`updated` \("2021-04-01"\) is earlier than `date`/);

  assert.deepEqual(problemsOf(withFields("updated: 2021-06-01T10:00:00Z")), []);
});

test("tags written as one string are read split at commas, with a note", () => {
  const problem = only(problemsOf(withFields('tags: "en, deep-learning"')));
  assertAt(problem, { line: 4, column: 1, severity: "note", rule: "frontmatter/list-as-text" });
  assert.equal(
    problem.message,
    "`tags` written as text is read as a list split at commas; write it as a YAML list, such as tags: [a, b], to silence this note",
  );
  // Split, the names are checked as a list: a repeat is still a repeat.
  const repeated = problemsOf(withFields('tags: "en, en"'));
  assert.deepEqual(
    repeated.map((found) => [found.severity, found.rule]),
    [
      ["warning", "frontmatter/tags"],
      ["note", "frontmatter/list-as-text"],
    ],
  );
  assert.match(only(problemsOf(withFields("tags: 42"))).message, /is a number, not a list/);
});

test("repeated and empty tags", () => {
  const problems = problemsOf(withFields("tags:", "  - en", "  - ml", "  - en", "  -", "  - 42"));
  assert.deepEqual(
    problems.map((problem) => [problem.line, problem.severity, problem.rule]),
    [
      [4, "warning", "frontmatter/tags"],
      [4, "error", "frontmatter/tags"],
      [4, "error", "frontmatter/tags"],
    ],
  );
  assert.match(problems[0]?.message ?? "", /lists "en" more than once; remove the repeat/);
  assert.match(problems[1]?.message ?? "", /tag 4 of `tags` is empty/);
  assert.match(
    problems[2]?.message ?? "",
    /tag 5 of `tags` is 42, not a tag name; put it in quotes/,
  );
});

test("unknown fields are warnings, with a suggestion when one is near", () => {
  const cases: Array<[string, string]> = [
    ["tag: [en]", "unknown field `tag`; did you mean `tags`?"],
    ["Description: x", "unknown field `Description`; did you mean `description`?"],
    ["featuredimage: a.png", "unknown field `featuredimage`; did you mean `featuredImage`?"],
    ["Spoiler: x", "unknown field `Spoiler`; did you mean `description`?"],
    ["categorie: [a]", "unknown field `categorie`; did you mean `tags`?"],
    ["descripton: x", "unknown field `descripton`; did you mean `description`?"],
    // A `cover` group without `image` or `alt` gives nothing the site reads.
    ["cover: { caption: x }", "unknown field `cover`; did you mean `featuredImage`?"],
  ];
  for (const [line, message] of cases) {
    const problem = only(problemsOf(withFields(line)));
    assertAt(problem, { line: 4, column: 1, severity: "warning", rule: "frontmatter/unknown" });
    assert.equal(problem.message, message);
  }
  const far = only(problemsOf(withFields("", "mood: happy")));
  assertAt(far, { line: 5, column: 1, severity: "warning", rule: "frontmatter/unknown" });
  assert.match(far.message, /^unknown field `mood`; it is ignored; remove it, or use one of /);
  // Two letters are within two edits of too many names: `ts` (a timestamp) is not `tags`.
  assert.match(only(problemsOf(withFields("ts: 1700000000"))).message, /it is ignored/);
});

test("draft written as quoted text", () => {
  const cases: Array<[string, string]> = [
    ['draft: "yes"', "true"],
    ["draft: 'false'", "false"],
    ["draft: no", "false"],
  ];
  for (const [line, meant] of cases) {
    const problem = only(problemsOf(withFields(line)));
    assertAt(problem, { line: 4, column: 1, severity: "error", rule: "frontmatter/draft" });
    assert.match(problem.message, /is read as text, not as true or false/);
    assert.ok(problem.message.endsWith(`write draft: ${meant} without quotes`), problem.message);
  }
  assert.match(only(problemsOf(withFields("draft: 1"))).message, /1 is not true or false/);
  assert.deepEqual(problemsOf(withFields("draft: true")), []);
});

test("attribution needs author, an absolute url and license", () => {
  const text = withFields("attribution:", "  author: Someone", "  license: CC BY 4.0");
  const problem = only(problemsOf(text));
  assertAt(problem, { line: 4, column: 1, severity: "error", rule: "frontmatter/attribution" });
  assert.match(problem.message, /^frontmatter `attribution` has no `url`; add it indented/);

  const relative = withFields(
    "attribution:",
    "  author: Someone",
    "  url: example.com/post",
    "  license: CC BY 4.0",
    "  licenceUrl: https://creativecommons.org/licenses/by/4.0/",
  );
  const problems = problemsOf(relative);
  assert.equal(problems.length, 2, JSON.stringify(problems));
  assert.match(
    problems[0]?.message ?? "",
    /`attribution.url`: "example.com\/post" is not an absolute http\(s\) URL; .*"https:\/\/example.com\/post"/,
  );
  assert.equal(
    problems[1]?.message,
    "unknown field `attribution.licenceUrl`; did you mean `attribution.licenseUrl`?",
  );
  assert.equal(problems[1]?.severity, "warning");

  const notAMap = only(problemsOf(withFields("attribution: Shion Honda")));
  assert.match(notAMap.message, /is "Shion Honda", not a group of fields/);
});

test("lang must look like a language tag", () => {
  assert.deepEqual(problemsOf(withFields("lang: pt-BR")), []);
  assert.deepEqual(problemsOf(withFields("lang: ja")), []);
  const underscore = only(problemsOf(withFields("lang: en_US")));
  assertAt(underscore, { line: 4, column: 1, severity: "error", rule: "frontmatter/lang" });
  assert.match(underscore.message, /"en_US" is not a language tag; write it as lang: en-US$/);
  assert.match(only(problemsOf(withFields("lang: English"))).message, /write it as lang: en$/);
});

test("other optional fields must be text", () => {
  const empty = only(problemsOf(withFields('featuredImage: ""')));
  assertAt(empty, { line: 4, column: 1, severity: "error", rule: "frontmatter/featuredImage" });
  const list = only(problemsOf(withFields("author: [a, b]")));
  assertAt(list, { line: 4, column: 1, severity: "error", rule: "frontmatter/author" });
  assert.match(list.message, /is a list, not text/);
});
