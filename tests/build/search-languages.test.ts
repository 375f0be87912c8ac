import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { loadPage } from "../support/built-site";
import { launchChromium, type Browser } from "../support/chromium";
import { watchCsp } from "../support/csp-watch";
import { buildFixtureSite, postMarkdown, type FixtureBuild } from "../support/fixture-site";
import { openBuiltIndex } from "../support/pagefind-node";
import { serveStatic, type StaticServer } from "../../tools/static-server";

const PREFIX = "/notes";
const ENGLISH = { slug: "/contrastive-notes/", title: "Notes on Contrastive Learning" };
const JAPANESE = { slug: "/distillation-ja/", title: "知識蒸留のメモ" };
/** A word inside a Japanese sentence, with no space around it: only word splitting finds it. */
const JAPANESE_WORD = "蒸留";

/**
 * One build, under a path prefix, of an English and a Japanese post. Pagefind writes one index
 * per language; the English search page must find the Japanese post by a Japanese word, and
 * every result URL must carry the prefix.
 */
describe("search across languages, under a path prefix", () => {
  let site: FixtureBuild;

  before(() => {
    site = buildFixtureSite(
      "search",
      [
        {
          folder: "contrastive-notes",
          markdown: postMarkdown(
            { title: ENGLISH.title, date: "2021-06-01", tags: ["en"] },
            "Contrastive learning compares two views of the same image. SimCLR is one example.",
          ),
        },
        {
          folder: "distillation-ja",
          markdown: postMarkdown(
            { title: JAPANESE.title, date: "2021-07-01", tags: ["ja"] },
            "大きなモデルの知識を小さなモデルに移す手法を知識蒸留と呼びます。SimCLR の表現も使えます。",
          ),
        },
      ],
      { PATH_PREFIX: PREFIX },
    );
    assert.equal(site.status, 0, site.output);
  });

  after(() => site?.remove());

  test("Pagefind keeps an index per language", () => {
    const entry = JSON.parse(
      fs.readFileSync(path.join(site.publicFolder, "pagefind", "pagefind-entry.json"), "utf8"),
    ) as { languages: Record<string, { page_count: number }> };
    assert.deepEqual(
      Object.fromEntries(
        Object.entries(entry.languages).map(([key, value]) => [key, value.page_count]),
      ),
      { en: 1, ja: 1 },
    );
  });

  test("the search page and its form point under the prefix", () => {
    const $ = loadPage("/search/", site.publicFolder);
    assert.equal($("main form[role=search]").attr("action"), `${PREFIX}/search/`);
    assert.equal($("[data-search-bundle]").attr("data-search-bundle"), `${PREFIX}/pagefind/`);
    assert.equal($("html").attr("lang"), "en");
  });

  test("from an English page, the Japanese index is searched only once merged", async () => {
    const merged = await openBuiltIndex(site.publicFolder, {
      pageLanguage: "en",
      mergeOtherLanguages: true,
      pathPrefix: PREFIX,
    });
    const found = await merged(JAPANESE_WORD);
    assert.deepEqual(
      found.map((page) => [page.url, page.meta.title, page.meta.lang]),
      [[`${PREFIX}${JAPANESE.slug}`, JAPANESE.title, "ja"]],
    );
    assert.deepEqual((await merged("SimCLR")).map((page) => page.url).sort(), [
      `${PREFIX}${ENGLISH.slug}`,
      `${PREFIX}${JAPANESE.slug}`,
    ]);

    const englishOnly = await openBuiltIndex(site.publicFolder, {
      pageLanguage: "en",
      mergeOtherLanguages: false,
      pathPrefix: PREFIX,
    });
    assert.deepEqual(await englishOnly(JAPANESE_WORD), []);
  });

  describe("in Chromium", () => {
    let server: StaticServer;
    let browser: Browser;

    before(async () => {
      server = await serveStatic(site.publicFolder, { headersFile: true, pathPrefix: PREFIX });
      browser = await launchChromium();
    });

    after(async () => {
      await browser?.close();
      await server?.close();
    });

    test("typing a Japanese word on the English search page finds the Japanese post", async () => {
      const page = await browser.context.newPage();
      const watch = await watchCsp(page);
      await page.goto(`${server.origin}${PREFIX}/search/`, { waitUntil: "load" });
      await page.locator("[data-search-ready=true]").waitFor();
      await page.locator("main").getByRole("searchbox", { name: "Search posts" }).focus();
      await page.keyboard.type(JAPANESE_WORD);
      const result = page.locator(".search-result", { hasText: JAPANESE.title });
      await result.waitFor();
      assert.equal(await result.getAttribute("lang"), "ja");
      const link = result.getByRole("link", { name: JAPANESE.title });
      assert.equal(await link.getAttribute("href"), `${PREFIX}${JAPANESE.slug}`);
      assert.equal(await page.locator(".search-result").count(), 1);

      await link.focus();
      await page.keyboard.press("Enter");
      await page.waitForURL(`${server.origin}${PREFIX}${JAPANESE.slug}`);
      await page.locator("h1", { hasText: JAPANESE.title }).waitFor();

      assert.deepEqual(await watch.violations(), []);
      assert.deepEqual(watch.errors(), []);
      assert.deepEqual(watch.watched.failedRequests, []);
      await page.close();
    });
  });
});
