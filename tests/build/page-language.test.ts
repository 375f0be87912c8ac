import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import type { CheerioAPI } from "cheerio";
import type { Page } from "playwright-core";
import { describeViolations, runAxe } from "../support/axe";
import { loadPage } from "../support/built-site";
import { launchChromium, type Browser } from "../support/chromium";
import { buildFixtureSite, type FixtureBuild } from "../support/fixture-site";
import { languageFixturePosts, LANGUAGE_POSTS } from "../support/language-posts";
import { loadEverything } from "../support/page-watch";
import { testOutputFolder } from "../support/paths";
import { BACKGROUNDS, shownTheme, startWithStoredTheme, THEMES } from "../support/theme";
import { serveStatic, type StaticServer } from "../../tools/static-server";

/**
 * What each page must say, written out here by hand (not read from the interface table): the
 * direction, the heading of the table of contents, the skip link, the search button, the
 * reading time and the date, in the post's own language and digits.
 */
const EXPECTED: Readonly<
  Record<
    string,
    {
      dir: "rtl" | "ltr";
      contents: string;
      skip: string;
      search: string;
      readingTime: string;
      date: string;
      older: string;
    }
  >
> = {
  "fa-contrastive": {
    dir: "rtl",
    contents: "فهرست مطالب",
    skip: "پرش به محتوا",
    search: "جست‌وجو",
    readingTime: "۱ دقیقه مطالعه",
    // 1 May 2024: Nowruz 1403 was 20 March, so Ordibehesht began on 20 April.
    date: "۱۲ اردیبهشت ۱۴۰۳",
    older: "نوشتهٔ قبلی",
  },
  "ar-convolution": {
    dir: "rtl",
    contents: "المحتويات",
    skip: "انتقل إلى المحتوى",
    search: "بحث",
    readingTime: "وقت القراءة: 1 دقيقة",
    date: "1 أبريل 2024",
    older: "التدوينة السابقة",
  },
  "he-attention": {
    dir: "rtl",
    contents: "תוכן העניינים",
    skip: "דילוג לתוכן",
    search: "חיפוש",
    readingTime: "זמן קריאה: 1 דק׳",
    date: "1 במרץ 2024",
    older: "הפוסט הקודם",
  },
  "ja-distillation": {
    dir: "ltr",
    contents: "目次",
    skip: "本文へ移動",
    search: "検索",
    readingTime: "1分で読めます",
    date: "2024年2月1日",
    older: "前の記事",
  },
  "ru-optimizers": {
    dir: "ltr",
    contents: "Содержание",
    skip: "Перейти к содержимому",
    search: "Найти",
    readingTime: "1 мин чтения",
    date: "15 января 2024 г.",
    older: "Предыдущая запись",
  },
  "ko-embeddings": {
    dir: "ltr",
    contents: "목차",
    skip: "본문으로 건너뛰기",
    search: "검색",
    readingTime: "읽는 시간 1분",
    date: "2023년 12월 1일",
    older: "이전 글",
  },
  "zh-tw-graphs": {
    dir: "ltr",
    contents: "目錄",
    skip: "跳至正文",
    search: "搜尋",
    readingTime: "閱讀時間 1 分鐘",
    date: "2023年11月1日",
    older: "上一篇",
  },
  "zh-cn-pruning": {
    dir: "ltr",
    contents: "目录",
    skip: "跳到正文",
    search: "搜索",
    readingTime: "阅读时间 1 分钟",
    date: "2023年10月1日",
    older: "上一篇",
  },
};

const RIGHT_TO_LEFT = ["fa-contrastive", "ar-convolution", "he-attention"];
const SHOTS = path.join(testOutputFolder, "screenshots");

describe("pages in the post's language: <html lang dir>, interface words, dates", () => {
  let site: FixtureBuild;
  let server: StaticServer;
  let browser: Browser;
  const page = (address: string): CheerioAPI => loadPage(address, site.publicFolder);

  before(async () => {
    site = buildFixtureSite("page-language", languageFixturePosts());
    assert.equal(site.status, 0, site.output);
    server = await serveStatic(site.publicFolder);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    site?.remove();
  });

  test("each post page has its language and direction on <html>", () => {
    for (const post of LANGUAGE_POSTS) {
      const $ = page(`/${post.folder}/`);
      assert.equal($("html").attr("lang"), post.lang, post.folder);
      assert.equal($("html").attr("dir"), EXPECTED[post.folder]?.dir, post.folder);
      // The words around the post are in the page's language, so nothing re-marks them.
      assert.equal($("nav.toc[lang], .post-nav[lang], .toc-list[lang]").length, 0, post.folder);
    }
  });

  test("the words around each post, its reading time and its date are in its language", () => {
    for (const post of LANGUAGE_POSTS) {
      const expected = EXPECTED[post.folder];
      assert.ok(expected, post.folder);
      const $ = page(`/${post.folder}/`);
      assert.equal($(".toc-title").text(), expected.contents, post.folder);
      assert.equal($(".skip-link").text(), expected.skip, post.folder);
      assert.equal($(".site-header .search-form-button").text(), expected.search, post.folder);
      assert.equal($(".post-header .reading-time").text(), expected.readingTime, post.folder);
      assert.equal($(".post-header .post-meta > time").text(), expected.date, post.folder);
      assert.equal($(".post-header .post-meta > time").attr("datetime"), post.date);
      // Every post but the oldest links an older one.
      if (post.folder !== "zh-cn-pruning") {
        assert.match($(".post-nav-older .post-nav-label").text(), new RegExp(expected.older));
      }
      // No English word of the interface is left on the page.
      const frame = $(".site-header, .toc, .post-meta, .post-after").text();
      for (const english of ["Contents", "min read", "Older post", "Newer post", "Skip"]) {
        assert.ok(!frame.includes(english), `${post.folder}: "${english}" in ${frame}`);
      }
    }
  });

  test("copy buttons, section links and the site's own name are named for the page", () => {
    const $ = page("/fa-contrastive/");
    const button = $(".post-body button.code-copy");
    assert.equal(button.text(), "کپی");
    assert.equal(button.attr("aria-label"), "کپی کد");
    assert.equal(button.attr("data-copied-label"), "کپی شد");
    assert.equal($(".post-body a.anchor").first().attr("aria-label"), "پیوند به این بخش: مقدمه");
    // The site's name and description are English, and say so inside the Persian page.
    assert.equal($(".site-title").attr("lang"), "en");
    assert.equal($(".site-footer p").attr("dir"), "ltr");
    // A Japanese post listed on it keeps its own language and direction.
    const related = page("/ja-distillation/")('.related-posts a[lang="fa"]');
    assert.equal(related.attr("dir"), "rtl");
  });

  test("an update is dated in the post's calendar and digits", () => {
    const $ = page("/fa-contrastive/");
    const updated = $(".post-updated");
    assert.equal(updated.find("time").attr("datetime"), "2024-06-01");
    // 1 June 2024 is 12 Khordad 1403 (Ordibehesht has 31 days).
    assert.equal(updated.text(), "به‌روزشده در ۱۲ خرداد ۱۴۰۳");
  });

  test("site-wide pages speak the site's language; listed posts keep their own", () => {
    const home = page("/");
    assert.equal(home("html").attr("lang"), "en");
    assert.equal(home("html").attr("dir"), "ltr");
    const persian = home('.post-summary[lang="fa"]');
    assert.equal(persian.find("time").text(), "۱۲ اردیبهشت ۱۴۰۳");
    assert.equal(persian.find(".reading-time").text(), "۱ دقیقه مطالعه");
    const notFound = page("/404.html");
    assert.equal(notFound("html").attr("lang"), "en");
    assert.equal(notFound("h1").text(), "Page not found");
    const search = page("/search/");
    const words = JSON.parse(search("[data-search-text]").attr("data-search-text") ?? "{}") as {
      searchNoResults?: string;
    };
    assert.equal(words.searchNoResults, "No results for “{query}”.");
  });

  test("code and formulas are marked up to stay left to right inside a right-to-left page", () => {
    const $ = page("/fa-contrastive/");
    assert.ok($(".post-body pre").length > 0 && $(".post-body .katex-display").length > 0);
  });

  test("every post gets a drawn card", () => {
    for (const post of LANGUAGE_POSTS) {
      const image = page(`/${post.folder}/`)('meta[property="og:image"]').attr("content") ?? "";
      const file = path.join(site.publicFolder, new URL(image).pathname);
      assert.ok(fs.existsSync(file), `${post.folder}: ${file}`);
    }
  });

  async function openPost(folder: string, width: number, theme: "light" | "dark"): Promise<Page> {
    const tab = await browser.context.newPage();
    await tab.setViewportSize({ width, height: 900 });
    await tab.emulateMedia({ colorScheme: theme });
    await startWithStoredTheme(tab, theme);
    await tab.goto(`${server.origin}/${folder}/`, { waitUntil: "load" });
    await loadEverything(tab);
    return tab;
  }

  for (const folder of RIGHT_TO_LEFT) {
    for (const theme of THEMES) {
      for (const width of [1280, 360]) {
        test(`${folder} passes axe, ${theme} theme, ${width} px`, async () => {
          const tab = await openPost(folder, width, theme);
          assert.equal((await shownTheme(tab)).background, BACKGROUNDS[theme]);
          const report = await runAxe(tab);
          assert.ok(report.checkedRules.includes("color-contrast"));
          assert.deepEqual(
            report.violations.map((violation) => violation.id),
            [],
            describeViolations(report.violations),
          );
          await tab.close();
        });
      }
    }

    test(`${folder}: no sideways scroll at 360 px; code and formulas run left to right`, async () => {
      const tab = await openPost(folder, 360, "light");
      const selectors = {
        page: "html",
        body: ".post-body p",
        pre: ".post-body pre",
        code: ".post-body pre code",
        display: ".post-body .katex-display",
        inline: ".post-body li .katex",
      };
      const directions = await tab.evaluate(
        (entries) =>
          entries.map(([name, selector]) => {
            const element = document.querySelector(selector);
            return [name, element ? getComputedStyle(element).direction : "missing"];
          }),
        Object.entries(selectors),
      );
      const scrollWidth = await tab.evaluate(() => document.documentElement.scrollWidth);
      const layout = { scrollWidth, ...Object.fromEntries(directions) };
      assert.ok(layout.scrollWidth <= 360, `scrollWidth ${layout.scrollWidth}`);
      assert.deepEqual(layout, {
        scrollWidth: layout.scrollWidth,
        page: "rtl",
        body: "rtl",
        pre: "ltr",
        code: "ltr",
        display: "ltr",
        inline: "ltr",
      });
      await tab.close();
    });

    test(`${folder}: the table of contents sits on the left of the text on a wide screen`, async () => {
      const tab = await openPost(folder, 1280, "light");
      const [toc, text] = await Promise.all(
        [".toc", ".post-body"].map((selector) =>
          tab.locator(selector).evaluate((element) => element.getBoundingClientRect().toJSON()),
        ),
      );
      const tocBox = toc as DOMRect;
      const textBox = text as DOMRect;
      assert.ok(tocBox.right <= textBox.left, `toc ${tocBox.right} text ${textBox.left}`);
      // The quote's bar is on the side the lines start, the right.
      const bar = await tab.locator(".post-body blockquote").evaluate((element) => {
        const style = getComputedStyle(element);
        return { right: style.borderRightWidth, left: style.borderLeftWidth };
      });
      assert.deepEqual(bar, { right: "4px", left: "0px" });
      await tab.close();
    });
  }

  for (const folder of ["ja-distillation", "ru-optimizers", "ko-embeddings", "zh-tw-graphs"]) {
    test(`${folder} passes axe too`, async () => {
      const tab = await openPost(folder, 1280, "light");
      const report = await runAxe(tab);
      assert.deepEqual(
        report.violations.map((violation) => violation.id),
        [],
        describeViolations(report.violations),
      );
      await tab.close();
    });
  }

  test("a left-to-right page keeps its table of contents on the right", async () => {
    const tab = await openPost("ja-distillation", 1280, "light");
    const [toc, text] = await Promise.all(
      [".toc", ".post-body"].map((selector) =>
        tab.locator(selector).evaluate((element) => element.getBoundingClientRect().toJSON()),
      ),
    );
    assert.ok((toc as DOMRect).left >= (text as DOMRect).right);
    await tab.close();
  });

  test("screenshots of a Persian and a Japanese post, on a screen and a phone", async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    for (const [folder, name] of [
      ["fa-contrastive", "persian"],
      ["ja-distillation", "japanese"],
    ] as const) {
      for (const width of [1280, 360]) {
        const tab = await openPost(folder, width, "light");
        const file = path.join(SHOTS, `language-${name}-${width}.png`);
        await tab.screenshot({ path: file, fullPage: true });
        assert.ok(fs.statSync(file).size > 10_000, file);
        await tab.close();
      }
    }
  });
});
