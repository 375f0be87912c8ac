import assert from "node:assert/strict";
import { test } from "node:test";
import { load } from "cheerio";
import { inlineScriptHashes } from "../../../src/lib/hosting/hosting-headers";
import { isRedirectPage, redirectPageHtml } from "../../../src/lib/redirects/redirect-page";

const page = redirectPageHtml({
  targetPath: "/blog/2019/05/my-post/",
  canonicalUrl: "https://example.org/blog/2019/05/my-post/",
  title: "Graphs & <Trees>",
  lang: "en",
});
const $ = load(page);

test("sends browsers on at once, and names the new address as canonical", () => {
  assert.equal($('meta[http-equiv="refresh"]').attr("content"), "0; url=/blog/2019/05/my-post/");
  assert.equal(
    $('link[rel="canonical"]').attr("href"),
    "https://example.org/blog/2019/05/my-post/",
  );
});

test("asks search engines not to index the old address", () => {
  assert.equal($('meta[name="robots"]').attr("content"), "noindex");
});

test("has a visible link for readers whose browser does not follow the refresh", () => {
  const link = $("body a");
  assert.equal(link.attr("href"), "/blog/2019/05/my-post/");
  assert.equal(link.text(), "Graphs & <Trees>");
  assert.match($("body").text(), /This page has moved to Graphs & <Trees>\./);
  assert.match(page, /Graphs &amp; &lt;Trees&gt;/);
  assert.equal($("title").text(), "Moved: Graphs & <Trees>");
});

test("runs no script and loads nothing, so the site's CSP holds", () => {
  assert.equal($("script").length, 0);
  assert.deepEqual(inlineScriptHashes(page), []);
  assert.equal($("link[rel=stylesheet], img, style").length, 0);
  assert.doesNotMatch(page, /\son[a-z]+=/i);
});

test("is in the post's language", () => {
  assert.equal($("html").attr("lang"), "en");
  const japanese = load(
    redirectPageHtml({
      targetPath: "/a/",
      canonicalUrl: "https://e.org/a/",
      title: "グラフ",
      lang: "ja",
    }),
  );
  assert.equal(japanese("html").attr("lang"), "ja");
  assert.match(japanese("body").text(), /このページはグラフに移動しました。/);
  const british = load(
    redirectPageHtml({
      targetPath: "/a/",
      canonicalUrl: "https://e.org/a/",
      title: "Colour",
      lang: "en-GB",
    }),
  );
  assert.equal(british("html").attr("lang"), "en-GB");
});

test("a post in a language the page has no words for keeps its title marked in that language", () => {
  const german = load(
    redirectPageHtml({
      targetPath: "/a/",
      canonicalUrl: "https://e.org/a/",
      title: "Graphen",
      lang: "de",
    }),
  );
  assert.equal(german("html").attr("lang"), "en");
  assert.equal(german("body a").attr("lang"), "de");
});

test("is recognised as a redirect page, and a page of the site is not", () => {
  assert.equal(isRedirectPage(page), true);
  assert.equal(
    isRedirectPage("<!DOCTYPE html><html><head><title>Post</title></head></html>"),
    false,
  );
});
