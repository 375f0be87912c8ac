import assert from "node:assert/strict";
import { test } from "node:test";
import { load } from "cheerio";
import { renderToStaticMarkup } from "react-dom/server";
import { Pagination } from "../../src/components/Pagination";

test("a middle page links both ways with rel and says where the reader is", () => {
  const $ = load(
    renderToStaticMarkup(
      <Pagination pageNumber={2} pageCount={3} previousPath="/" nextPath="/page/3/" />,
    ),
  );
  const nav = $("nav");
  assert.equal(nav.attr("aria-label"), "Pages");
  assert.equal(nav.find(".pagination-status").text(), "Page 2 of 3");
  assert.equal($('a[rel="prev"]').attr("href"), "/");
  assert.equal($('a[rel="prev"]').text(), "← Newer posts");
  assert.equal($('a[rel="next"]').attr("href"), "/page/3/");
  assert.equal($('a[rel="next"]').text(), "Older posts →");
  // The arrows are decoration; the link names are the words.
  assert.equal($('a[rel="next"] [aria-hidden="true"]').text(), " →");
});

test("the first and last pages have only the link that leads somewhere", () => {
  const first = load(
    renderToStaticMarkup(
      <Pagination pageNumber={1} pageCount={2} previousPath={null} nextPath="/tags/x/page/2/" />,
    ),
  );
  assert.equal(first('a[rel="prev"]').length, 0);
  assert.equal(first('a[rel="next"]').attr("href"), "/tags/x/page/2/");
  const last = load(
    renderToStaticMarkup(
      <Pagination pageNumber={2} pageCount={2} previousPath="/tags/x/" nextPath={null} />,
    ),
  );
  assert.equal(last('a[rel="next"]').length, 0);
  assert.equal(last('a[rel="prev"]').attr("href"), "/tags/x/");
});

test("a list of one page has no navigation at all", () => {
  const html = renderToStaticMarkup(
    <Pagination pageNumber={1} pageCount={1} previousPath={null} nextPath={null} />,
  );
  assert.equal(html, "");
});

test("in Japanese", () => {
  const $ = load(
    renderToStaticMarkup(
      <Pagination
        pageNumber={1}
        pageCount={2}
        previousPath={null}
        nextPath="/tags/ja/page/2/"
        lang="ja"
      />,
    ),
  );
  assert.equal($("nav").attr("aria-label"), "ページ");
  assert.equal($(".pagination-status").text(), "2ページ中1ページ目");
  assert.equal($('a[rel="next"]').text(), "古い記事 →");
});
