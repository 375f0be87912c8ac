import assert from "node:assert/strict";
import { test } from "node:test";
import { load } from "cheerio";
import { feedHtml } from "../../../src/lib/feeds/feed-html";
import { jsonFeed } from "../../../src/lib/feeds/json-feed";
import { inlineMath, post, prefixedSite, responsiveImage } from "./fixtures";

const nastyTitle = `Say "hi" & <script>alert('x')</script>`;

function parse(json: string): Record<string, unknown> {
  const value: unknown = JSON.parse(json);
  assert.ok(typeof value === "object" && value !== null && !Array.isArray(value));
  return value as Record<string, unknown>;
}

function items(feed: Record<string, unknown>): Record<string, unknown>[] {
  const list = feed["items"];
  assert.ok(Array.isArray(list));
  return list as Record<string, unknown>[];
}

test("the top level describes the site in a fixed key order", () => {
  const feed = parse(jsonFeed(prefixedSite, [post()]));
  assert.deepEqual(Object.keys(feed), [
    "version",
    "title",
    "home_page_url",
    "feed_url",
    "description",
    "language",
    "authors",
    "items",
  ]);
  assert.equal(feed["version"], "https://jsonfeed.org/version/1.1");
  assert.equal(feed["title"], "Technical Notes");
  assert.equal(feed["home_page_url"], "https://user.github.io/blog/");
  assert.equal(feed["feed_url"], "https://user.github.io/blog/feed.json");
  assert.equal(feed["description"], "Notes on machine learning & software");
  assert.equal(feed["language"], "en");
  assert.deepEqual(feed["authors"], [{ name: "Technical Notes authors" }]);
});

test("each item carries the whole post, field by field", () => {
  const html = `<p><a href="/blog/b/">b</a> ${inlineMath}</p><figure>${responsiveImage("c")}</figure>`;
  const source = post({
    title: nastyTitle,
    html,
    tags: ["ml", "ja"],
    lang: "ja",
    published: "2024-01-10",
    updated: "2024-02-11T08:00:00+09:00",
  });
  const [item, ...rest] = items(parse(jsonFeed(prefixedSite, [source])));
  assert.equal(rest.length, 0);
  assert.ok(item !== undefined);
  assert.deepEqual(Object.keys(item), [
    "id",
    "url",
    "title",
    "content_html",
    "summary",
    "date_published",
    "date_modified",
    "tags",
    "language",
    "authors",
  ]);
  assert.equal(item["id"], source.url);
  assert.equal(item["url"], source.url);
  assert.equal(item["title"], nastyTitle);
  assert.equal(item["content_html"], feedHtml(html, source.url));
  assert.equal(item["summary"], "What the post is about.");
  assert.equal(item["date_published"], "2024-01-10T00:00:00.000Z");
  assert.equal(item["date_modified"], "2024-02-10T23:00:00.000Z");
  assert.deepEqual(item["tags"], ["ml", "ja"]);
  assert.equal(item["language"], "ja");
  assert.deepEqual(item["authors"], [{ name: prefixedSite.author }]);

  const content = item["content_html"];
  assert.ok(typeof content === "string");
  const $ = load(content, null, false);
  assert.equal($("a").attr("href"), "https://user.github.io/blog/b/");
  assert.equal($("math annotation").text(), "x^2 < \\frac{a}{b}");
  assert.equal($(".katex-html").length, 0);
  assert.deepEqual(
    { ...$("img").attr() },
    {
      src: "https://user.github.io/blog/static/abc/37523/chart.png",
      alt: "c",
    },
  );
});

test("an item that was never updated has no date_modified", () => {
  const [item] = items(parse(jsonFeed(prefixedSite, [post()])));
  assert.ok(item !== undefined);
  assert.equal("date_modified" in item, false);
});

test("items are newest first and the output does not depend on input order", () => {
  const posts = [
    post({ url: "https://user.github.io/blog/1/", published: "2024-01-01" }),
    post({ url: "https://user.github.io/blog/3/", published: "2024-03-01" }),
    post({ url: "https://user.github.io/blog/2/", published: "2024-02-01" }),
  ];
  const json = jsonFeed(prefixedSite, posts);
  assert.deepEqual(
    items(parse(json)).map((item) => item["url"]),
    [
      "https://user.github.io/blog/3/",
      "https://user.github.io/blog/2/",
      "https://user.github.io/blog/1/",
    ],
  );
  assert.equal(jsonFeed(prefixedSite, [...posts].reverse()), json);
  assert.equal(items(parse(jsonFeed(prefixedSite, posts, { limit: 1 }))).length, 1);
});

test("the output is pretty-printed with two spaces and ends with a newline", () => {
  const json = jsonFeed(prefixedSite, []);
  assert.ok(json.startsWith('{\n  "version": "https://jsonfeed.org/version/1.1",\n'));
  assert.ok(json.endsWith("}\n"));
  assert.deepEqual(items(parse(json)), []);
});

test("a post's own author replaces the site's in its item", () => {
  const [item] = items(parse(jsonFeed(prefixedSite, [post({ author: "Guest Writer" })])));
  assert.deepEqual(item?.["authors"], [{ name: "Guest Writer" }]);
});
