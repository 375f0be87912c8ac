import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { load } from "cheerio";
import sharp from "sharp";
import { siteMetadata } from "../../src/site-config";
import { builtFile, loadPage } from "../support/built-site";
import { jsonLd, meta } from "../support/head";
import { publicFolder } from "../support/paths";
import { assertWellFormedXml } from "../unit/feeds/xml-well-formed";

const POST = "/representation_learning/";
const origin = siteMetadata.siteUrl;

/** Site paths of every HTML page in the build. */
function builtPages(): string[] {
  return fs
    .readdirSync(publicFolder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === "index.html")
    .map((entry) => `/${path.relative(publicFolder, entry.parentPath).split(path.sep).join("/")}/`)
    .map((sitePath) => sitePath.replace(/^\/\/$/, "/"));
}

function assertServed(url: string | undefined, what: string): string {
  assert.ok(url, `${what} is missing`);
  assert.ok(url.startsWith(`${origin}/`), `${what} ${url} is not absolute on ${origin}`);
  const file = builtFile(url);
  assert.ok(file, `${what} ${url} is not a file in public/`);
  return file;
}

describe("page metadata", () => {
  const pages = builtPages();

  test("the build has the home page, the post and the 404 page", () => {
    for (const page of ["/", POST, "/404/"]) assert.ok(pages.includes(page), page);
  });

  for (const page of builtPages()) {
    test(`${page} has the complete set of tags with absolute URLs`, async () => {
      const $ = loadPage(page);
      assert.ok($("title").text().length > 0);
      assert.ok(meta($, "description"));
      if (page === "/404/") {
        assert.equal(meta($, "robots"), "noindex");
        assert.equal($('link[rel="canonical"]').length, 0);
      } else {
        assert.equal($('link[rel="canonical"]').attr("href"), `${origin}${page}`);
        assert.equal(meta($, "og:url"), `${origin}${page}`);
      }
      for (const key of ["og:type", "og:title", "og:description", "og:site_name", "og:locale"]) {
        assert.ok(meta($, key), `${key} is missing`);
      }
      assert.equal(meta($, "twitter:card"), "summary_large_image");
      const imageFile = assertServed(meta($, "og:image"), "og:image");
      const { width, height, format } = await sharp(imageFile).metadata();
      assert.equal(meta($, "og:image:width"), String(width));
      assert.equal(meta($, "og:image:height"), String(height));
      assert.equal(meta($, "og:image:type"), `image/${format === "jpeg" ? "jpeg" : format}`);
      assert.ok(meta($, "og:image:alt"));
      assert.equal(meta($, "twitter:image"), meta($, "og:image"));
      assertServed($('link[type="application/rss+xml"]').attr("href"), "RSS link");
      assertServed($('link[type="application/feed+json"]').attr("href"), "JSON Feed link");
      assertServed(
        $('link[rel="manifest"]').attr("href")?.replace(/^\//, `${origin}/`),
        "manifest",
      );
    });
  }

  test("the seed post is an article whose og:image is its featuredImage at 1200×630", async () => {
    const $ = loadPage(POST);
    assert.equal(meta($, "og:type"), "article");
    assert.equal(meta($, "og:locale"), "en_US");
    assert.equal(meta($, "article:published_time"), "2020-04-20T22:01:03.284Z");
    assert.deepEqual(
      $('meta[property="article:tag"]')
        .map((_, tag) => $(tag).attr("content"))
        .get(),
      ["en", "deep-learning"],
    );
    const file = assertServed(meta($, "og:image"), "og:image");
    assert.match(file, /ogp\.png$/);
    const { width, height, format } = await sharp(file).metadata();
    assert.deepEqual([width, height, format], [1200, 630, "png"]);
  });

  test("the seed post's JSON-LD is a BlogPosting with headline, dates, author and image", () => {
    const $ = loadPage(POST);
    const [data] = jsonLd($);
    assert.ok(data);
    assert.equal(data["@type"], "BlogPosting");
    assert.equal(data.headline, "Recent Advances in Representation Learning");
    assert.equal(data.datePublished, "2020-04-20T22:01:03.284Z");
    assert.deepEqual(data.author, { "@type": "Person", name: "Shion Honda" });
    assert.deepEqual(data.mainEntityOfPage, { "@type": "WebPage", "@id": `${origin}${POST}` });
    const [image] = data.image as string[];
    assert.equal(image, meta($, "og:image"));
    assert.equal((data.publisher as { name: string }).name, siteMetadata.title);
  });

  test("the home page describes the WebSite and has a drawn card", () => {
    const $ = loadPage("/");
    const [data] = jsonLd($);
    assert.equal(data?.["@type"], "WebSite");
    assert.equal(data?.url, `${origin}/`);
    assert.equal(meta($, "og:image"), `${origin}/og/home.png`);
  });
});

describe("feeds, sitemap and robots.txt", () => {
  const read = (name: string) => fs.readFileSync(path.join(publicFolder, name), "utf8");

  test("rss.xml and sitemap.xml are well-formed XML", () => {
    assertWellFormedXml(read("rss.xml"));
    assertWellFormedXml(read("sitemap.xml"));
  });

  test("rss.xml carries the whole post with MathML and absolute URLs", () => {
    const $ = load(read("rss.xml"), { xml: true });
    assert.equal($("rss").attr("version"), "2.0");
    const item = $("item").first();
    assert.equal(item.find("link").text(), `${origin}${POST}`);
    const html = item.find("content\\:encoded").text();
    const body = load(html);
    assert.equal(body("math").length, 3);
    assert.ok(body("math annotation").first().text() === "B");
    const urls = body("[src], [href]")
      .map((_, element) => body(element).attr("src") ?? body(element).attr("href"))
      .get();
    assert.ok(urls.length > 0);
    for (const url of urls) assert.match(url, /^(https?:|mailto:)/, url);
    assert.ok(urls.some((url) => url.startsWith(`${origin}/`) && url.endsWith(".png")));
  });

  test("feed.json is JSON Feed 1.1 with the post", () => {
    const feed = JSON.parse(read("feed.json")) as {
      version: string;
      items: Array<{ url: string; content_html: string; title: string }>;
    };
    assert.equal(feed.version, "https://jsonfeed.org/version/1.1");
    assert.equal(feed.items[0]?.url, `${origin}${POST}`);
    assert.match(feed.items[0]?.content_html ?? "", /<math/);
  });

  test("sitemap.xml lists every public page once, with lastmod, and not the 404 page", () => {
    const $ = load(read("sitemap.xml"), { xml: true });
    const urls = $("url > loc")
      .map((_, loc) => $(loc).text())
      .get();
    assert.equal(new Set(urls).size, urls.length);
    const expected = builtPages()
      .filter((page) => page !== "/404/")
      .map((page) => `${origin}${page}`)
      .sort();
    assert.deepEqual([...urls].sort(), expected);
    $("url").each((_, url) => assert.ok($(url).find("lastmod").text()));
  });

  test("robots.txt points to the sitemap", () => {
    assert.match(read("robots.txt"), new RegExp(`^Sitemap: ${origin}/sitemap\\.xml$`, "m"));
  });

  test("the web manifest names the site and its icons exist", () => {
    const manifest = JSON.parse(read("manifest.webmanifest")) as {
      name: string;
      icons: Array<{ src: string }>;
    };
    assert.equal(manifest.name, siteMetadata.title);
    assert.ok(manifest.icons.length > 0);
    for (const icon of manifest.icons) assert.ok(builtFile(icon.src), icon.src);
    const $ = loadPage("/");
    assert.ok(builtFile($('link[rel="apple-touch-icon"]').attr("href") ?? ""), "apple-touch-icon");
    assert.ok(builtFile($('link[rel="icon"]').attr("href") ?? ""), "favicon");
  });
});
