import assert from "node:assert/strict";
import { test } from "node:test";
import { load } from "cheerio";
import { robotsTxt, sitemapXml } from "../../../src/lib/feeds/sitemap";
import { assertWellFormedXml } from "./xml-well-formed";

function parseSitemap(xml: string) {
  assertWellFormedXml(xml);
  return load(xml, { xml: true });
}

function urls(xml: string): { loc: string; lastmod: string | null }[] {
  const $ = parseSitemap(xml);
  return $("urlset > url")
    .toArray()
    .map((url) => {
      const lastmod = $(url).children("lastmod");
      return {
        loc: $(url).children("loc").text(),
        lastmod: lastmod.length === 0 ? null : lastmod.text(),
      };
    });
}

test("the urlset uses the sitemaps.org namespace", () => {
  const $ = parseSitemap(sitemapXml([{ url: "https://blog.example.com/", lastmod: null }]));
  assert.equal($("urlset").attr("xmlns"), "http://www.sitemaps.org/schemas/sitemap/0.9");
});

test("each URL appears once, sorted, with the latest lastmod given for it", () => {
  const xml = sitemapXml([
    { url: "https://blog.example.com/b/", lastmod: "2024-01-01" },
    { url: "https://blog.example.com/", lastmod: null },
    { url: "https://blog.example.com/b/", lastmod: "2024-03-01T10:00:00.000Z" },
    { url: "https://blog.example.com/a/", lastmod: "2024-02-01" },
    { url: "https://blog.example.com/b/", lastmod: null },
    { url: "https://blog.example.com/", lastmod: null },
  ]);
  assert.deepEqual(urls(xml), [
    { loc: "https://blog.example.com/", lastmod: null },
    { loc: "https://blog.example.com/a/", lastmod: "2024-02-01" },
    { loc: "https://blog.example.com/b/", lastmod: "2024-03-01T10:00:00.000Z" },
  ]);
});

test("the order of the entries given does not change the file", () => {
  const entries = [
    { url: "https://blog.example.com/z/", lastmod: "2024-01-01" },
    { url: "https://blog.example.com/Z/", lastmod: null },
    { url: "https://blog.example.com/ä/", lastmod: null },
  ];
  assert.equal(sitemapXml(entries), sitemapXml([...entries].reverse()));
});

test("URLs are XML-escaped and read back intact", () => {
  const url = `https://blog.example.com/search/?q=a&b=<c>"d"`;
  const xml = sitemapXml([{ url, lastmod: null }]);
  assert.ok(!xml.includes("&b="), "a raw ampersand would make the sitemap malformed");
  assert.deepEqual(urls(xml), [{ loc: url, lastmod: null }]);
});

test("an empty sitemap is a valid empty urlset", () => {
  assert.deepEqual(urls(sitemapXml([])), []);
});

test("an unreadable lastmod fails the build", () => {
  assert.throws(
    () => sitemapXml([{ url: "https://blog.example.com/", lastmod: "yesterday" }]),
    /blog\.example\.com/,
  );
});

test("robots.txt allows everything and names the sitemap", () => {
  assert.equal(
    robotsTxt("https://user.github.io/blog/sitemap.xml"),
    "User-agent: *\nAllow: /\n\nSitemap: https://user.github.io/blog/sitemap.xml\n",
  );
});

test("robots.txt refuses a sitemap URL that is relative or spans lines", () => {
  assert.throws(() => robotsTxt("/sitemap.xml"));
  assert.throws(() => robotsTxt("https://a.example/sitemap.xml\nDisallow: /"));
});

test("a page with versions in other languages lists them as xhtml:link alternates", () => {
  const alternates = [
    { hreflang: "en", url: "https://blog.example.com/a/" },
    { hreflang: "fa", url: "https://blog.example.com/fa/a/" },
    { hreflang: "x-default", url: "https://blog.example.com/a/" },
  ];
  const xml = sitemapXml([
    { url: "https://blog.example.com/a/", lastmod: null, alternates },
    { url: "https://blog.example.com/fa/a/", lastmod: null, alternates },
    { url: "https://blog.example.com/about/", lastmod: null },
  ]);
  const $ = parseSitemap(xml);
  assert.equal($("urlset").attr("xmlns:xhtml"), "http://www.w3.org/1999/xhtml");
  const links = (loc: string) =>
    $("url")
      .toArray()
      .filter((url) => $(url).children("loc").text() === loc)
      .flatMap((url) => $(url).children().toArray())
      .filter((child) => child.tagName === "xhtml:link")
      .map((link) => `${$(link).attr("rel")} ${$(link).attr("hreflang")} ${$(link).attr("href")}`);
  const expected = alternates.map((each) => `alternate ${each.hreflang} ${each.url}`);
  assert.deepEqual(links("https://blog.example.com/a/"), expected);
  assert.deepEqual(links("https://blog.example.com/fa/a/"), expected);
  assert.deepEqual(links("https://blog.example.com/about/"), []);
});

test("a sitemap without alternates declares no xhtml namespace", () => {
  const xml = sitemapXml([{ url: "https://blog.example.com/", lastmod: null }]);
  assert.doesNotMatch(xml, /xmlns:xhtml/);
});
