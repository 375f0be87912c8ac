import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { load } from "cheerio";
import { checkBuiltLinks } from "../../src/lib/content-check/built-links";
import { siteMetadata } from "../../src/site-config";
import { builtFile, loadPage } from "../support/built-site";
import {
  buildFixtureSite,
  createFixtureProject,
  postMarkdown,
  type FixtureBuild,
} from "../support/fixture-site";
import { meta } from "../support/head";

const origin = siteMetadata.siteUrl;
const NEW_PATH = "/2019/05/moved-post/";
const NEW_URL = `${origin}${NEW_PATH}`;

describe("a post moved in with its old addresses", () => {
  let site: FixtureBuild;
  const read = (file: string) => fs.readFileSync(path.join(site.publicFolder, file), "utf8");

  before(() => {
    site = buildFixtureSite("redirects", [
      {
        folder: "moved-post",
        markdown: postMarkdown(
          {
            title: "A moved post",
            date: "2021-05-01",
            tags: ["en", "graphs"],
            slug: NEW_PATH,
            redirectFrom: ["/2015/old-name/"],
            redirect_from: "/old-name.html",
          },
          "## One\n\nText.\n\n## Two\n\nText.\n\n## Three\n\nText.",
        ),
      },
      {
        folder: "linking",
        markdown: postMarkdown(
          { title: "A linking post", date: "2021-06-01", tags: ["en", "graphs"] },
          `Read [the moved post](${NEW_PATH}), or reach it by [its old address](/2015/old-name/).`,
        ),
      },
      {
        folder: "nihongo",
        markdown: postMarkdown(
          {
            title: "移動した記事",
            date: "2021-04-01",
            tags: ["ja"],
            slug: "/ja/nihongo/",
            redirectFrom: "/2016/nihongo/",
          },
          "日本語の本文です。",
        ),
      },
    ]);
    assert.equal(site.status, 0, site.output);
  });

  after(() => site?.remove());

  test("the post is served at its slug, and not at its folder's path", () => {
    const $ = loadPage(NEW_PATH, site.publicFolder);
    assert.equal($("h1").first().text(), "A moved post");
    assert.equal($('link[rel="canonical"]').attr("href"), NEW_URL);
    assert.equal(meta($, "og:url"), NEW_URL);
    const card = meta($, "og:image") ?? "";
    assert.match(card, /\/og\/posts\/2019--05--moved-post\.png$/);
    assert.ok(builtFile(card.slice(origin.length), site.publicFolder), card);
    assert.ok($('nav a[href="#two"]').length > 0, "the table of contents links the headings");
    assert.equal(fs.existsSync(path.join(site.publicFolder, "moved-post")), false);
  });

  test("each old address has a redirect page: refresh, canonical, noindex, a link, no script", () => {
    for (const file of ["2015/old-name/index.html", "old-name.html"]) {
      const $ = load(read(file));
      assert.equal($('meta[http-equiv="refresh"]').attr("content"), `0; url=${NEW_PATH}`, file);
      assert.equal($('link[rel="canonical"]').attr("href"), NEW_URL, file);
      assert.equal($('meta[name="robots"]').attr("content"), "noindex", file);
      assert.equal($("body a").attr("href"), NEW_PATH, file);
      assert.equal($("body a").text(), "A moved post", file);
      assert.equal($("html").attr("lang"), "en", file);
      assert.equal($("script").length, 0, file);
    }
    const $ = load(read("2016/nihongo/index.html"));
    assert.equal($("html").attr("lang"), "ja");
    assert.equal($('meta[http-equiv="refresh"]').attr("content"), "0; url=/ja/nihongo/");
  });

  test("_redirects has a 301 line for each old address", () => {
    const lines = read("_redirects")
      .split("\n")
      .filter((line) => line !== "" && !line.startsWith("#"));
    assert.deepEqual(lines, [
      `/2015/old-name/ ${NEW_PATH} 301`,
      "/2016/nihongo/ /ja/nihongo/ 301",
      `/old-name.html ${NEW_PATH} 301`,
    ]);
  });

  test("the sitemap lists the new address only", () => {
    const sitemap = load(read("sitemap.xml"), { xml: true });
    const locs = sitemap("loc")
      .toArray()
      .map((loc) => sitemap(loc).text());
    assert.ok(locs.includes(NEW_URL), locs.join("\n"));
    for (const old of ["/2015/old-name/", "/old-name.html", "/moved-post/", "/2016/nihongo/"]) {
      assert.ok(!locs.includes(`${origin}${old}`), old);
    }
  });

  test("the feeds link the new address, and the post's own links resolve against it", () => {
    const rss = load(read("rss.xml"), { xml: true });
    const rssLinks = rss("item > link, item > guid")
      .toArray()
      .map((link) => rss(link).text());
    const feed = JSON.parse(read("feed.json")) as {
      items: Array<{ url: string; id: string; content_html: string }>;
    };
    const jsonLinks = feed.items.flatMap((item) => [item.url, item.id]);
    for (const links of [rssLinks, jsonLinks]) {
      assert.equal(links.filter((link) => link === NEW_URL).length, 2, links.join("\n"));
      for (const old of ["/2015/old-name/", "/old-name.html", "/moved-post/"]) {
        assert.ok(!links.includes(`${origin}${old}`), `${old} in ${links.join(" ")}`);
      }
    }
    const moved = feed.items.find((item) => item.url === NEW_URL);
    assert.match(moved?.content_html ?? "", new RegExp(`href="${NEW_URL}#two"`));
  });

  test("lists, tag pages, the archive and the next post's links use the new address", () => {
    for (const page of ["/", "/tags/graphs/", "/archive/", "/linking/"]) {
      const $ = loadPage(page, site.publicFolder);
      const hrefs = $("a")
        .toArray()
        .map((link) => $(link).attr("href") ?? "");
      assert.ok(hrefs.includes(NEW_PATH), `${page}: ${hrefs.join(" ")}`);
      assert.ok(!hrefs.includes("/moved-post/"), page);
    }
  });

  test("the link check passes; a link to an old address is a warning naming the new one", () => {
    assert.deepEqual(checkBuiltLinks(site.publicFolder, { pathPrefix: "" }), []);
    assert.match(
      site.output,
      /^1 warning \[references\/old-address\]: link "\/2015\/old-name\/" goes to an old address, which redirects to \/2019\/05\/moved-post\/; link to "\/2019\/05\/moved-post\/" instead\n {2}content\/blog\/linking\/index\.md:7:79$/m,
    );
    // Both fields may be one path in one post and a list in another without Gatsby complaining.
    assert.doesNotMatch(site.output, /conflicting field types/);
  });

  test("one Content-Security-Policy still covers the whole site, redirect pages included", () => {
    const headers = read("_headers");
    assert.equal(headers.match(/Content-Security-Policy:/g)?.length, 1, headers);
    assert.match(headers, /^\/\*\n(?: {2}.+\n)* {2}Content-Security-Policy: /m);
  });
});

describe("old addresses that collide", () => {
  const root = createFixtureProject("redirect-collisions", [
    {
      folder: "first",
      markdown: postMarkdown(
        { title: "First", date: "2021-01-01", redirectFrom: ["/second/", "/shared/"] },
        "Text.",
      ),
    },
    { folder: "second", markdown: postMarkdown({ title: "Second", date: "2021-01-02" }, "Text.") },
    {
      folder: "third",
      markdown: postMarkdown(
        { title: "Third", date: "2021-01-03", tags: ["en"], redirect_from: "/shared" },
        "Text.",
      ),
    },
  ]);
  after(() => fs.rmSync(root, { recursive: true, force: true }));
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", "scripts/check-content.ts", "--all"],
    { cwd: root, encoding: "utf8", env: { ...process.env, GITHUB_ACTIONS: "" } },
  );
  const output = `${result.stdout}${result.stderr}`;

  test("fail the content check", () => {
    assert.equal(result.status, 1, output);
    assert.match(output, /^3 errors and 0 warnings in 2 files/m);
  });

  test("are reported with the file and the line of the field", () => {
    assert.match(
      output,
      /^content\/blog\/first\/index\.md:4:1: error: frontmatter `redirectFrom`: \/second\/ is the address of content\/blog\/second\/index\.md, whose page a redirect would replace; remove it \[structure\/redirect-conflict\]$/m,
    );
    assert.match(
      output,
      /^content\/blog\/first\/index\.md:4:1: error: frontmatter `redirectFrom`: \/shared\/ is also an old address of content\/blog\/third\/index\.md; .* \[structure\/redirect-duplicate\]$/m,
    );
    assert.match(
      output,
      /^content\/blog\/third\/index\.md:5:1: error: frontmatter `redirect_from`: \/shared\/ is also an old address of content\/blog\/first\/index\.md; .* \[structure\/redirect-duplicate\]$/m,
    );
  });
});
