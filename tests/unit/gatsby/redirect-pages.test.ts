import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, test } from "node:test";
import { load } from "cheerio";
import { writeRedirectPages, type MovedPost } from "../../../src/gatsby/redirect-pages";

let root = "";
let publicFolder = "";
let cacheFolder = "";
let ownRulesFile = "";

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "redirect-pages-"));
  publicFolder = path.join(root, "public");
  cacheFolder = path.join(root, ".cache");
  ownRulesFile = path.join(root, "static", "_redirects");
  fs.mkdirSync(publicFolder, { recursive: true });
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

function build(posts: readonly MovedPost[], pathPrefix = "") {
  return writeRedirectPages({
    publicFolder,
    cacheFolder,
    ownRulesFile,
    siteUrl: "https://example.org",
    pathPrefix,
    posts,
  });
}

const read = (file: string) => fs.readFileSync(path.join(publicFolder, file), "utf8");
const exists = (file: string) => fs.existsSync(path.join(publicFolder, file));

const moved: MovedPost = {
  slug: "/2019/05/my-post/",
  title: "My post",
  lang: "en",
  redirectFrom: ["/2015/old-name/", "/old-name.html"],
};

test("writes a page at each old address and a _redirects line for each", () => {
  assert.deepEqual(build([moved], "/notes"), { pages: 2, removed: 0 });
  for (const file of ["2015/old-name/index.html", "old-name.html"]) {
    const $ = load(read(file));
    assert.equal($('meta[http-equiv="refresh"]').attr("content"), "0; url=/notes/2019/05/my-post/");
    assert.equal(
      $('link[rel="canonical"]').attr("href"),
      "https://example.org/notes/2019/05/my-post/",
    );
  }
  const lines = read("_redirects")
    .split("\n")
    .filter((line) => !line.startsWith("#") && line !== "");
  assert.deepEqual(lines, [
    "/notes/2015/old-name/ /notes/2019/05/my-post/ 301",
    "/notes/old-name.html /notes/2019/05/my-post/ 301",
  ]);
});

test("a later build removes the pages of old addresses no post has any more", () => {
  build([moved]);
  fs.mkdirSync(path.join(publicFolder, "2015", "kept"), { recursive: true });
  fs.writeFileSync(path.join(publicFolder, "2015", "kept", "index.html"), "<p>a page</p>");
  const result = build([{ ...moved, redirectFrom: ["/old-name.html"] }]);
  assert.deepEqual(result, { pages: 1, removed: 1 });
  assert.equal(exists("2015/old-name/index.html"), false);
  assert.equal(exists("2015/old-name"), false);
  assert.equal(exists("2015/kept/index.html"), true);
  assert.equal(exists("old-name.html"), true);
  assert.doesNotMatch(read("_redirects"), /2015/);
  build([]);
  assert.equal(exists("old-name.html"), false);
  assert.equal(exists("_redirects"), false);
});

test("a page written since at an old address is never removed", () => {
  build([moved]);
  // The post moved back: Gatsby has written its page where the redirect was.
  fs.writeFileSync(path.join(publicFolder, "2015", "old-name", "index.html"), "<p>the post</p>");
  build([{ ...moved, redirectFrom: ["/old-name.html"] }]);
  assert.equal(read("2015/old-name/index.html"), "<p>the post</p>");
});

test("refuses to replace a page of the site", () => {
  fs.mkdirSync(path.join(publicFolder, "about"), { recursive: true });
  fs.writeFileSync(path.join(publicFolder, "about", "index.html"), "<p>about</p>");
  assert.throws(
    () => build([{ ...moved, redirectFrom: ["/about/"] }]),
    /The old address \/about\/ of \/2019\/05\/my-post\/ would replace the page/,
  );
  assert.equal(read("about/index.html"), "<p>about</p>");
});

test("keeps the owner's own rules from static/_redirects after the build's", () => {
  fs.mkdirSync(path.dirname(ownRulesFile), { recursive: true });
  fs.writeFileSync(ownRulesFile, "/docs/* https://docs.example.org/:splat 302\n");
  build([moved]);
  const file = read("_redirects");
  assert.ok(file.indexOf("/old-name.html /2019/05/my-post/ 301") < file.indexOf("/docs/*"));
  build([]);
  assert.equal(read("_redirects"), "/docs/* https://docs.example.org/:splat 302\n");
});
