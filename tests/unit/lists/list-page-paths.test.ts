import assert from "node:assert/strict";
import { test } from "node:test";
import type { PostSource } from "../../../src/lib/content-check/types";
import { listPagePaths } from "../../../src/lib/lists/list-page-paths";

function source(name: string, frontmatter: string): PostSource {
  const text = `---\n${frontmatter}\n---\n\nText.\n`;
  return {
    file: `content/blog/${name}/index.md`,
    folder: `/site/content/blog/${name}`,
    bytes: Buffer.from(text),
    text,
  };
}

test("home, language and tag pages, with their later pages", () => {
  const sources = Array.from({ length: 11 }, (_, index) =>
    source(`p${index}`, `title: "P"\ndate: "2021-01-01"\ntags: ["Graphs"]`),
  );
  sources.push(source("j", 'title: "J"\ndate: "2021-01-01"\nlang: ja'));
  sources.push(source("broken", 'title: "unclosed'));
  assert.deepEqual(listPagePaths(sources, "en"), [
    "/",
    "/page/2/",
    "/tags/en/",
    "/tags/en/page/2/",
    "/tags/ja/",
    "/tags/graphs/",
    "/tags/graphs/page/2/",
  ]);
});

test("a site without posts has its home page", () => {
  assert.deepEqual(listPagePaths([], "en"), ["/"]);
});

test("tags written under another blog's name, as text, have their pages too", () => {
  const sources = [
    source("old", 'title: "Old"\ndate: "2015-01-01"\ncategories: "linux, Deep Learning"'),
    source("jekyll", 'title: "J"\ndate: 2015-01-02 10:00:00 +0900\nlanguage: ja'),
  ];
  assert.deepEqual(listPagePaths(sources, "en"), [
    "/",
    "/tags/en/",
    "/tags/ja/",
    "/tags/deep-learning/",
    "/tags/linux/",
  ]);
});
