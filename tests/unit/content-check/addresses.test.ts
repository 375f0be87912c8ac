import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { checkAddressCollisions } from "../../../src/lib/content-check/duplicate-slugs";
import { checkProjectContent } from "../../../src/gatsby/content-report";
import type { Problem } from "../../../src/lib/content-check/types";

const roots: string[] = [];
after(() => {
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
});

/** A project with the given files (paths under content/), checked as `npm run check` does. */
function check(files: Record<string, string>): Problem[] {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "addresses-"));
  roots.push(root);
  for (const [file, text] of Object.entries(files)) {
    const absolute = path.join(root, "content", file);
    fs.mkdirSync(path.dirname(absolute), { recursive: true });
    fs.writeFileSync(absolute, text);
  }
  return checkProjectContent(root).problems;
}

function post(title: string, ...fields: string[]): string {
  return ["---", `title: ${title}`, 'date: "2021-01-01"', ...fields, "---", "", "Text."].join("\n");
}

/** `file:line rule` of each problem, for compact assertions. */
function places(problems: readonly Problem[]): string[] {
  return problems.map((problem) => `${problem.file}:${problem.line} ${problem.rule}`).sort();
}

test("slug and redirectFrom that clash with nothing pass", () => {
  const problems = check({
    "blog/a/index.md": post("A", "slug: /2019/05/a/", "redirectFrom: [/a/, /a.html]"),
    "blog/b/index.md": post("B", "redirect_from: /old-b/"),
  });
  // gatsby-redirect-from's name is read, with a note that never stops a build.
  assert.deepEqual(
    problems.map((problem) => [problem.severity, problem.rule]),
    [["note", "frontmatter/alias"]],
  );
});

test("two posts at one slug are reported at each slug's line", () => {
  const problems = check({
    "blog/a/index.md": post("A", "slug: /same/"),
    "blog/b/index.md": post("B", "tags: [x]", "slug: same"),
  });
  assert.deepEqual(places(problems), [
    "content/blog/a/index.md:4 structure/duplicate-slug",
    "content/blog/b/index.md:5 structure/duplicate-slug",
  ]);
  assert.match(
    problems[0]?.message ?? "",
    /content\/blog\/b\/index\.md .*\/same\/; change the `slug`/,
  );
});

test("a slug may take a folder's address only if that post moved away", () => {
  const moved = check({
    "blog/a/index.md": post("A", "slug: /b/"),
    "blog/b/index.md": post("B", "slug: /2020/b/"),
  });
  assert.deepEqual(moved, []);
  const clash = check({
    "blog/a/index.md": post("A", "slug: /b/"),
    "blog/b/index.md": post("B"),
  });
  assert.deepEqual(places(clash), [
    "content/blog/a/index.md:4 structure/duplicate-slug",
    "content/blog/b/index.md:null structure/duplicate-slug",
  ]);
});

test("two posts claiming one old address are both reported at their redirectFrom line", () => {
  const problems = check({
    "blog/a/index.md": post("A", "redirectFrom: [/old/]"),
    "blog/b/index.md": post("B", "description: B", "redirect_from: /old"),
  });
  assert.deepEqual(places(problems.filter((problem) => problem.severity !== "note")), [
    "content/blog/a/index.md:4 structure/redirect-duplicate",
    "content/blog/b/index.md:5 structure/redirect-duplicate",
  ]);
  assert.match(
    problems.find((problem) => problem.rule === "structure/redirect-duplicate")?.message ?? "",
    /`redirectFrom`: \/old\/ is also an old address of content\/blog\/b\/index\.md/,
  );
});

test("an old address that is another post's, a page's, a list's or a fixed page's is an error", () => {
  const problems = check({
    "blog/a/index.md": post("A", "redirectFrom: [/b/, /about/, /tags/x/, /archive/, /page/2/]"),
    "blog/b/index.md": post("B", "tags: [x]"),
    "pages/about.md": "---\ntitle: About\n---\n\nAbout.\n",
  });
  const conflicts = problems.filter((problem) => problem.rule === "structure/redirect-conflict");
  assert.deepEqual(
    conflicts.map((problem) => [problem.line, problem.message.replace(/,.*/, "")]),
    [
      [4, "frontmatter `redirectFrom`: /b/ is the address of content/blog/b/index.md"],
      [4, "frontmatter `redirectFrom`: /about/ is the address of content/pages/about.md"],
      [4, "frontmatter `redirectFrom`: /tags/x/ is a page the site makes itself (a list"],
    ],
  );
  // /archive/ is a fixed page only where src/pages has it, as in the real project.
  assert.equal(problems.length, conflicts.length);
});

test("an old address equal to the post's own address is an error", () => {
  const problems = check({
    "blog/a/index.md": post("A", "slug: /2019/a/", "redirectFrom: [/a/, /2019/a]"),
  });
  assert.deepEqual(places(problems), ["content/blog/a/index.md:5 structure/redirect-conflict"]);
  assert.match(problems[0]?.message ?? "", /\/2019\/a\/ is this post's own address/);
});

test("a post whose address is a list page's is an error", () => {
  const problems = check({ "blog/a/index.md": post("A", "slug: /tags/en/", "tags: [en]") });
  assert.deepEqual(places(problems), ["content/blog/a/index.md:4 structure/duplicate-slug"]);
  assert.match(problems[0]?.message ?? "", /where the site has a page of its own/);
});

test("fixed pages count as the site's own pages", () => {
  const problems = checkAddressCollisions(
    [
      { file: "a.md", slug: "/archive/", slugLine: 3 },
      {
        file: "b.md",
        slug: "/b/",
        redirectFrom: [{ path: "/search/", field: "redirectFrom", line: 4 }],
      },
    ],
    new Set(["/", "/archive/", "/search/"]),
  );
  assert.deepEqual(
    problems.map((problem) => `${problem.file}:${problem.line}:${problem.column} ${problem.rule}`),
    ["a.md:3:1 structure/duplicate-slug", "b.md:4:1 structure/redirect-conflict"],
  );
});

test("malformed slug and redirectFrom values are reported at their line", () => {
  const problems = check({
    "blog/a/index.md": post(
      "A",
      "slug: /2019/my post/",
      "redirectFrom:",
      "  - /ok/",
      "  - /old/?p=1",
      "  - 12",
    ),
    "blog/b/index.md": post("B", "redirect_from: https://old.example.org/b/"),
  });
  assert.deepEqual(
    problems.map((problem) => `${problem.line} ${problem.rule}: ${problem.message}`),
    [
      '4 frontmatter/slug: frontmatter `slug`: "/2019/my post/" has a space, which is not safe in a path; use letters, digits, `-`, `_`, `.` and `~`',
      '5 frontmatter/redirectFrom: frontmatter path 2 of `redirectFrom`: "/old/?p=1" has a query string (?…), which a static page cannot match; remove it',
      "5 frontmatter/redirectFrom: frontmatter path 3 of `redirectFrom` is a number, not a path; write it as redirectFrom: [/2015/old-name/, /old-name.html]",
      '4 frontmatter/redirectFrom: frontmatter `redirect_from`: "https://old.example.org/b/" is a full URL; write only its path, starting with /, such as /2019/05/my-post/',
      "4 frontmatter/alias: `redirect_from` is read as `redirectFrom`; rename it to `redirectFrom` to silence this note",
    ],
  );
});

test("a folder path under path or permalink is read as slug; an .html permalink is not", () => {
  const folder = check({ "blog/a/index.md": post("A", "permalink: /2019/a/") });
  assert.deepEqual(
    folder.map((problem) => [problem.severity, problem.rule, problem.message]),
    [
      [
        "note",
        "frontmatter/alias",
        "`permalink` is read as `slug`; rename it to `slug` to silence this note",
      ],
    ],
  );
  const page = check({ "blog/a/index.md": post("A", "permalink: /2019/01/a.html") });
  assert.deepEqual(
    page.map((problem) => [problem.severity, problem.rule]),
    [["warning", "frontmatter/unknown"]],
  );
  assert.match(page[0]?.message ?? "", /did you mean `slug`\?/);
});

test("a link to an old address warns and names the new one; the new one passes", () => {
  const problems = check({
    "blog/a/index.md": post("A", "slug: /2019/a/", "redirectFrom: [/a/, /a.html]"),
    "blog/b/index.md": [
      "---",
      "title: B",
      'date: "2021-01-01"',
      "---",
      "",
      "See [A](/a/), [A again](/a.html), [A's folder](../a/) and [A at home](/2019/a/).",
    ].join("\n"),
  });
  assert.deepEqual(
    problems.map(
      (problem) => `${problem.line}:${problem.column} ${problem.severity} ${problem.rule}`,
    ),
    [
      "6:9 warning references/old-address",
      "6:25 warning references/old-address",
      "6:48 warning references/old-address",
    ],
  );
  assert.equal(
    problems[0]?.message,
    'link "/a/" goes to an old address, which redirects to /2019/a/; link to "/2019/a/" instead',
  );
});
