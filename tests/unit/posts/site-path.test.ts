import assert from "node:assert/strict";
import { test } from "node:test";
import { normalizeSitePath, type SitePathKind } from "../../../src/lib/posts/site-path";

function pathOf(value: string, kind: SitePathKind = "page"): string | null {
  return normalizeSitePath(value, kind).path;
}

function problemOf(value: string, kind: SitePathKind = "page"): string {
  const result = normalizeSitePath(value, kind);
  assert.equal(result.path, null, `${value} should be refused, got ${result.path}`);
  return result.problem ?? "";
}

test("a path gets a leading and a trailing slash", () => {
  assert.equal(pathOf("my-post"), "/my-post/");
  assert.equal(pathOf("/my-post"), "/my-post/");
  assert.equal(pathOf("my-post/"), "/my-post/");
  assert.equal(pathOf("/2019/05/my-post/"), "/2019/05/my-post/");
  assert.equal(pathOf("  /2019/05/my-post  "), "/2019/05/my-post/");
  assert.equal(pathOf("/"), "/");
});

test("letters of any script, digits and - _ . ~ are kept; escapes are decoded once", () => {
  assert.equal(pathOf("/notes/v1.2_beta~x/"), "/notes/v1.2_beta~x/");
  assert.equal(pathOf("/ノート/深層学習/"), "/ノート/深層学習/");
  assert.equal(pathOf("/%E6%B7%B1%E5%B1%A4/"), "/深層/");
  assert.equal(pathOf("/Old-Post/"), "/Old-Post/");
});

test("query strings, fragments and full URLs are refused, each with its reason", () => {
  assert.match(problemOf("/post/?p=12"), /query string/);
  assert.match(problemOf("/post/#intro"), /fragment/);
  assert.match(problemOf("/post/#a?b"), /fragment/);
  assert.match(problemOf("https://old.example.org/post/"), /full URL; write only its path/);
  assert.match(problemOf("//old.example.org/post/"), /full URL/);
});

test("dot folders, empty folders and bad escapes are refused", () => {
  assert.match(problemOf("/2019/../secret/"), /\. or \.\. folder/);
  assert.match(problemOf("./post/"), /\. or \.\. folder/);
  assert.match(problemOf("/2019//post/"), /empty folder name/);
  assert.match(problemOf("/post%2/"), /% that does not start an escape/);
  assert.match(problemOf(""), /is empty/);
  assert.match(problemOf("   "), /is empty/);
});

test("characters that are unsafe in a path are named", () => {
  assert.match(problemOf("/my post/"), /has a space, which is not safe in a path/);
  assert.match(problemOf('/a"b<c/'), /has `"` and `<`, which are not safe/);
  assert.match(problemOf("/c\\x/"), /has `\\`, which is/);
  // `*` and `:` would be a splat and a placeholder in _redirects.
  assert.match(problemOf("/old/*"), /`\*`/);
  assert.match(problemOf("/old/:year/"), /`:`/);
  // An escape cannot smuggle a slash or a space in.
  assert.match(problemOf("/a%2Fb/"), /`\/`/);
  assert.match(problemOf("/a%20b/"), /a space/);
});

test("folders the build writes its own files into are refused", () => {
  assert.match(problemOf("/static/post/"), /inside \/static\//);
  assert.match(problemOf("/og/posts/", "old"), /inside \/og\//);
  assert.match(problemOf("pagefind"), /inside \/pagefind\//);
  assert.equal(pathOf("/statistics/"), "/statistics/");
});

test("a post's own path is a folder: a file name is refused with the fix", () => {
  assert.match(problemOf("/notes.html"), /names a file; .* such as \/notes\/ .*redirectFrom/);
  assert.equal(pathOf("/notes.html/"), "/notes.html/");
});

test("an old address may be an .html page; index.html is its folder", () => {
  assert.equal(pathOf("/2019/05/old-post.html", "old"), "/2019/05/old-post.html");
  assert.equal(pathOf("old-post.HTM", "old"), "/old-post.HTM");
  assert.equal(pathOf("/2019/old/index.html", "old"), "/2019/old/");
  assert.equal(pathOf("/index.html", "old"), "/");
  assert.match(problemOf("/404.html", "old"), /page-not-found/);
});

test("an old address that ends like another kind of file is refused, with the way out", () => {
  assert.match(problemOf("/post.php", "old"), /ends like a file name \(\.php\).*end it with \//);
  assert.equal(pathOf("/post.php/", "old"), "/post.php/");
  // A version number is not a file extension.
  assert.equal(pathOf("/release-1.2", "old"), "/release-1.2/");
});
