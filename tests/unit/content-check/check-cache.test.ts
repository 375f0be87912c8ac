import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test, type TestContext } from "node:test";
import { checkProjectContent, type ContentCheckResult } from "../../../src/gatsby/content-report";

function writePost(root: string, folder: string, frontmatter: string, body: string): void {
  const dir = path.join(root, "content", "blog", folder);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "index.md"), `---\n${frontmatter}\n---\n\n${body}\n`);
}

/** A project of three posts: one links to a section of another, one has a broken formula. */
function project(t: TestContext): { root: string; check: () => ContentCheckResult } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "check-cache-"));
  t.after(() => fs.rmSync(root, { recursive: true, force: true }));
  fs.mkdirSync(path.join(root, "src", "lib"), { recursive: true });
  fs.mkdirSync(path.join(root, "src", "templates"), { recursive: true });
  fs.writeFileSync(path.join(root, "src", "lib", "code.ts"), "export const version = 1;\n");
  fs.writeFileSync(path.join(root, "src", "templates", "post.tsx"), "export const v = 1;\n");
  writePost(root, "graphs", 'title: Graphs\ndate: "2024-01-02"', "See [the rule](/notes/#規則).");
  writePost(root, "notes", 'title: Notes\ndate: "2024-01-01"', "## 規則\n\nTexte.");
  writePost(root, "sums", 'title: Sums\ndate: "2024-01-03"', "$$\n\\frac{1}{\n$$");
  const cacheFile = path.join(root, ".cache", "content-check.json");
  return { root, check: () => checkProjectContent(root, { cacheFile }) };
}

function rules(result: ContentCheckResult): string[][] {
  return result.problems.map((problem) => [problem.file, problem.rule]);
}

test("a second run reuses every result, and finds the same problems", (t) => {
  const { check } = project(t);
  const first = check();
  assert.deepEqual(first.cache, { reused: 0, checked: 3 });
  assert.deepEqual(rules(first), [["content/blog/sums/index.md", "math/katex"]]);
  const second = check();
  assert.deepEqual(second.cache, { reused: 3, checked: 0 });
  assert.deepEqual(second.problems, first.problems);
});

test("an edited post is checked again, and only it", (t) => {
  const { root, check } = project(t);
  check();
  writePost(root, "sums", 'title: Sums\ndate: "2024-01-03"', "$$\n\\frac{1}{2}\n$$");
  const result = check();
  assert.deepEqual(result.cache, { reused: 2, checked: 1 });
  assert.deepEqual(result.problems, []);
});

test("a post is checked again when a section it links to is renamed in the other post", (t) => {
  const { root, check } = project(t);
  assert.deepEqual(
    rules(check()).filter(([file]) => file?.includes("graphs")),
    [],
  );
  writePost(root, "notes", 'title: Notes\ndate: "2024-01-01"', "## Règle\n\nTexte.");
  const result = check();
  assert.deepEqual(result.cache, { reused: 1, checked: 2 });
  assert.deepEqual(
    rules(result).filter(([file]) => file?.includes("graphs")),
    [["content/blog/graphs/index.md", "references/missing-anchor"]],
  );
});

test("a post is checked again when the post it links to is deleted", (t) => {
  const { root, check } = project(t);
  check();
  fs.rmSync(path.join(root, "content", "blog", "notes"), { recursive: true });
  const result = check();
  assert.deepEqual(result.cache, { reused: 1, checked: 1 });
  assert.deepEqual(
    rules(result).filter(([file]) => file?.includes("graphs")),
    [["content/blog/graphs/index.md", "references/missing-page"]],
  );
});

test("a change to the build's code checks every post again; one to a template does not", (t) => {
  const { root, check } = project(t);
  check();
  fs.writeFileSync(path.join(root, "src", "templates", "post.tsx"), "export const v = 2;\n");
  assert.deepEqual(check().cache, { reused: 3, checked: 0 });
  fs.writeFileSync(path.join(root, "src", "lib", "code.ts"), "export const version = 2;\n");
  assert.deepEqual(check().cache, { reused: 0, checked: 3 });
});

test("a post that names a bibliography file is always checked again", (t) => {
  const { root, check } = project(t);
  writePost(
    root,
    "cited",
    'title: Cited\ndate: "2024-01-04"\nbibliography: refs.bib',
    "As shown [@knuth1984].",
  );
  fs.writeFileSync(path.join(root, "content", "blog", "cited", "refs.bib"), "");
  const first = check();
  assert.deepEqual(
    rules(first).filter(([file]) => file?.includes("cited")),
    [["content/blog/cited/index.md", "citations/unknown-key"]],
  );
  fs.writeFileSync(
    path.join(root, "content", "blog", "cited", "refs.bib"),
    "@book{knuth1984, title={The TeXbook}, author={Knuth, Donald}, year={1984}}\n",
  );
  const second = check();
  assert.deepEqual(second.cache, { reused: 3, checked: 1 });
  assert.deepEqual(
    rules(second).filter(([file]) => file?.includes("cited")),
    [],
  );
});

test("an unreadable cache file is ignored and replaced", (t) => {
  const { root, check } = project(t);
  const cacheFile = path.join(root, ".cache", "content-check.json");
  fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
  fs.writeFileSync(cacheFile, "{ not json");
  assert.deepEqual(check().cache, { reused: 0, checked: 3 });
  assert.deepEqual(check().cache, { reused: 3, checked: 0 });
});
