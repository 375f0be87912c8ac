import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { writeSearchIndex, type SearchablePost } from "../../../src/gatsby/search-index";

/** A post page as the search indexer sees one: the language, and the body Pagefind indexes. */
function postPage(lang: string, title: string, text: string): string {
  return `<!DOCTYPE html><html lang="${lang}"><head><title>${title}</title></head><body><main><article data-pagefind-body><h1>${title}</h1><p>${text}</p></article></main></body></html>`;
}

const POSTS: SearchablePost[] = [
  { slug: "/graphs/", title: "Graphs & trees", published: "2024-01-02", lang: "en" },
  { slug: "/ja/埋め込み/", title: "埋め込み表現", published: "2024-02-03", lang: "ja" },
];

describe("writeSearchIndex, build after build", () => {
  let root: string;
  let publicFolder: string;
  let workFolder: string;
  let stamp: string;
  let marker: string;

  function writePost(slug: string, html: string): void {
    const file = path.join(publicFolder, ...slug.split("/").filter(Boolean), "index.html");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, html);
  }

  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "search-reuse-"));
    publicFolder = path.join(root, "public");
    workFolder = path.join(root, ".blog-cache", "search-bundle");
    stamp = path.join(root, ".blog-cache", "search-input.sha256");
    // A file Pagefind never writes: it survives only if the index folder was kept.
    marker = path.join(publicFolder, "pagefind", "kept-marker.txt");
    writePost("/graphs/", postPage("en", "Graphs & trees", "Spanning trees of sparse graphs."));
    writePost("/ja/埋め込み/", postPage("ja", "埋め込み表現", "表現学習の埋め込みについて。"));
  });

  after(() => fs.rmSync(root, { recursive: true, force: true }));

  test("indexes the posts on a first build", async () => {
    const report = await writeSearchIndex(publicFolder, POSTS, workFolder, stamp);
    assert.deepEqual(report.pagesByLanguage, { en: 1, ja: 1 });
    assert.doesNotMatch(report.summary, /kept/);
    fs.writeFileSync(marker, "left by the test");
  });

  test("keeps the index when no post's page changed", async () => {
    const report = await writeSearchIndex(publicFolder, POSTS, workFolder, stamp);
    assert.deepEqual(report.pagesByLanguage, { en: 1, ja: 1 });
    assert.match(report.summary, /kept: no post's page changed/);
    assert.ok(fs.existsSync(marker), "the index folder was replaced");
  });

  test("indexes again when a post's page changed", async () => {
    writePost("/graphs/", postPage("en", "Graphs & trees", "Spanning trees, now with cycles."));
    const report = await writeSearchIndex(publicFolder, POSTS, workFolder, stamp);
    assert.doesNotMatch(report.summary, /kept/);
    assert.equal(fs.existsSync(marker), false, "the old index folder is still there");
  });

  test("indexes again when a post's title changed, though its page did not", async () => {
    fs.writeFileSync(marker, "left by the test");
    const retitled = POSTS.map((post, index) =>
      index === 0 ? { ...post, title: "Graphs" } : post,
    );
    const report = await writeSearchIndex(publicFolder, retitled, workFolder, stamp);
    assert.doesNotMatch(report.summary, /kept/);
    assert.equal(fs.existsSync(marker), false);
  });

  test("indexes again when public/ holds an index another build wrote", async () => {
    await writeSearchIndex(publicFolder, POSTS, workFolder, stamp);
    assert.match((await writeSearchIndex(publicFolder, POSTS, workFolder, stamp)).summary, /kept/);
    fs.writeFileSync(marker, "left by the test");
    const entry = path.join(publicFolder, "pagefind", "pagefind-entry.json");
    fs.writeFileSync(entry, fs.readFileSync(entry, "utf8").replace(/"version"/, '"VERSION"'));
    const report = await writeSearchIndex(publicFolder, POSTS, workFolder, stamp);
    assert.doesNotMatch(report.summary, /kept/);
    assert.equal(fs.existsSync(marker), false);
  });

  test("indexes again when the index in public/ is gone", async () => {
    fs.rmSync(path.join(publicFolder, "pagefind"), { recursive: true });
    const report = await writeSearchIndex(publicFolder, POSTS, workFolder, stamp);
    assert.doesNotMatch(report.summary, /kept/);
    assert.ok(fs.existsSync(path.join(publicFolder, "pagefind", "pagefind-entry.json")));
  });
});
