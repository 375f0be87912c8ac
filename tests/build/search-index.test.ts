import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { before, describe, test } from "node:test";
import type { CheerioAPI } from "cheerio";
import { loadPage } from "../support/built-site";
import { openBuiltIndex, type FoundPage } from "../support/pagefind-node";
import { publicFolder } from "../support/paths";

const POST = "/representation_learning/";
const POST_TITLE = "Recent Advances in Representation Learning";
const bundle = path.join(publicFolder, "pagefind");

/** The one search form of a page's main content: what it sends, and the label of its field. */
function mainSearchForm($: CheerioAPI) {
  const form = $("main form[role=search]");
  assert.equal(form.length, 1, "one search form in <main>");
  const input = form.find('input[name="q"]');
  assert.equal(input.length, 1);
  const id = input.attr("id") ?? "";
  assert.ok(id !== "");
  return {
    action: form.attr("action"),
    method: form.attr("method"),
    type: input.attr("type"),
    label: form.find(`label[for="${id}"]`).text(),
  };
}

describe("the search index of the real site", () => {
  let search: (term: string) => Promise<FoundPage[]>;

  before(async () => {
    assert.ok(fs.existsSync(bundle), "public/pagefind/ is missing: run `npm run build` first");
    search = await openBuiltIndex(publicFolder, { pageLanguage: "en", mergeOtherLanguages: true });
  });

  test("is written into public/pagefind/, without Pagefind's unused interfaces", () => {
    const files = fs.readdirSync(bundle);
    for (const needed of ["pagefind.js", "pagefind-worker.js", "pagefind-entry.json"]) {
      assert.ok(files.includes(needed), needed);
    }
    assert.ok(files.some((file) => /^wasm\.en\.pagefind$/.test(file)));
    assert.deepEqual(
      files.filter((file) => /ui\.(js|css)$|highlight/.test(file)),
      [],
    );
    const entry = JSON.parse(fs.readFileSync(path.join(bundle, "pagefind-entry.json"), "utf8"));
    assert.deepEqual(Object.keys(entry.languages), ["en"]);
    assert.equal(entry.languages.en.page_count, 1, "only the post is indexed");
  });

  test("finds the seed post by a word of its text, with its title and date", async () => {
    const found = await search("SimCLR");
    assert.equal(found.length, 1);
    const [post] = found;
    assert.equal(post?.url, POST);
    assert.equal(post?.meta.title, POST_TITLE);
    assert.equal(post?.meta.date, "2020-04-20T22:01:03.284Z");
    assert.equal(post?.meta.lang, "en");
    assert.match(post?.excerpt ?? "", /<mark>SimCLR<\/mark>/);
  });

  test("indexes the article only, not the header, footer or other pages", async () => {
    // Words of the footer (on every page) and of the 404 page only. Pagefind also returns a page
    // for a one-letter word the query starts with (an author's initial in the first post's
    // bibliography, "Chen T"), so what is checked is the text it indexed, not that none came back.
    for (const word of ["typeset", "mistyped"]) {
      for (const found of await search(word)) {
        assert.doesNotMatch(found.content, new RegExp(word, "i"), found.url);
      }
    }
    const footer = loadPage(POST)("footer").text();
    assert.match(footer, /typeset/, "the footer has the word searched for");
    // The post's description is in its <article>, so it counts.
    assert.equal((await search("representation")).length, 1);
  });

  test("reads each formula once, as the reader sees it, not again from its MathML", async () => {
    const [post] = await search("SimCLR");
    const html = fs.readFileSync(path.join(publicFolder, POST, "index.html"), "utf8");
    assert.match(html, /class="katex-mathml"/, "the post has MathML to leave out");
    // The Markdown: "a batch of images (batch size $B$) are transformed in two ways, resulting
    // in $2B$ images". With the MathML read too, each formula would come out twice ("2B2B").
    const text = (post?.content ?? "").replace(/\s+/g, " ");
    assert.match(text, /\(batch size B\) are transformed in two ways, resulting in 2B images\./);
  });
});

describe("the search page and the 404 page", () => {
  test("the search page has a search form that submits ?q= to itself", () => {
    const $ = loadPage("/search/");
    assert.deepEqual(mainSearchForm($), {
      action: "/search/",
      method: "get",
      type: "search",
      label: "Search posts",
    });
    assert.equal($("[data-search-bundle]").attr("data-search-bundle"), "/pagefind/");
    assert.equal($("main [role=status]").length, 1, "a live region for the result count");
    assert.equal($("h1").text(), "Search");
  });

  for (const address of ["/404/", "/404.html"]) {
    test(`${address} says so, offers search, the latest posts and the home page`, () => {
      const $ = loadPage(address);
      assert.equal($("h1").text(), "Page not found");
      assert.equal($('meta[name="robots"]').attr("content"), "noindex");
      assert.deepEqual(mainSearchForm($), {
        action: "/search/",
        method: "get",
        type: "search",
        label: "Search posts",
      });
      const recent = $("main .recent-posts li");
      assert.equal(recent.length, 1);
      assert.equal(recent.find("a").attr("href"), POST);
      assert.equal(recent.find("a").text(), POST_TITLE);
      assert.equal(recent.find("time").text(), "April 20, 2020");
      assert.equal($('main a[href="/"]').length, 1);
    });
  }
});
