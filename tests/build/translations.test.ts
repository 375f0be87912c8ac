import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { describeViolations, runAxe } from "../support/axe";
import { launchChromium, type Browser } from "../support/chromium";
import { loadEverything } from "../support/page-watch";
import { BACKGROUNDS, shownTheme, startWithStoredTheme, THEMES } from "../support/theme";
import { serveStatic, type StaticServer } from "../../tools/static-server";
import { load, type CheerioAPI } from "cheerio";
import { loadPage } from "../support/built-site";
import {
  buildFixtureSite,
  createFixtureProject,
  runGatsbyBuild,
  type FixtureBuild,
} from "../support/fixture-site";
import { openBuiltIndex } from "../support/pagefind-node";
import {
  BROKEN_EXPECTED,
  BROKEN_TRANSLATIONS,
  CURRENT,
  EXPECTED_POSTS,
  OUTDATED,
  OWN_TAG,
  TRANSLATED_POSTS,
  TRANSLATOR,
  type ExpectedVersion,
} from "../support/translated-posts";

const SITE_URL = "https://translated.example.org";
const absolute = (sitePath: string) => `${SITE_URL}${sitePath}`;
const ALL_VERSIONS = EXPECTED_POSTS.flatMap((post) => post.versions);
const RIGHT_TO_LEFT = ["fa", "ar", "he"];

/** `hreflang` → href of a page's `<link rel="alternate" hreflang>`. */
function alternatesOfPage($: CheerioAPI): Map<string, string> {
  const links = $('head link[rel="alternate"][hreflang]')
    .toArray()
    .map((link) => [$(link).attr("hreflang") ?? "", $(link).attr("href") ?? ""] as const);
  const map = new Map(links);
  assert.equal(map.size, links.length, "one alternate per language");
  return map;
}

function expectedAlternates(versions: readonly ExpectedVersion[]): Map<string, string> {
  if (versions.length < 2) return new Map();
  const [original] = versions;
  return new Map([
    ...versions.map((version) => [version.lang, absolute(version.path)] as const),
    ["x-default", absolute(original?.path ?? "")],
  ]);
}

/** The slugs in a feed, in order, from its items' links. */
function rssLinks(xml: string): string[] {
  const $ = load(xml, { xml: true });
  return $("item > link")
    .toArray()
    .map((item) => new URL($(item).text()).pathname);
}

/**
 * One build of six posts and their translations into twelve other languages (three of them
 * right to left), checked page by page against the addresses, language names and alternates the
 * fixture writes out; and the content check of a site whose translations are wrong in each way.
 */
describe("translations by file name", () => {
  let site: FixtureBuild;

  before(() => {
    site = buildFixtureSite("translations", TRANSLATED_POSTS, { SITE_URL });
    assert.equal(site.status, 0, site.output);
  });

  after(() => site?.remove());

  const page = (sitePath: string) => loadPage(sitePath, site.publicFolder);

  test("the fixture covers at least six posts and ten languages, three right to left", () => {
    const languages = new Set(ALL_VERSIONS.map((version) => version.lang));
    assert.ok(EXPECTED_POSTS.length >= 6);
    assert.ok(languages.size >= 10, [...languages].join(", "));
    for (const lang of [
      "ja",
      "zh-Hans",
      "zh-Hant",
      "ko",
      "fr",
      "es",
      "pt-BR",
      "de",
      "ru",
      ...RIGHT_TO_LEFT,
    ]) {
      assert.ok(languages.has(lang), lang);
    }
  });

  test("every version is served at its address, in its language; the old address redirects", () => {
    for (const version of ALL_VERSIONS) {
      const $ = page(version.path);
      assert.equal($("article.post h1").text(), version.title, version.path);
      // The whole page speaks the version's language, right to left where it is written so.
      assert.equal($("html").attr("lang"), version.lang, version.path);
      assert.equal(
        $("html").attr("dir"),
        RIGHT_TO_LEFT.includes(version.lang) ? "rtl" : "ltr",
        version.path,
      );
      if (version.file === "index.md") continue;
      // Where a translation was served when it was read as a post of its own.
      const folder = EXPECTED_POSTS.find((post) => post.versions.includes(version))?.folder ?? "";
      const old = page(`/${folder}/${version.file.replace(/\.md$/, "")}/`);
      assert.equal(old('meta[http-equiv="refresh"]').attr("content"), `0; url=${version.path}`);
      assert.equal(old('link[rel="canonical"]').attr("href"), absolute(version.path));
    }
  });

  test("each page's canonical is itself", () => {
    for (const version of ALL_VERSIONS) {
      assert.equal(
        page(version.path)('link[rel="canonical"]').attr("href"),
        absolute(version.path),
        version.path,
      );
    }
  });

  test("alternates are complete, with x-default for the original", () => {
    for (const post of EXPECTED_POSTS) {
      for (const version of post.versions) {
        assert.deepEqual(
          alternatesOfPage(page(version.path)),
          expectedAlternates(post.versions),
          version.path,
        );
      }
    }
  });

  test("every pair of versions points at each other", () => {
    let pairs = 0;
    for (const post of EXPECTED_POSTS) {
      for (const a of post.versions) {
        for (const b of post.versions) {
          if (a === b) continue;
          const fromA = alternatesOfPage(page(a.path));
          const fromB = alternatesOfPage(page(b.path));
          assert.equal(fromA.get(b.lang), absolute(b.path), `${a.path} → ${b.path}`);
          assert.equal(fromB.get(a.lang), absolute(a.path), `${b.path} → ${a.path}`);
          pairs += 1;
        }
      }
    }
    // 5·4 + 5·4 + 5·4 + 3·2 + 4·3 ordered pairs.
    assert.equal(pairs, 78);
  });

  test("the language list names each version in its own language, marking the current one", () => {
    for (const post of EXPECTED_POSTS) {
      for (const version of post.versions) {
        const $ = page(version.path);
        const nav = $("article.post header nav.language-versions");
        if (post.versions.length < 2) {
          assert.equal(nav.length, 0, version.path);
          continue;
        }
        assert.equal(nav.length, 1, version.path);
        assert.ok((nav.attr("aria-label") ?? "").trim() !== "", version.path);
        const links = nav
          .find("li > a")
          .toArray()
          .map((link) => ({
            name: $(link).text(),
            href: $(link).attr("href"),
            lang: $(link).attr("lang"),
            hreflang: $(link).attr("hreflang"),
            current: $(link).attr("aria-current") ?? null,
          }));
        assert.deepEqual(
          links,
          post.versions.map((other) => ({
            name: other.name,
            href: other.path,
            lang: other.lang,
            hreflang: other.lang,
            current: other === version ? "page" : null,
          })),
          version.path,
        );
      }
    }
  });

  test("a translation names its translator, and says when its original changed since", () => {
    const $ = page(TRANSLATOR.path);
    assert.match($(".translated-by").text(), new RegExp(TRANSLATOR.name));
    const notice = $(".translation-outdated");
    assert.equal(notice.length, 1);
    // 2024-05-01 in Japanese, long form.
    assert.match(notice.text(), /2024年5月1日/);
    assert.equal(notice.find("a").attr("href"), OUTDATED.original);
    for (const current of CURRENT) {
      assert.equal(page(current)(".translation-outdated").length, 0, current);
    }
    for (const version of ALL_VERSIONS.filter((each) => each.path !== TRANSLATOR.path)) {
      assert.equal(page(version.path)(".translated-by").length, 0, version.path);
    }
  });

  test("translations without a date or tags show their original's", () => {
    for (const post of EXPECTED_POSTS) {
      for (const version of post.versions) {
        const $ = page(version.path);
        const ownDate = ["/ja/sparse-attention/", "/fa/sparse-attention/"].includes(version.path);
        if (!ownDate) {
          assert.equal(
            $("article.post header time").first().attr("datetime")?.slice(0, 10),
            post.date,
            version.path,
          );
        }
        const tags = $("article.post header .tag-list a")
          .toArray()
          .map((tag) => $(tag).text());
        assert.deepEqual(
          tags,
          version.path === OWN_TAG.path ? [OWN_TAG.tag] : post.tags,
          version.path,
        );
      }
    }
  });

  test("tag pages list originals, and a translation only under a tag of its own", () => {
    const listed = (sitePath: string) => {
      const $ = page(sitePath);
      return $(".post-list .post-summary h2 a")
        .toArray()
        .map((link) => $(link).attr("href"));
    };
    assert.deepEqual(listed(OWN_TAG.tagPage), [OWN_TAG.path]);
    assert.deepEqual(listed("/tags/performance/"), [
      "/sparse-attention/",
      "/gradient-checkpointing/",
    ]);
  });

  test("a post written in Persian only is an original at its own address", () => {
    const $ = page("/model-cache/");
    assert.equal($("html").attr("lang"), "fa");
    assert.equal($("html").attr("dir"), "rtl");
    assert.ok(!fs.existsSync(path.join(site.publicFolder, "fa", "model-cache")));
  });

  test("the home page lists each post once, in its original language, with its other languages", () => {
    const $ = page("/");
    const entries = $(".post-list .post-summary").toArray();
    const titles = entries.map((entry) => $(entry).find("h2").text());
    assert.deepEqual(
      [...titles].sort(),
      EXPECTED_POSTS.map((post) => post.versions[0]?.title ?? "").sort(),
    );
    for (const post of EXPECTED_POSTS) {
      const [original, ...translations] = post.versions;
      const entry = entries.find((each) => $(each).find("h2").text() === original?.title);
      assert.ok(entry, original?.title);
      assert.equal($(entry).attr("lang"), original?.lang);
      const marks = $(entry)
        .find(".post-languages a")
        .toArray()
        .map((link) => `${$(link).attr("hreflang")} ${$(link).attr("href")} ${$(link).text()}`);
      assert.deepEqual(
        marks,
        translations.map((version) => `${version.lang} ${version.path} ${version.name}`),
        original?.title,
      );
    }
  });

  test("each language's list holds its posts and translations, newest first", () => {
    const byLanguage = new Map<string, ExpectedVersion[]>();
    for (const version of ALL_VERSIONS) {
      const segment = version.lang.toLowerCase();
      byLanguage.set(segment, [...(byLanguage.get(segment) ?? []), version]);
    }
    const dateOf = (version: ExpectedVersion) =>
      EXPECTED_POSTS.find((post) => post.versions.includes(version))?.date ?? "";
    for (const [segment, versions] of byLanguage) {
      const $ = page(`/${segment}/`);
      const listed = $(".post-list .post-summary h2 a")
        .toArray()
        .map((link) => $(link).attr("href"));
      const own = (version: ExpectedVersion) =>
        version.path === "/ja/sparse-attention/"
          ? "2024-02-01"
          : version.path === "/fa/sparse-attention/"
            ? "2024-06-01"
            : dateOf(version);
      const expected = [...versions]
        .sort((a, b) => (own(b) < own(a) ? -1 : own(b) > own(a) ? 1 : 0))
        .map((version) => version.path);
      assert.deepEqual(listed, expected, segment);
      assert.equal(
        fs.existsSync(path.join(site.publicFolder, segment, "page", "2")),
        versions.length > 10,
      );
      assert.equal(
        $('head link[rel="alternate"][type="application/rss+xml"]').last().attr("href"),
        absolute(`/${segment}/rss.xml`),
      );
    }
  });

  test("each language has its own feeds; the site's feeds carry each post once", () => {
    const siteFeed = rssLinks(fs.readFileSync(path.join(site.publicFolder, "rss.xml"), "utf8"));
    assert.deepEqual(
      [...siteFeed].sort(),
      EXPECTED_POSTS.map((post) => post.versions[0]?.path ?? "").sort(),
    );
    const languages = new Set(ALL_VERSIONS.map((version) => version.lang.toLowerCase()));
    for (const segment of languages) {
      const expected = ALL_VERSIONS.filter((version) => version.lang.toLowerCase() === segment)
        .map((version) => version.path)
        .sort();
      const rss = fs.readFileSync(path.join(site.publicFolder, segment, "rss.xml"), "utf8");
      assert.deepEqual([...rssLinks(rss)].sort(), expected, `${segment}/rss.xml`);
      const json = JSON.parse(
        fs.readFileSync(path.join(site.publicFolder, segment, "feed.json"), "utf8"),
      ) as { language?: string; items: Array<{ url: string }> };
      assert.deepEqual(
        json.items.map((item) => new URL(item.url).pathname).sort(),
        expected,
        `${segment}/feed.json`,
      );
    }
    // A translation's page advertises its language's feeds.
    assert.ok(
      page("/he/vector-search/")(
        `link[type="application/feed+json"][href="${absolute("/he/feed.json")}"]`,
      ).length === 1,
    );
  });

  test("the sitemap lists every version with all its alternates", () => {
    const $ = load(fs.readFileSync(path.join(site.publicFolder, "sitemap.xml"), "utf8"), {
      xml: true,
    });
    for (const post of EXPECTED_POSTS) {
      for (const version of post.versions) {
        const entry = $("url")
          .toArray()
          .find((url) => $(url).children("loc").text() === absolute(version.path));
        assert.ok(entry, version.path);
        const alternates = new Map(
          $(entry)
            .children()
            .toArray()
            .filter((child) => child.tagName === "xhtml:link")
            .map((link) => [$(link).attr("hreflang") ?? "", $(link).attr("href") ?? ""]),
        );
        assert.deepEqual(alternates, expectedAlternates(post.versions), version.path);
      }
    }
  });

  test("search finds translations in their own language's index", async () => {
    const entry = JSON.parse(
      fs.readFileSync(path.join(site.publicFolder, "pagefind", "pagefind-entry.json"), "utf8"),
    ) as { languages: Record<string, { page_count: number }> };
    for (const lang of ["ru", "he", "ar", "ko"]) {
      assert.ok(entry.languages[lang], `an index for ${lang}`);
    }
    const russian = ALL_VERSIONS.find((version) => version.lang === "ru");
    assert.ok(russian);
    const search = await openBuiltIndex(site.publicFolder, {
      pageLanguage: "en",
      mergeOtherLanguages: true,
    });
    const found = await search(russian.word);
    assert.ok(
      found.some((result) => result.url.startsWith(russian.path)),
      found.map((result) => result.url).join(", "),
    );
  });

  // Last: it edits the site. A cached build reads only the changed file again, the original.
  /**
   * The right-to-left translations in Chromium: the language list and the outdated notice sit in
   * a mirrored page, which must pass axe in both themes and fit a 360-px phone. Before the cached
   * build below, which moves one of them.
   */
  describe("right-to-left translations in a browser", () => {
    let server: StaticServer;
    let browser: Browser;
    const pages = ALL_VERSIONS.filter(
      (version) => version.file !== "index.md" && RIGHT_TO_LEFT.includes(version.lang),
    ).map((version) => version.path);

    before(async () => {
      server = await serveStatic(site.publicFolder);
      browser = await launchChromium();
    });

    after(async () => {
      await browser?.close();
      await server?.close();
    });

    test("there are right-to-left translations to look at", () => {
      assert.ok(pages.length >= 3, pages.join(", "));
    });

    for (const theme of THEMES) {
      test(`right-to-left translations pass axe at 360 px, ${theme} theme, and fit`, async () => {
        for (const address of pages) {
          const tab = await browser.context.newPage();
          await tab.setViewportSize({ width: 360, height: 800 });
          await tab.emulateMedia({ colorScheme: theme });
          await startWithStoredTheme(tab, theme);
          await tab.goto(`${server.origin}${encodeURI(address)}`, { waitUntil: "load" });
          await loadEverything(tab);
          assert.equal((await shownTheme(tab)).background, BACKGROUNDS[theme], address);
          assert.equal(await tab.evaluate(() => document.documentElement.dir), "rtl", address);
          const scrollWidth = await tab.evaluate(() => document.documentElement.scrollWidth);
          assert.ok(scrollWidth <= 360, `${address}: scrollWidth ${scrollWidth}`);
          const report = await runAxe(tab);
          assert.ok(report.checkedRules.includes("color-contrast"));
          assert.deepEqual(
            report.violations.map((violation) => violation.id),
            [],
            `${address}: ${describeViolations(report.violations)}`,
          );
          await tab.close();
        }
      });
    }
  });

  test("after the original moves and changes its date, a cached build moves its translations", () => {
    const original = path.join(site.root, "content", "blog", "tokenizers", "index.md");
    const text = fs.readFileSync(original, "utf8");
    fs.writeFileSync(
      original,
      text.replace('date: "2023-03-01"', 'date: "2023-03-15"\nslug: "/notes/tokenizers/"'),
    );
    // The next `npm run build` of the same site, with the same address.
    const rebuilt = runGatsbyBuild(site.root, { SITE_URL });
    assert.equal(rebuilt.status, 0, rebuilt.output);
    for (const segment of ["de", "fa", "zh-hant"]) {
      const $ = page(`/${segment}/notes/tokenizers/`);
      assert.equal(
        $("article.post header time").first().attr("datetime")?.slice(0, 10),
        "2023-03-15",
      );
      assert.equal(alternatesOfPage($).get("x-default"), absolute("/notes/tokenizers/"), segment);
    }
  });
});

describe("translations the check rejects", () => {
  let root: string;
  let output: string;
  let status: number | null;

  before(() => {
    root = createFixtureProject("translations-broken", BROKEN_TRANSLATIONS);
    const result = spawnSync(
      process.execPath,
      ["--import", "tsx", "scripts/check-content.ts", "--all"],
      {
        cwd: root,
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1" },
      },
    );
    output = `${result.stdout}${result.stderr}`;
    status = result.status;
  });

  after(() => fs.rmSync(root, { recursive: true, force: true }));

  test("each problem is an error naming its file (and line, where there is one)", () => {
    assert.equal(status, 1, output);
    for (const { where, rule } of BROKEN_EXPECTED) {
      const line = output
        .split("\n")
        .find((each) => each.startsWith(where) && each.includes(`[${rule}]`));
      assert.ok(line, `${where} [${rule}] in:\n${output}`);
      assert.match(line, /: error: /);
    }
  });

  test("a translation without a date is not asked for one", () => {
    assert.doesNotMatch(output, /index\.(?:fa|pt-br|pt-BR)\.md[^\n]*\[frontmatter\/date\]/);
  });
});
