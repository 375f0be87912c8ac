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

test("links to another post's sections are checked against that post's headings", () => {
  const root = projectWithPost(
    "See [ok](../notes/#原则-1不阻断数据流), [older](../notes/#原则-1：不阻断数据流) and [typo](/notes/#原则-2).",
  );
  const notes = path.join(root, "content", "blog", "notes");
  fs.mkdirSync(notes, { recursive: true });
  fs.writeFileSync(
    path.join(notes, "index.md"),
    `---\ntitle: Notes\ndate: "2024-01-01"\n---\n\n# 原则 1：不阻断数据流\n\nText.\n`,
  );
  try {
    const { problems } = checkProjectContent(root);
    assert.deepEqual(
      problems.map((problem) => [problem.file, problem.rule, problem.line, problem.column]),
      [
        ["content/blog/graphs/index.md", "references/missing-anchor", 7, 41],
        ["content/blog/graphs/index.md", "references/missing-anchor", 7, 75],
      ],
    );
    assert.match(problems[0]?.message ?? "", /write "\.\.\/notes\/#原则-1不阻断数据流"$/);
    assert.match(problems[1]?.message ?? "", /include #原则-1不阻断数据流$/);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
