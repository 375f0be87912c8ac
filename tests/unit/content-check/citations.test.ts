import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { checkCitations } from "../../../src/lib/content-check/citations";
import { parseMarkdown } from "../../../src/lib/content-check/markdown-tree";
import type { Problem } from "../../../src/lib/content-check/types";
import { postFromText } from "./markdown-fixture.test";

const project = fs.mkdtempSync(path.join(os.tmpdir(), "citations-check-"));
const folder = path.join(project, "content", "blog", "cites");
fs.mkdirSync(folder, { recursive: true });
fs.writeFileSync(
  path.join(folder, "refs.bib"),
  "@book{known, author = {Doe, Jane}, title = {Known}, year = {2020}}\n",
);
fs.writeFileSync(
  path.join(project, "site.bib"),
  "@book{sitewide, author = {Roe, Rick}, title = {Site}, year = {2019}}\n",
);
after(() => fs.rmSync(project, { recursive: true, force: true }));

/** A post in `folder` whose frontmatter takes lines 1 to 3, so the body starts on line 4. */
function problemsOf(body: string, site: { bibliography?: string } = {}): Problem[] {
  const text = `---\nbibliography: refs.bib\n---\n${body}\n`;
  const post = postFromText(text, "content/blog/cites/index.md", folder);
  post.data = { bibliography: "refs.bib" };
  post.fieldLines = { bibliography: 2 };
  return checkCitations(post, parseMarkdown(post.body), site, project);
}

const where = (problems: Problem[]) =>
  problems.map((problem) => `${problem.file}:${problem.line}:${problem.column} ${problem.rule}`);

test("cross-references, handles, e-mail addresses, code and links are never reported", () => {
  const problems = problemsOf(
    [
      "[@known] and @fig-plot, [@eq-energy], [@tbl-a] and [@sec-intro].",
      "Follow @someone or mail a@b.com; `[@nokey]` is code; [see @nokey](https://example.org/).",
    ].join("\n"),
  );
  assert.deepEqual(where(problems), []);
});

test("an unknown key in brackets is reported at its line and column", () => {
  assert.deepEqual(where(problemsOf("Fine [@known].\n\nBroken: [@known; @missing].")), [
    "content/blog/cites/index.md:6:9 citations/unknown-key",
  ]);
});

test("a key of the site's bibliography is known, and its entries are never 'uncited'", () => {
  const problems = problemsOf("[@known] and [@sitewide]", { bibliography: "site.bib" });
  assert.deepEqual(where(problems), []);
});

test("an entry of the post's own file that is never cited is a warning at its line", () => {
  const problems = problemsOf("Nothing cited.");
  assert.deepEqual(where(problems), ["content/blog/cites/refs.bib:1:1 citations/uncited"]);
  assert.equal(problems[0]?.severity, "warning");
});

test("a style that does not exist is an error", () => {
  const post = postFromText(
    "---\nbibliography: refs.bib\ncitationStyle: chicago\n---\n[@known]\n",
    "content/blog/cites/index.md",
    folder,
  );
  post.data = { bibliography: "refs.bib", citationStyle: "chicago" };
  post.fieldLines = { bibliography: 2, citationStyle: 3 };
  const problems = checkCitations(post, parseMarkdown(post.body), {}, project);
  assert.deepEqual(where(problems), ["content/blog/cites/index.md:3:1 citations/style"]);
  assert.match(problems[0]?.message ?? "", /`vancouver`, `apa`, `harvard1`/);
});
