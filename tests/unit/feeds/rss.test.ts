import assert from "node:assert/strict";
import { test } from "node:test";
import { load } from "cheerio";
import { feedHtml } from "../../../src/lib/feeds/feed-html";
import { rssFeed } from "../../../src/lib/feeds/rss";
import { displayMath, post, prefixedSite, responsiveImage } from "./fixtures";
import { assertWellFormedXml } from "./xml-well-formed";

/** Checks well-formedness strictly, then parses for the assertions that follow. */
function parseFeed(xml: string) {
  assertWellFormedXml(xml);
  return load(xml, { xml: true });
}

const nastyTitle = `Say "hi" & <script>alert('x')</script> to Q&A`;

test("the channel describes the site and links to itself", () => {
  const $ = parseFeed(rssFeed(prefixedSite, [post()]));
  assert.equal($("rss").attr("version"), "2.0");
  assert.equal($("rss").attr("xmlns:content"), "http://purl.org/rss/1.0/modules/content/");
  assert.equal($("rss").attr("xmlns:atom"), "http://www.w3.org/2005/Atom");
  assert.equal($("channel > title").text(), "Technical Notes");
  assert.equal($("channel > link").text(), "https://user.github.io/blog/");
  assert.equal($("channel > description").text(), "Notes on machine learning & software");
  assert.equal($("channel > language").text(), "en");
  const self = $("channel > atom\\:link");
  assert.equal(self.attr("href"), "https://user.github.io/blog/rss.xml");
  assert.equal(self.attr("rel"), "self");
  assert.equal(self.attr("type"), "application/rss+xml");
});

test("titles with quotes, ampersands and markup are escaped and read back intact", () => {
  const site = { ...prefixedSite, title: nastyTitle, description: "<b>bold</b> & more" };
  const xml = rssFeed(site, [post({ title: nastyTitle, tags: ["C&C", "<tag>"] })]);
  assert.ok(!xml.includes("<script>"), "markup in a title must not reach the XML as markup");
  const $ = parseFeed(xml);
  assert.equal($("channel > title").text(), nastyTitle);
  assert.equal($("channel > description").text(), "<b>bold</b> & more");
  assert.equal($("item > title").text(), nastyTitle);
  assert.deepEqual(
    $("item > category")
      .toArray()
      .map((c) => $(c).text()),
    ["C&C", "<tag>"],
  );
});

test("URLs with query strings are escaped in elements and attributes", () => {
  const url = "https://user.github.io/blog/a-post/?a=1&b=2";
  const site = { ...prefixedSite, rssUrl: "https://user.github.io/blog/rss.xml?x=1&y=2" };
  const $ = parseFeed(rssFeed(site, [post({ url })]));
  assert.equal($("item > link").text(), url);
  assert.equal($("item > guid").text(), url);
  assert.equal($("channel > atom\\:link").attr("href"), site.rssUrl);
});

test("content:encoded holds the feed HTML, even when it contains ]]>", () => {
  const html =
    `<p>Index <a href="#n" title="a[b[0]]>c">x</a></p><!-- ]]> -->` +
    `<figure>${responsiveImage("chart")}</figure>${displayMath}`;
  const item = post({ html });
  const expected = feedHtml(html, item.url);
  assert.ok(expected.includes("]]>"), "the fixture must exercise the CDATA split");
  const xml = rssFeed(prefixedSite, [item]);
  const $ = parseFeed(xml);
  const content = $("item > content\\:encoded");
  assert.equal(content.text(), expected);
  // Read the HTML back as a reader would, to see the transformation made it into the feed.
  const body = load(content.text(), null, false);
  assert.equal(body("a").attr("href"), "https://user.github.io/blog/a-post/#n");
  assert.equal(body("img").attr("src"), "https://user.github.io/blog/static/abc/37523/chart.png");
  assert.equal(body('math[display="block"] annotation').text(), "E = mc^2");
});

test("items are newest first, each with link, permalink guid, RFC 822 date and plain description", () => {
  const posts = [
    post({ title: "Middle", url: "https://user.github.io/blog/m/", published: "2024-02-01" }),
    post({ title: "Newest", url: "https://user.github.io/blog/n/", published: "2024-03-01" }),
    post({ title: "Oldest", url: "https://user.github.io/blog/o/", published: "2023-12-31" }),
  ];
  const $ = parseFeed(rssFeed(prefixedSite, posts));
  const items = $("item").toArray();
  assert.deepEqual(
    items.map((item) => $(item).children("title").text()),
    ["Newest", "Middle", "Oldest"],
  );
  const first = $(items[0]);
  assert.equal(first.children("link").text(), "https://user.github.io/blog/n/");
  assert.equal(first.children("guid").text(), "https://user.github.io/blog/n/");
  assert.equal(first.children("guid").attr("isPermaLink"), "true");
  assert.equal(first.children("pubDate").text(), "Fri, 01 Mar 2024 00:00:00 GMT");
  assert.equal(first.children("description").text(), "What the post is about.");
});

test("posts published at the same time are ordered by URL, whatever order they come in", () => {
  const a = post({ title: "A", url: "https://user.github.io/blog/a/" });
  const b = post({ title: "B", url: "https://user.github.io/blog/b/" });
  assert.equal(rssFeed(prefixedSite, [a, b]), rssFeed(prefixedSite, [b, a]));
  const $ = parseFeed(rssFeed(prefixedSite, [b, a]));
  assert.deepEqual(
    $("item > title")
      .toArray()
      .map((t) => $(t).text()),
    ["A", "B"],
  );
});

test("lastBuildDate comes from the posts, not from the clock", (t) => {
  t.mock.timers.enable({ apis: ["Date"], now: Date.parse("2031-07-04T12:00:00Z") });
  const posts = [
    post({ url: "https://user.github.io/blog/new/", published: "2024-03-01T10:00:00Z" }),
    // An older post edited later than the newest one was published: the feed changed then.
    post({
      url: "https://user.github.io/blog/old/",
      published: "2023-01-01T10:00:00Z",
      updated: "2024-03-05T08:30:00Z",
    }),
  ];
  const xml = rssFeed(prefixedSite, posts);
  const $ = parseFeed(xml);
  assert.equal($("channel > lastBuildDate").text(), "Tue, 05 Mar 2024 08:30:00 GMT");
  assert.ok(!xml.includes("2031"));
});

test("lastBuildDate is the newest post's date when nothing was updated", () => {
  const posts = [post({ published: "2024-03-01T10:00:00Z" }), post({ published: "2022-01-01" })];
  const $ = parseFeed(rssFeed(prefixedSite, posts));
  assert.equal($("channel > lastBuildDate").text(), "Fri, 01 Mar 2024 10:00:00 GMT");
});

test("an item says its language only when it differs from the site's", () => {
  const posts = [
    post({ url: "https://user.github.io/blog/ja/", lang: "ja", published: "2024-02-01" }),
    post({ url: "https://user.github.io/blog/en/", lang: "EN", published: "2024-01-01" }),
  ];
  const $ = parseFeed(rssFeed(prefixedSite, posts));
  const [ja, en] = $("item").toArray();
  assert.equal($(ja).children("dc\\:language").text(), "ja");
  assert.equal($(en).children("dc\\:language").length, 0);
});

test("a post without a description is summarised from its text, without markup or TeX", () => {
  const html = `<p>Energy <span class="math math-inline">${displayMath}</span> is &lt;conserved&gt;.</p>`;
  const $ = parseFeed(rssFeed(prefixedSite, [post({ description: null, html })]));
  assert.equal($("item > description").text(), "Energy E=mc2 is <conserved>.");
});

test("characters XML forbids are stripped instead of breaking the feed", () => {
  const xml = rssFeed(prefixedSite, [
    post({ title: "Bell\u0007 and NUL\u0000", html: "<p>form\u000Cfeed</p>" }),
  ]);
  const $ = parseFeed(xml);
  assert.equal($("item > title").text(), "Bell and NUL");
  assert.equal($("item > content\\:encoded").text(), "<p>formfeed</p>");
});

test("limit keeps only the newest posts", () => {
  const posts = ["2024-01-01", "2024-01-03", "2024-01-02"].map((published) =>
    post({ url: `https://user.github.io/blog/${published}/`, published }),
  );
  const $ = parseFeed(rssFeed(prefixedSite, posts, { limit: 2 }));
  assert.deepEqual(
    $("item > link")
      .toArray()
      .map((l) => $(l).text()),
    ["https://user.github.io/blog/2024-01-03/", "https://user.github.io/blog/2024-01-02/"],
  );
  assert.throws(() => rssFeed(prefixedSite, posts, { limit: -1 }), RangeError);
});

test("an empty feed is still a valid channel, without a build date", () => {
  const $ = parseFeed(rssFeed(prefixedSite, []));
  assert.equal($("item").length, 0);
  assert.equal($("lastBuildDate").length, 0);
});

test("a post with an unreadable date fails loudly", () => {
  assert.throws(() => rssFeed(prefixedSite, [post({ published: "last Tuesday" })]), /a-post/);
});

test("dc:creator is the post's own author when it has one, else the site's", () => {
  const xml = rssFeed(prefixedSite, [
    post({ url: "https://a.example/x/", author: "Guest Writer" }),
    post({ url: "https://a.example/y/" }),
  ]);
  const $ = load(xml, { xml: true });
  const creators = $("item")
    .toArray()
    .map((item) => $(item).find("dc\\:creator").text());
  assert.ok(creators.includes("Guest Writer"));
  assert.ok(creators.includes(prefixedSite.author));
});
