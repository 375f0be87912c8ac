import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { load } from "cheerio";
import sharp from "sharp";
import { siteMetadata } from "../../src/site-config";
import { builtFile, loadPage } from "../support/built-site";
import { buildFixtureSite, postMarkdown, type FixtureBuild } from "../support/fixture-site";
import { jsonLd, meta } from "../support/head";
import { assertWellFormedXml } from "../unit/feeds/xml-well-formed";

const TRICKY_TITLE = 'Quotes "like this" & <script>alert(1)</script> in a title';
const origin = siteMetadata.siteUrl;

describe("social cards and metadata of fixture posts", () => {
  let site: FixtureBuild;
  let cover: Buffer;

  before(async () => {
    cover = await sharp({
      create: { width: 2000, height: 1400, channels: 3, background: "#3366aa" },
    })
      .jpeg()
      .toBuffer();
    site = buildFixtureSite("sharing", [
      {
        folder: "tricky",
        markdown: postMarkdown(
          {
            title: TRICKY_TITLE,
            date: "2021-03-04",
            description: 'A "quoted" & <b>bold</b> summary',
            tags: ["en"],
          },
          "Body text.",
        ),
      },
      {
        folder: "japanese",
        markdown: postMarkdown(
          {
            title: "表現学習の最近の進歩について",
            date: "2021-05-06",
            tags: ["ja", "deep-learning"],
          },
          "日本語の本文です。",
        ),
      },
      {
        folder: "with-cover",
        markdown: postMarkdown(
          {
            title: "A post with a cover",
            date: "2021-07-08",
            featuredImage: "./cover.jpg",
            updated: "2021-08-01",
          },
          "Text.",
        ),
        files: { "cover.jpg": cover },
      },
      {
        folder: "unfinished",
        markdown: postMarkdown(
          { title: "An unfinished draft", date: "2021-02-02", draft: true },
          "Not ready.",
        ),
      },
      {
        folder: "from-the-future",
        markdown: postMarkdown({ title: "A scheduled post", date: "2999-01-01" }, "Not yet."),
      },
    ]);
    assert.equal(site.status, 0, site.output);
  });

  after(() => site?.remove());

  test("a post without featuredImage gets a drawn 1200×630 PNG card", async () => {
    const $ = loadPage("/tricky/", site.publicFolder);
    const url = meta($, "og:image") ?? "";
    assert.equal(url, `${origin}/og/posts/tricky.png`);
    const file = builtFile(url, site.publicFolder);
    assert.ok(file);
    const { width, height, format } = await sharp(file).metadata();
    assert.deepEqual([width, height, format], [1200, 630, "png"]);
    assert.equal(meta($, "og:image:type"), "image/png");
  });

  test('a title with ", & and <script> is escaped in every tag and in JSON-LD', () => {
    const html = fs.readFileSync(path.join(site.publicFolder, "tricky", "index.html"), "utf8");
    assert.ok(!html.includes("<script>alert(1)</script>"), "the title's markup reached the page");
    const $ = loadPage("/tricky/", site.publicFolder);
    assert.equal($("h1").text(), TRICKY_TITLE);
    assert.equal(meta($, "og:title"), TRICKY_TITLE);
    assert.equal(meta($, "twitter:title"), TRICKY_TITLE);
    assert.equal($("title").text(), `${TRICKY_TITLE} | ${siteMetadata.title}`);
    assert.equal(meta($, "description"), 'A "quoted" & <b>bold</b> summary');
    const [data] = jsonLd($);
    assert.equal(data?.headline, TRICKY_TITLE);
  });

  test("the feeds carry the tricky title intact and stay well-formed", () => {
    const rss = fs.readFileSync(path.join(site.publicFolder, "rss.xml"), "utf8");
    assertWellFormedXml(rss);
    const $ = load(rss, { xml: true });
    const titles = $("item > title")
      .toArray()
      .map((title) => $(title).text());
    assert.ok(titles.includes(TRICKY_TITLE), titles.join(" | "));
    const feed = JSON.parse(fs.readFileSync(path.join(site.publicFolder, "feed.json"), "utf8")) as {
      items: Array<{ title: string; language: string }>;
    };
    assert.ok(feed.items.some((item) => item.title === TRICKY_TITLE));
    assert.ok(feed.items.some((item) => item.language === "ja"));
  });

  test("a Japanese post is served as Japanese, with its own card", async () => {
    const $ = loadPage("/japanese/", site.publicFolder);
    assert.equal($("html").attr("lang"), "ja");
    assert.equal(meta($, "og:locale"), "ja_JP");
    const file = builtFile(meta($, "og:image") ?? "", site.publicFolder);
    assert.ok(file);
    const { width, height } = await sharp(file).metadata();
    assert.deepEqual([width, height], [1200, 630]);
  });

  test("a featuredImage relative to the post is cropped to exactly 1200×630", async () => {
    const $ = loadPage("/with-cover/", site.publicFolder);
    const file = builtFile(meta($, "og:image") ?? "", site.publicFolder);
    assert.ok(file, meta($, "og:image"));
    const { width, height, format } = await sharp(file).metadata();
    assert.deepEqual([width, height, format], [1200, 630, "jpeg"]);
    assert.equal(meta($, "og:image:type"), "image/jpeg");
    assert.equal(meta($, "article:modified_time"), "2021-08-01");
  });

  test("drafts and future posts are left out of pages, home, feeds and sitemap", () => {
    const read = (name: string) => fs.readFileSync(path.join(site.publicFolder, name), "utf8");
    for (const folder of ["unfinished", "from-the-future"]) {
      assert.equal(fs.existsSync(path.join(site.publicFolder, folder)), false, folder);
      for (const file of ["index.html", "rss.xml", "feed.json", "sitemap.xml"]) {
        assert.ok(!read(file).includes(`/${folder}/`), `${file} mentions ${folder}`);
      }
    }
    for (const title of ["An unfinished draft", "A scheduled post"]) {
      assert.ok(!read("index.html").includes(title), title);
      assert.ok(!read("rss.xml").includes(title), title);
    }
    assert.ok(read("index.html").includes("A post with a cover"), "published posts are listed");
  });

  test("a second build reuses every card instead of drawing it again", () => {
    const again = buildFixtureSite.rebuild(site);
    assert.equal(again.status, 0, again.output);
    // The home page, the two posts without featuredImage, and the pages of en, ja, deep-learning.
    assert.match(again.output, /Social cards: 0 drawn, 6 reused/);
  });
});

test("a featuredImage that does not exist fails the build, naming the file and the field", () => {
  const site = buildFixtureSite("missing-image", [
    {
      folder: "broken",
      markdown: postMarkdown(
        { title: "Broken", date: "2021-01-01", featuredImage: "./nowhere.png" },
        "Text.",
      ),
    },
  ]);
  try {
    assert.notEqual(site.status, 0);
    assert.match(site.output, /content\/blog\/broken\/index\.md/);
    assert.match(site.output, /featuredImage/);
    assert.match(site.output, /nowhere\.png/);
  } finally {
    site.remove();
  }
});
