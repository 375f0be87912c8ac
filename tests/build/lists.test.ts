import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import type { CheerioAPI } from "cheerio";
import sharp from "sharp";
import { siteMetadata } from "../../src/site-config";
import { builtFile, loadPage } from "../support/built-site";
import { buildFixtureSite, type FixtureBuild } from "../support/fixture-site";
import { meta } from "../support/head";
import { builtManyPostsSite, DRAFT_TITLE, SCHEDULED_TITLE } from "../support/many-posts";
import { serveStatic } from "../../tools/static-server";

const origin = siteMetadata.siteUrl;

/** `/post-25/`, `/post-24/`, … from `from` down to `to`. */
function posts(from: number, to: number): string[] {
  const slugs: string[] = [];
  for (let number = from; number >= to; number -= 1) {
    slugs.push(`/post-${String(number).padStart(2, "0")}/`);
  }
  return slugs;
}

/** The posts a list page links to, in order. */
function entries($: CheerioAPI): string[] {
  return $(".post-list .post-summary h2 a")
    .map((_, link) => $(link).attr("href"))
    .get();
}

interface Navigation {
  status: string | null;
  previous: string | null;
  next: string | null;
}

function navigation($: CheerioAPI): Navigation {
  const nav = $("nav.pagination");
  return {
    status: nav.length === 0 ? null : nav.find(".pagination-status").text(),
    previous: nav.find('a[rel="prev"]').attr("href") ?? null,
    next: nav.find('a[rel="next"]').attr("href") ?? null,
  };
}

describe("post lists of a 25-post site", () => {
  let site: FixtureBuild;
  let page: (urlPath: string) => CheerioAPI;
  const exists = (urlPath: string) =>
    fs.existsSync(path.join(site.publicFolder, urlPath, "index.html"));

  before(() => {
    site = builtManyPostsSite();
    assert.equal(site.status, 0, site.output);
    page = (urlPath) => loadPage(urlPath, site.publicFolder);
  });

  test("the home list has three pages of 10, 10 and 5 posts, newest first", () => {
    assert.deepEqual(entries(page("/")), posts(25, 16));
    assert.deepEqual(entries(page("/page/2/")), posts(15, 6));
    assert.deepEqual(entries(page("/page/3/")), posts(5, 1));
    assert.equal(exists("/page/1/"), false);
    assert.equal(exists("/page/4/"), false);
  });

  test("page 4 answers 404 with the site's 404 page", async () => {
    const server = await serveStatic(site.publicFolder);
    try {
      const response = await fetch(`${server.origin}/page/4/`);
      assert.equal(response.status, 404);
      assert.match(await response.text(), /<h1[^>]*>[^<]*not found/i);
    } finally {
      await server.close();
    }
  });

  test("each home page links to its neighbours with rel prev/next and says where it is", () => {
    assert.deepEqual(navigation(page("/")), {
      status: "Page 1 of 3",
      previous: null,
      next: "/page/2/",
    });
    assert.deepEqual(navigation(page("/page/2/")), {
      status: "Page 2 of 3",
      previous: "/",
      next: "/page/3/",
    });
    assert.deepEqual(navigation(page("/page/3/")), {
      status: "Page 3 of 3",
      previous: "/page/2/",
      next: null,
    });
    assert.equal(page("/page/2/")("nav.pagination").attr("aria-label"), "Pages");
  });

  test("an entry has its linked title, date, reading time, tag links and description", () => {
    const entry = page("/")('.post-summary:has(a[href="/post-25/"])');
    assert.equal(entry.find("h2 a").text(), "Post 25");
    assert.equal(entry.find("time").attr("datetime"), "2021-08-10");
    assert.equal(entry.find("time").text(), "August 10, 2021");
    assert.equal(entry.find(".reading-time").text(), "1 min read");
    assert.deepEqual(
      entry
        .find(".tag a")
        .map((_, link) => page("/")(link).attr("href"))
        .get(),
      ["/tags/en/", "/tags/everything/"],
    );
    assert.equal(entry.find("p").last().text(), "Description of post 25.");
  });

  test("tag pages hold 25, 11, 10 and 1 posts over the right number of pages", () => {
    assert.deepEqual(entries(page("/tags/everything/")), posts(25, 16));
    assert.deepEqual(entries(page("/tags/everything/page/3/")), posts(5, 1));
    assert.deepEqual(navigation(page("/tags/everything/page/2/")), {
      status: "Page 2 of 3",
      previous: "/tags/everything/",
      next: "/tags/everything/page/3/",
    });
    assert.deepEqual(entries(page("/tags/eleven/")), posts(11, 2));
    assert.deepEqual(entries(page("/tags/eleven/page/2/")), ["/post-01/"]);
    assert.deepEqual(entries(page("/tags/ten/")), posts(21, 12));
    assert.equal(exists("/tags/ten/page/2/"), false);
    assert.deepEqual(navigation(page("/tags/ten/")), { status: null, previous: null, next: null });
    assert.deepEqual(entries(page("/tags/solo/")), ["/post-13/"]);
  });

  test("a tag page has its own title, description, canonical URL and drawn card", async () => {
    const $ = page("/tags/eleven/page/2/");
    assert.equal($("h1").text(), "Posts tagged “Eleven”");
    assert.equal($("title").text(), `Posts tagged “Eleven” (page 2 of 2) | ${siteMetadata.title}`);
    assert.equal(meta($, "description"), "11 posts tagged “Eleven”.");
    assert.equal($('link[rel="canonical"]').attr("href"), `${origin}/tags/eleven/page/2/`);
    assert.equal(meta($, "og:image"), `${origin}/og/tags/eleven.png`);
    const card = builtFile(meta($, "og:image") ?? "", site.publicFolder);
    assert.ok(card);
    const { width, height, format } = await sharp(card).metadata();
    assert.deepEqual([width, height, format], [1200, 630, "png"]);
  });

  test("a Japanese tag keeps its letters in the address, encoded in absolute URLs", async () => {
    const $ = page("/tags/深層学習/");
    assert.deepEqual(
      entries($),
      ["/post-24/", "/post-20/", "/post-16/", "/post-12/"].concat(["/post-08/", "/post-04/"]),
    );
    const encoded = encodeURI("/tags/深層学習/");
    assert.equal($('link[rel="canonical"]').attr("href"), `${origin}${encoded}`);
    const card = builtFile(meta($, "og:image") ?? "", site.publicFolder);
    assert.ok(card, meta($, "og:image"));
    const { width, height } = await sharp(card).metadata();
    assert.deepEqual([width, height], [1200, 630]);
  });

  test("spellings that share an address share a page, and the build says so", () => {
    assert.deepEqual(entries(page("/tags/deep-learning/")), [
      "/post-07/",
      "/post-05/",
      "/post-03/",
      "/post-02/",
    ]);
    assert.equal(page("/tags/deep-learning/")("h1").text(), "Posts tagged “deep-learning”");
    const post = page("/post-02/");
    assert.equal(
      post('.post-header .tag a:contains("Deep Learning")').attr("href"),
      "/tags/deep-learning/",
    );
    assert.match(
      site.output,
      // One warning of its rule: the grouped report gives the rule and message, then the place.
      /1 warning \[tags\/same-page\]: tag "Deep Learning" and "deep-learning" \(3 posts\) share the page \/tags\/deep-learning\/.*\n {2}content\/blog\/post-02\/index\.md:5:1\n/,
    );
  });

  test("language pages list every post in their language, tagged or not", () => {
    const english = page("/tags/en/");
    assert.equal(english("h1").text(), "Posts in English");
    assert.equal(english("html").attr("lang"), "en");
    const allEnglish = [...entries(english), ...entries(page("/tags/en/page/2/"))];
    const expected = posts(25, 1).filter(
      (slug) => ![4, 8, 12, 16, 20, 24].includes(Number(slug.slice(6, 8))),
    );
    assert.equal(expected.length, 19);
    assert.deepEqual(allEnglish, expected);
    // Post 2 has no `en` tag; it is English by default.
    assert.ok(allEnglish.includes("/post-02/"));

    const japanese = page("/tags/ja/");
    assert.equal(japanese("h1").text(), "日本語の記事");
    assert.equal(japanese("html").attr("lang"), "ja");
    assert.equal(meta(japanese, "og:locale"), "ja_JP");
    assert.equal(japanese("title").text(), `日本語の記事 | ${siteMetadata.title}`);
    // Post 24 is Japanese by its `lang` field only.
    assert.deepEqual(entries(japanese), [
      "/post-24/",
      "/post-20/",
      "/post-16/",
      "/post-12/",
      "/post-08/",
      "/post-04/",
    ]);
    assert.equal(exists("/tags/ja/page/2/"), false);
  });

  test("the tag index shows languages apart, then topics A to Z, with counts", () => {
    const $ = page("/tags/");
    const group = (id: string) =>
      $(`section[aria-labelledby="${id}"] li`)
        .map((_, item) => [
          [
            $(item).find("a").text(),
            $(item).find("a").attr("href"),
            $(item).find(".tag-count").text(),
          ],
        ])
        .get();
    assert.equal($("#languages").text(), "Languages");
    assert.deepEqual(group("languages"), [
      ["English", "/tags/en/", "19 posts"],
      ["日本語", "/tags/ja/", "6 posts"],
    ]);
    assert.equal($('a[href="/tags/ja/"]').attr("lang"), "ja");
    assert.deepEqual(group("topics"), [
      ["deep-learning", "/tags/deep-learning/", "4 posts"],
      ["Eleven", "/tags/eleven/", "11 posts"],
      ["everything", "/tags/everything/", "25 posts"],
      ["solo", "/tags/solo/", "1 post"],
      ["ten", "/tags/ten/", "10 posts"],
      ["深層学習", "/tags/深層学習/", "6 posts"],
    ]);
  });

  test("the feeds carry the 20 newest of the 25 posts; the sitemap lists all 25", () => {
    const read = (name: string) => fs.readFileSync(path.join(site.publicFolder, name), "utf8");
    const origin = siteMetadata.siteUrl;
    const expected = posts(25, 6).map((slug) => `${origin}${slug}`);
    const rssLinks = [...read("rss.xml").matchAll(/<item>[\s\S]*?<link>([^<]*)<\/link>/g)].map(
      (match) => match[1],
    );
    assert.deepEqual(rssLinks, expected);
    const feed = JSON.parse(read("feed.json")) as { items: Array<{ url: string }> };
    assert.deepEqual(
      feed.items.map((item) => item.url),
      expected,
    );
    const sitemap = read("sitemap.xml");
    for (const slug of posts(25, 1)) assert.ok(sitemap.includes(`${origin}${slug}<`), slug);
  });

  test("the archive groups every post by year, newest first, with dates", () => {
    const $ = page("/archive/");
    const years = $(".archive-year")
      .map((_, section) => [
        [
          $(section).find("h2").text(),
          $(section)
            .find("li a")
            .map((__, link) => $(link).attr("href"))
            .get(),
        ],
      ])
      .get() as Array<[string, string[]]>;
    assert.deepEqual(years, [
      ["2021", posts(25, 18)],
      ["2020", posts(17, 10)],
      ["2019", posts(9, 1)],
    ]);
    const first = $(".archive-list li").first();
    assert.equal(first.find("time").attr("datetime"), "2021-08-10");
    assert.equal(first.find("time").text(), "August 10, 2021");
  });

  test("reading times: 690 English words take 3 minutes, 2,000 Japanese characters 4", () => {
    assert.equal(page("/post-23/")(".post-header .reading-time").text(), "3 min read");
    assert.equal(page("/post-24/")(".post-header .reading-time").text(), "4分で読めます");
    const home = page("/");
    assert.equal(home('.post-summary:has(a[href="/post-23/"]) .reading-time').text(), "3 min read");
    assert.equal(
      home('.post-summary:has(a[href="/post-24/"]) .reading-time').text(),
      "4分で読めます",
    );
  });

  test("drafts and scheduled posts are in no list, count or tag", () => {
    assert.equal(exists("/tags/secret/"), false);
    assert.equal(exists("/unfinished/"), false);
    assert.equal(exists("/later/"), false);
    const lists = ["/", "/page/2/", "/page/3/", "/tags/", "/archive/", "/tags/solo/"].concat([
      "/tags/everything/",
      "/tags/en/",
      "/tags/en/page/2/",
    ]);
    for (const list of lists) {
      const html = page(list).html();
      for (const hidden of [DRAFT_TITLE, SCHEDULED_TITLE, "/unfinished/", "/later/", "secret"]) {
        assert.ok(!html.includes(hidden), `${list} mentions ${hidden}`);
      }
    }
  });
});

describe("a site without posts", () => {
  let site: FixtureBuild;

  before(() => {
    site = buildFixtureSite("no-posts", []);
  });

  after(() => site?.remove());

  test("builds, with a home page that says there is nothing yet", () => {
    assert.equal(site.status, 0, site.output);
    const $ = loadPage("/", site.publicFolder);
    assert.equal($("h1").text(), "Posts");
    assert.equal($("main p").text(), "No posts yet.");
    assert.equal($("nav.pagination").length, 0);
    assert.equal(loadPage("/tags/", site.publicFolder)("main p").text(), "No tags yet.");
    assert.equal(loadPage("/archive/", site.publicFolder)("main p").text(), "No posts yet.");
    assert.equal(fs.existsSync(path.join(site.publicFolder, "tags", "en")), false);
  });

  test("has a search page but no search index, since there is nothing to search", () => {
    assert.match(site.output, /Search index: no posts to index/);
    assert.equal(loadPage("/search/", site.publicFolder)("form[role=search]").length > 0, true);
    assert.equal(fs.existsSync(path.join(site.publicFolder, "pagefind")), false);
  });
});
