import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { checkProjectContent } from "../../../src/gatsby/content-report";

function projectWithPost(body: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "project-content-"));
  const folder = path.join(root, "content", "blog", "graphs");
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(
    path.join(folder, "index.md"),
    `---\ntitle: Graphs\ndate: "2024-01-02"\ntags: [graph theory, en]\n---\n\n${body}\n`,
  );
  return root;
}

test("links to the home page, a tag page and a language page are links to pages of the site", () => {
  const root = projectWithPost(
    "See [home](/), [graphs](/tags/graph-theory/) and [English](/tags/en/).",
  );
  try {
    assert.deepEqual(checkProjectContent(root).problems, []);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test("a link to a page of a list that does not exist is still reported", () => {
  const root = projectWithPost("See [page two](/page/2/).");
  try {
    const { problems } = checkProjectContent(root);
    assert.deepEqual(
      problems.map((problem) => [problem.rule, problem.line]),
      [["references/missing-page", 7]],
    );
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
