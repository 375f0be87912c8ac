import assert from "node:assert/strict";
import { test } from "node:test";
import { anchorIndex } from "../../../src/lib/content-check/anchor-index";
import type { PostSource } from "../../../src/lib/content-check/types";

function source(file: string, text: string): PostSource {
  return { file, folder: "/site/content/blog/x", bytes: Buffer.from(text, "utf8"), text };
}

test("the anchors of a post are found by its URL path, read once", () => {
  const anchorsOf = anchorIndex([
    {
      sitePath: "/a/",
      source: source("content/blog/a/index.md", "---\ntitle: A\n---\n\n# 総括／まとめ\n"),
    },
  ]);
  const anchors = anchorsOf("/a/");
  assert.deepEqual(anchors?.ids, ["総括まとめ"]);
  assert.equal(anchors?.sections.olderIds.get("総括／まとめ"), "総括まとめ");
  assert.equal(anchorsOf("/a/"), anchors);
});

test("an unknown path, or a file whose frontmatter cannot be read, has no anchors", () => {
  const anchorsOf = anchorIndex([
    {
      sitePath: "/broken/",
      source: source("content/blog/broken/index.md", "---\ntitle: [\n---\n\n# A\n"),
    },
  ]);
  assert.equal(anchorsOf("/broken/"), null);
  assert.equal(anchorsOf("/tags/en/"), null);
});
