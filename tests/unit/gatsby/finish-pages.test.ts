import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, test } from "node:test";
import { FINISHED_PAGES_VERSION, finishPages } from "../../../src/gatsby/finish-pages";
import { writeScans } from "../../../src/gatsby/page-scan-cache";
import { redirectPageHtml } from "../../../src/lib/redirects/redirect-page";
import { gatsbyPage } from "../../support/gatsby-page";

const READER = "/reader-0123456789abcdef0123.js";
const STABLE = "5d41402abc4b2a76b971";

let root: string;
let publicFolder: string;
let cacheFolder: string;

function write(relative: string, html: string): void {
  const file = path.join(publicFolder, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, html);
}

function read(relative: string): string {
  return fs.readFileSync(path.join(publicFolder, relative), "utf8");
}

/** A site as Gatsby leaves it: two pages, a redirect page and a slice fragment. */
function writeSite(): void {
  write("index.html", gatsbyPage("<main><h1>Home</h1></main>"));
  write("ja/記事/index.html", gatsbyPage("<main><h1>数式の記事</h1></main>"));
  write(
    "old/index.html",
    redirectPageHtml({
      targetPath: "/ja/記事/",
      canonicalUrl: "https://example.org/ja/記事/",
      title: "数式の記事",
      lang: "ja",
    }),
  );
  write("_gatsby/slices/_gatsby-scripts-1.html", "<script>window.___chunkMapping={}</script>");
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "finish-pages-"));
  publicFolder = path.join(root, "public");
  cacheFolder = path.join(root, ".cache");
  writeSite();
});

afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe("finishPages", () => {
  test("stamps every page with the stable hash and makes the pages load the reader script", () => {
    const report = finishPages(
      publicFolder,
      { compilationHash: STABLE, readerScriptUrl: READER },
      cacheFolder,
    );
    assert.deepEqual(report, { files: 4, rewritten: 4, readerPages: 2 });
    for (const page of ["index.html", "ja/記事/index.html"]) {
      const html = read(page);
      assert.ok(html.includes(`<script src="${READER}" defer></script>`), page);
      assert.doesNotMatch(html, /___webpackCompilationHash|app-be2151593a36b65f3c84/);
    }
    assert.ok(read("ja/記事/index.html").includes("<h1>数式の記事</h1>"));
    assert.doesNotMatch(read("old/index.html"), /<script/);
    // Slice fragments are not pages: reader mode leaves them as Gatsby wrote them.
    assert.equal(
      read("_gatsby/slices/_gatsby-scripts-1.html"),
      "<script>window.___chunkMapping={}</script>",
    );
  });

  test("without reader mode, only the compilation hash changes", () => {
    const original = read("index.html");
    const report = finishPages(
      publicFolder,
      { compilationHash: STABLE, readerScriptUrl: null },
      cacheFolder,
    );
    assert.deepEqual(report, { files: 4, rewritten: 4, readerPages: 0 });
    assert.equal(read("index.html"), original.replace("abdb4f1444b5a85c1607", STABLE));
  });

  test("leaves pages as the last build finished them, and reworks those Gatsby wrote again", () => {
    const finish = { compilationHash: STABLE, readerScriptUrl: READER };
    finishPages(publicFolder, finish, cacheFolder);
    const home = read("index.html");
    // Gatsby renders one page again; the others stay as the first run left them.
    write("ja/記事/index.html", gatsbyPage("<main><h1>数式の記事、改訂</h1></main>"));
    const report = finishPages(publicFolder, finish, cacheFolder);
    assert.deepEqual(report, { files: 4, rewritten: 1, readerPages: 2 });
    assert.equal(read("index.html"), home);
    assert.ok(read("ja/記事/index.html").includes(`<script src="${READER}" defer></script>`));
  });

  test("does not read again a page it finished, even one it could not finish now", () => {
    // A page with a runtime script reader mode cannot remove would stop the build; recorded as
    // finished with this build's hash and script, it is left alone, which shows it is not reread.
    const leftover =
      '<html><head></head><body><script>window.pagePath="/x/"</script></body></html>';
    write("index.html", leftover);
    const finish = { compilationHash: STABLE, readerScriptUrl: READER };
    const key = JSON.stringify([STABLE, READER]);
    const digest = createHash("sha256").update(leftover).digest("hex");
    writeScans(
      cacheFolder,
      "finished-pages.json",
      FINISHED_PAGES_VERSION,
      new Map([[digest, { finish: key, readerPage: true }]]),
    );
    const report = finishPages(publicFolder, finish, cacheFolder);
    assert.equal(report.rewritten, 3);
    assert.equal(read("index.html"), leftover);
    // With another reader script, the record no longer applies and the page is named.
    assert.throws(
      () =>
        finishPages(publicFolder, { ...finish, readerScriptUrl: "/reader-other.js" }, cacheFolder),
      /public\/index\.html still holds Gatsby's loader data/,
    );
  });

  test("a new compilation hash reworks every page", () => {
    const finish = { compilationHash: STABLE, readerScriptUrl: null };
    finishPages(publicFolder, finish, cacheFolder);
    const report = finishPages(
      publicFolder,
      { ...finish, compilationHash: "0123456789abcdef0123" },
      cacheFolder,
    );
    assert.equal(report.rewritten, 4);
    assert.ok(read("index.html").includes('___webpackCompilationHash="0123456789abcdef0123"'));
  });
});
