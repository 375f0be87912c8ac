import assert from "node:assert/strict";
import { test } from "node:test";
import { load } from "cheerio";
import { renderToStaticMarkup } from "react-dom/server";
import { TableOfContents } from "../../src/components/TableOfContents";
import type { HeadingEntry } from "../../src/lib/markdown/heading-outline";

function heading(depth: number, id: string, html = id): HeadingEntry {
  return { id, depth, text: id, html };
}

function render(headings: HeadingEntry[], lang = "en") {
  return load(renderToStaticMarkup(<TableOfContents headings={headings} lang={lang} />));
}

test("renders nothing for fewer than three h2/h3 headings", () => {
  const html = renderToStaticMarkup(
    <TableOfContents
      headings={[heading(2, "a"), heading(3, "b"), heading(4, "c"), heading(4, "d")]}
      lang="en"
    />,
  );
  assert.equal(html, "");
});

test("a labelled nav with a nested list linking each heading's id", () => {
  const $ = render([
    heading(2, "intro"),
    heading(3, "why"),
    heading(4, "too-deep"),
    heading(3, "how"),
    heading(2, "はじめに"),
  ]);
  const nav = $("nav");
  assert.equal(nav.attr("aria-label"), "Table of contents");
  assert.equal(nav.attr("data-pagefind-ignore"), "");
  const top = nav.children("ol").children("li");
  assert.equal(top.length, 2);
  assert.deepEqual(
    top
      .first()
      .find("> ol > li > a")
      .map((_, link) => $(link).attr("href"))
      .get(),
    ["#why", "#how"],
  );
  assert.deepEqual(
    $("a")
      .map((_, link) => $(link).attr("href"))
      .get(),
    ["#intro", "#why", "#how", "#はじめに"],
  );
});

test("the component's words are in the post's language, which the page already has", () => {
  const $ = render([heading(2, "a"), heading(2, "b"), heading(2, "c")], "ja");
  assert.equal($("nav").attr("aria-label"), "目次");
  assert.equal($(".toc-title").text(), "目次");
  assert.equal($("nav [lang]").length + $("nav[lang]").length, 0);
  assert.equal($("nav ol ol").length, 0);
  const persian = render([heading(2, "a"), heading(2, "b"), heading(2, "c")], "fa");
  assert.equal(persian(".toc-title").text(), "فهرست مطالب");
});

test("a heading's markup (a typeset formula, code) is repeated as it is", () => {
  const $ = render([
    heading(2, "a", 'The <span class="katex">x</span> term'),
    heading(2, "b", "Using <code>map()</code>"),
    heading(2, "c"),
  ]);
  assert.equal($('a[href="#a"] .katex').text(), "x");
  assert.equal($('a[href="#b"] code').text(), "map()");
});
