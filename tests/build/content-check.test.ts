import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { after, describe, test } from "node:test";
import { BROKEN_POSTS } from "../support/broken-posts";
import {
  createFixtureProject,
  postMarkdown,
  runBuildScript,
  type FixturePost,
} from "../support/fixture-site";
import { repoRoot } from "../support/paths";

const projects: string[] = [];
after(() => {
  for (const root of projects) fs.rmSync(root, { recursive: true, force: true });
});

/** `npm run check` in a fixture project, as an author would run it. */
function runCheck(posts: readonly FixturePost[], args: string[] = []) {
  const root = createFixtureProject("check", posts);
  projects.push(root);
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", "scripts/check-content.ts", ...args],
    { cwd: root, encoding: "utf8" },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("npm run check on one broken post per problem", () => {
  const { status, output } = runCheck(BROKEN_POSTS);

  test("exits 1 and ends with the counts", () => {
    assert.equal(status, 1, output);
    // 13 posts and content/pages/about.md, which every fixture site has.
    assert.match(output, /^12 errors and 1 warning in 13 files \(14 files checked\)\.$/m);
  });

  for (const post of BROKEN_POSTS) {
    test(`reports ${post.folder || post.file} with its file, line and message`, () => {
      assert.match(output, post.expect, output);
    });
  }

  test("groups the report by file, one line per problem", () => {
    const files = output
      .split("\n")
      .filter((line) => /^content\//.test(line))
      .map((line) => line.split(":")[0]);
    const order = files.filter((file, index) => file !== files[index - 1]);
    assert.equal(new Set(order).size, order.length, "a file's problems are not together");
  });
});

describe("npm run check on several problems at once", () => {
  test("reports three problems in two files in one run", () => {
    const { status, output } = runCheck([
      {
        folder: "first",
        markdown: postMarkdown({ title: "First", date: "soon" }, "![A plot](plot.png)"),
      },
      {
        folder: "second",
        markdown: postMarkdown({ title: "Second", date: "2021-02-03" }, "Broken $\\sqrt{$ here."),
      },
    ]);
    assert.equal(status, 1);
    assert.match(output, /^content\/blog\/first\/index\.md:3:1: error: frontmatter `date`/m);
    assert.match(output, /^content\/blog\/first\/index\.md:6:\d+: error: image "plot\.png"/m);
    assert.match(output, /^content\/blog\/second\/index\.md:6:\d+: error: KaTeX cannot/m);
    assert.match(output, /^3 errors and 0 warnings in 2 files/m);
  });

  test("warnings alone pass, and fail with --strict", () => {
    const posts = [
      {
        folder: "cheap",
        markdown: postMarkdown({ title: "Cheap", date: "2021-01-01" }, "It costs $5 and $10."),
      },
    ];
    assert.equal(runCheck(posts).status, 0);
    assert.equal(runCheck(posts, ["--strict"]).status, 1);
  });
});

test("npm run check finds no error in the real content", () => {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/check-content.ts"], {
    cwd: repoRoot,
    encoding: "utf8",
  });
  assert.equal(result.status, 0, result.stdout);
  assert.match(result.stdout, /^No problems in \d+ files?\.$/m);
});

describe("npm run build with broken content", () => {
  test("stops before building, prints the report, and leaves posts and the last build untouched", () => {
    const posts = BROKEN_POSTS.slice(0, 4);
    const root = createFixtureProject("broken-build", posts);
    projects.push(root);
    // A previous, good build that must survive a failed one.
    const previous = path.join(root, "public", "index.html");
    fs.mkdirSync(path.dirname(previous), { recursive: true });
    fs.writeFileSync(previous, "<!doctype html><title>previous build</title>");

    const { status, output } = runBuildScript(root);
    assert.notEqual(status, 0);
    assert.match(output, /Content check failed; nothing was built/);
    for (const post of posts) assert.match(output, post.expect);
    assert.equal(fs.readFileSync(previous, "utf8"), "<!doctype html><title>previous build</title>");
    for (const post of posts) {
      const file = path.join(root, "content", "blog", post.folder, post.file ?? "index.md");
      assert.equal(fs.readFileSync(file, "utf8"), post.markdown);
    }
  });

  test("a link that only breaks in the built site fails the build and removes public/", () => {
    const root = createFixtureProject("dead-link", [
      {
        folder: "downloads",
        markdown: postMarkdown(
          { title: "Downloads", date: "2021-01-01" },
          "Get [the slides](/files/slides.pdf).",
        ),
      },
    ]);
    projects.push(root);
    const { status, output } = runBuildScript(root);
    assert.notEqual(status, 0);
    assert.match(
      output,
      /content\/blog\/downloads\/index\.md.*\/files\/slides\.pdf.*\[links\/missing\]/,
    );
    assert.match(output, /public\/ was removed/);
    assert.equal(fs.existsSync(path.join(root, "public")), false);
  });
});
