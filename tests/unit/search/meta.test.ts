import assert from "node:assert/strict";
import { test } from "node:test";
import { load } from "cheerio";
import { withSearchMeta } from "../../../src/lib/search/meta";

const page =
  '<!doctype html><html lang="en"><body><article data-pagefind-body><h1>T</h1></article></body></html>';

test("attaches title, date and language as Pagefind metadata read from attributes", () => {
  const $ = load(withSearchMeta(page, { title: 'A, B & "C" <D>', date: "2020-04-20", lang: "ja" }));
  const element = $("[data-pagefind-meta]");
  assert.equal(element.length, 1);
  assert.equal(
    element.attr("data-pagefind-meta"),
    "title[data-title], date[data-date], lang[data-lang]",
  );
  assert.equal(element.attr("data-title"), 'A, B & "C" <D>');
  assert.equal(element.attr("data-date"), "2020-04-20");
  assert.equal(element.attr("data-lang"), "ja");
  // Inside <body>, after the article, and empty: it adds no text to the index.
  assert.equal(element.parent().prop("tagName"), "BODY");
  assert.equal(element.text(), "");
  assert.equal($("article h1").text(), "T");
});

test("escapes values, so a title cannot end the attribute or open a tag", () => {
  const html = withSearchMeta(page, { title: '"><script>x</script>', date: "d", lang: "en" });
  assert.doesNotMatch(html, /<script>/);
  assert.match(html, /data-title="&quot;&gt;&lt;script&gt;x&lt;\/script&gt;"/);
});

test("appends to a document without </body>", () => {
  const html = withSearchMeta("<p>x</p>", { title: "t", date: "d", lang: "en" });
  assert.match(html, /^<p>x<\/p><span data-pagefind-meta=/);
});
