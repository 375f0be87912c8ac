import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { load } from "cheerio";
import { checkBuiltLinks } from "../../src/lib/content-check/built-links";
import { siteMetadata } from "../../src/site-config";
import { loadPage } from "../support/built-site";
import { buildFixtureSite, postMarkdown, type FixtureBuild } from "../support/fixture-site";
import { meta } from "../support/head";

const PREFIX = "/notes";
const origin = siteMetadata.siteUrl;

describe("a build served under a path prefix", () => {
  let site: FixtureBuild;

  before(() => {
    site = buildFixtureSite(
      "prefix",
      [
        {
          folder: "second",
          markdown: postMarkdown(
            { title: "Second post", date: "2021-06-01", tags: ["en"] },
            "Back to [the first post](/representation_learning/) and its [figures](/representation_learning/#a-similar-approach-to-images).",
          ),
        },
      ],
      { PATH_PREFIX: PREFIX },
      { withRealContent: true },
    );
    assert.equal(site.status, 0, site.output);
  });

  after(() => site?.remove());

  test("every href and src in every page resolves to a file under the prefix", () => {
    assert.deepEqual(checkBuiltLinks(site.publicFolder, { pathPrefix: PREFIX }), []);
  });

  test("no site link in any page escapes the prefix", () => {
    const pages = fs
      .readdirSync(site.publicFolder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith(".html"));
    assert.ok(pages.length >= 3);
    for (const entry of pages) {
      const $ = load(fs.readFileSync(path.join(entry.parentPath, entry.name), "utf8"));
      $("[href], [src]").each((_, element) => {
        const url = $(element).attr("href") ?? $(element).attr("src") ?? "";
        if (url.startsWith("/") && !url.startsWith("//")) {
          assert.ok(url.startsWith(`${PREFIX}/`), `${entry.name}: ${url}`);
        }
      });
    }
  });

  test("canonical, Open Graph, feed links, feeds and sitemap carry the prefix", () => {
    const $ = loadPage("/representation_learning/", site.publicFolder);
    const base = `${origin}${PREFIX}/`;
    assert.equal($('link[rel="canonical"]').attr("href"), `${base}representation_learning/`);
    assert.ok(meta($, "og:image")?.startsWith(base), meta($, "og:image"));
    assert.equal($('link[type="application/rss+xml"]').attr("href"), `${base}rss.xml`);
    const read = (name: string) => fs.readFileSync(path.join(site.publicFolder, name), "utf8");
    const sitemap = load(read("sitemap.xml"), { xml: true });
    const locs = sitemap("loc")
      .toArray()
      .map((loc) => sitemap(loc).text());
    assert.ok(locs.length >= 3);
    for (const loc of locs) assert.ok(loc.startsWith(base), loc);
    assert.match(read("robots.txt"), new RegExp(`Sitemap: ${base}sitemap\\.xml`));
    const rss = load(read("rss.xml"), { xml: true });
    for (const link of rss("item > link").toArray()) assert.ok(rss(link).text().startsWith(base));
  });
});
