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

/**
 * `npm run check` in a fixture project, as an author would run it: outside GitHub Actions unless
 * `env` says otherwise, so the output is the same wherever the tests run.
 */
function checkProject(root: string, args: string[] = [], env: Record<string, string> = {}) {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", "scripts/check-content.ts", ...args],
    { cwd: root, encoding: "utf8", env: { ...process.env, GITHUB_ACTIONS: "", ...env } },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function fixture(name: string, posts: readonly FixturePost[]): string {
  const root = createFixtureProject(name, posts);
  projects.push(root);
  return root;
}

function runCheck(posts: readonly FixturePost[], args: string[] = []) {
  return checkProject(fixture("check", posts), args);
}

describe("npm run check on one broken post per problem", () => {
  const root = fixture("check", BROKEN_POSTS);
  const { status, output } = checkProject(root);
  // Every problem on its own line, the warning too.
  const full = checkProject(root, ["--all"]).output;

  test("exits 1 and ends with the counts", () => {
    assert.equal(status, 1, output);
    // 14 posts and content/pages/about.md, which every fixture site has.
    assert.match(output, /^13 errors and 1 warning in 14 files \(15 files checked\)\.$/m);
  });

  for (const post of BROKEN_POSTS) {
    test(`reports ${post.folder || post.file} with its file, line and message`, () => {
      assert.match(full, post.expect, full);
    });
  }

  test("lists the errors by file, one line per problem, then the warning under its rule", () => {
    const lines = output.split("\n");
    const files = lines.filter((line) => /^content\//.test(line)).map((line) => line.split(":")[0]);
    const order = files.filter((file, index) => file !== files[index - 1]);
    assert.equal(new Set(order).size, order.length, "a file's problems are not together");
    assert.equal(files.length, 13, output);
    const group = lines.findIndex((line) => /^1 warning \[math\/dollar-amount\]: .*\$5/.test(line));
    assert.ok(group > 0, output);
    assert.equal(lines[group + 1], "  content/blog/dollars/index.md:6:10");
    assert.ok(
      lines.slice(group).every((line) => !/: error: /.test(line)),
      "an error after a warning",
    );
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

describe("npm run check on an old blog moved in, with many warnings and two errors", () => {
  // Every old post has a `layout` field (which this site does not read), a `spoiler` field (that
  // blog's description, which it does) and an image without alt text.
  const posts: FixturePost[] = Array.from({ length: 12 }, (_, index) => {
    const name = `old-${String(index + 1).padStart(2, "0")}`;
    return {
      folder: name,
      markdown: postMarkdown(
        { title: name, date: "2015-01-01", layout: "post", spoiler: "A teaser" },
        `Intro.\n\n![](${name}.png)`,
      ),
      files: { [`${name}.png`]: "not read by the check" },
    };
  });
  posts.push(
    { folder: "zz-date", markdown: postMarkdown({ title: "Date", date: "soon" }, "Text.") },
    {
      folder: "zz-math",
      markdown: postMarkdown({ title: "Math", date: "2021-02-03" }, "Broken $\\sqrt{$ here."),
    },
  );
  const root = fixture("many-warnings", posts);
  const { status, output } = checkProject(root);
  const lines = output.split("\n");

  test("prints both errors first, though the warnings are in earlier files", () => {
    assert.equal(status, 1, output);
    assert.match(
      lines[0] ?? "",
      /^content\/blog\/zz-date\/index\.md:3:1: error: .*\[frontmatter\/date\]$/,
    );
    assert.match(
      lines[2] ?? "",
      /^content\/blog\/zz-math\/index\.md:6:\d+: error: .*\[math\/katex\]$/,
    );
  });

  test("counts the warnings of each rule and shows only the first three", () => {
    assert.match(
      output,
      /^12 warnings \[frontmatter\/unknown\] in 12 files: unknown field `layout`.*\n {2}content\/blog\/old-01\/index\.md:4:1\n {2}content\/blog\/old-02\/index\.md:4:1\n {2}content\/blog\/old-03\/index\.md:4:1\n {2}… and 9 more$/m,
    );
    assert.match(
      output,
      /^12 warnings \[structure\/alt-text\] in 12 files:\n {2}content\/blog\/old-01\/index\.md:10:1: image "old-01\.png" has no alt text/m,
    );
    assert.doesNotMatch(output, /old-04\/index\.md/);
    assert.match(
      output,
      /^Each rule shows its first 3 warnings, .*`npm run check -- --all` lists/m,
    );
    assert.equal(
      lines.filter((line) => line !== "").at(-1),
      "2 errors and 24 warnings in 14 files (15 files checked); 12 notes.",
    );
  });

  test("sums up the twelve `spoiler` fields in one note", () => {
    assert.deepEqual(
      lines.filter((line) => line.includes("spoiler")),
      [
        "12 notes [frontmatter/alias] in 12 files: `spoiler` is read as `description`; rename it to `description` to silence this note",
      ],
    );
  });

  test("--all prints every warning, --rule every problem of one rule or family", () => {
    const all = checkProject(root, ["--all"]).output;
    assert.equal(all.match(/^content\/.*: warning: /gm)?.length, 24, all);
    assert.equal(all.match(/^content\/.*: note: .*\[frontmatter\/alias\]$/gm)?.length, 12, all);
    const altText = checkProject(root, ["--rule", "structure/alt-text"]).output;
    assert.equal(altText.match(/^content\/.*: warning: .*\[structure\/alt-text\]$/gm)?.length, 12);
    assert.doesNotMatch(altText, /frontmatter|math\/katex/);
    const family = checkProject(root, ["--rule", "frontmatter/", "--rule", "math/katex"]);
    assert.equal(family.status, 1);
    assert.equal(
      family.output.match(/^content\/.*\[(frontmatter\/\w+|math\/katex)\]$/gm)?.length,
      26,
    );
    assert.doesNotMatch(family.output, /alt-text/);
  });

  test("annotates the problems in GitHub Actions, and not elsewhere", () => {
    assert.doesNotMatch(output, /^::/m);
    const actions = checkProject(root, [], { GITHUB_ACTIONS: "true", GITHUB_WORKSPACE: root });
    assert.match(
      actions.output,
      /^::error file=content\/blog\/zz-date\/index\.md,line=3,col=1,title=frontmatter\/date::frontmatter `date`/m,
    );
    assert.equal(actions.output.match(/^::error /gm)?.length, 2);
    assert.equal(actions.output.match(/^::warning /gm)?.length, 10);
    assert.match(actions.output, /^::notice::10 of 24 warnings are annotated/m);
  });

  test("npm run build takes the same options, and stops before Gatsby on the errors", () => {
    const build = runBuildScript(root, ["--rule", "structure/alt-text"], { GITHUB_ACTIONS: "" });
    assert.notEqual(build.status, 0);
    assert.match(build.output, /Content check failed; nothing was built/);
    assert.equal(build.output.match(/: warning: .*\[structure\/alt-text\]$/gm)?.length, 12);
    const fromEnv = runBuildScript(root, [], { CHECK_REPORT: "all", GITHUB_ACTIONS: "" });
    assert.equal(fromEnv.output.match(/: warning: /gm)?.length, 24);
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
