import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test, type TestContext } from "node:test";
import { resolveCitationStyle } from "../../../src/lib/citations/citation-style";
import { citeThisPost } from "../../../src/lib/citations/cite-this-post";
import { CiteThisPostCache } from "../../../src/lib/citations/cite-this-post-cache";

const post = {
  title: "低ランク近似の再考",
  authors: ["Jane Doe"],
  date: "2024-03-05",
  url: "https://example.org/ja/low-rank/",
  siteTitle: "Technical Notes",
  lang: "ja",
};

function cacheFile(t: TestContext): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "cite-cache-"));
  t.after(() => fs.rmSync(folder, { recursive: true, force: true }));
  return path.join(folder, "cite-this-post.json");
}

/** Marks every saved block, so that a block read back from the file can be told apart. */
function markSavedBlocks(file: string): void {
  const saved = JSON.parse(fs.readFileSync(file, "utf8")) as {
    blocks: Record<string, { citation: string }>;
  };
  for (const block of Object.values(saved.blocks)) block.citation = "from the file";
  fs.writeFileSync(file, JSON.stringify(saved));
}

test("a block is formatted once and read back by the next build while nothing changed", (t) => {
  const file = cacheFile(t);
  const apa = resolveCitationStyle("apa", []).style;
  assert.ok(apa);
  const first = new CiteThisPostCache(file, "code-1");
  assert.deepEqual(first.block(post, apa), citeThisPost(post, apa));
  first.save();
  markSavedBlocks(file);
  assert.equal(new CiteThisPostCache(file, "code-1").block(post, apa).citation, "from the file");
});

test("another title, another style or other code formats the block again", (t) => {
  const file = cacheFile(t);
  const apa = resolveCitationStyle("apa", []).style;
  const vancouver = resolveCitationStyle("vancouver", []).style;
  assert.ok(apa && vancouver);
  const first = new CiteThisPostCache(file, "code-1");
  first.block(post, apa);
  first.save();
  markSavedBlocks(file);
  const edited = { ...post, title: "低ランク近似の再考（改訂版）" };
  assert.deepEqual(
    new CiteThisPostCache(file, "code-1").block(edited, apa),
    citeThisPost(edited, apa),
  );
  assert.deepEqual(
    new CiteThisPostCache(file, "code-1").block(post, vancouver),
    citeThisPost(post, vancouver),
  );
  assert.deepEqual(new CiteThisPostCache(file, "code-2").block(post, apa), citeThisPost(post, apa));
});

test("the saved file keeps only the blocks of this build", (t) => {
  const file = cacheFile(t);
  const apa = resolveCitationStyle("apa", []).style;
  assert.ok(apa);
  const first = new CiteThisPostCache(file, "code-1");
  first.block(post, apa);
  first.block({ ...post, title: "Deleted later" }, apa);
  first.save();
  const second = new CiteThisPostCache(file, "code-1");
  second.block(post, apa);
  second.save();
  const saved = JSON.parse(fs.readFileSync(file, "utf8")) as { blocks: object };
  assert.equal(Object.keys(saved.blocks).length, 1);
});
