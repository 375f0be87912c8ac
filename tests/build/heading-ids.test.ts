import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { CheerioAPI } from "cheerio";
import { checkBuiltLinks } from "../../src/lib/content-check/built-links";
import { loadPage } from "../support/built-site";
import { buildFixtureSite, postMarkdown, type FixtureBuild } from "../support/fixture-site";

const encode = (fragment: string): string => `#${encodeURIComponent(fragment)}`;

/** A post moved in from a blog that gave `#` headings ids: its sections start at `#`. */
const JAPANESE_POST = {
  folder: "ml-notes",
  markdown: postMarkdown(
    { title: "機械学習ノート", date: "2021-03-01", tags: ["ja"] },
    [
      "# 機械学習／データサイエンス",
      "",
      "[今の規則](#機械学習データサイエンス)、[前の規則](#機械学習／データサイエンス)、" +
        `[今の規則で符号化](${encode("機械学習データサイエンス")})、` +
        `[前の規則で符号化](${encode("機械学習／データサイエンス")})。`,
      "",
      "## 教師あり学習：回帰",
      "",
      "### 線形回帰",
      "",
      "#### 正則化",
      "",
      "##### L1 と L2",
      "",
      "###### 細部",
      "",
      "# まとめ",
      "",
      "[中国語の記事の原則](../translated-zh/#原则-1不阻断数据流)、[回帰へ](#教師あり学習：回帰)。",
    ].join("\n"),
  ),
};

/** A translated post whose links keep the full-width colon, as the slugger of its day did. */
const CHINESE_POST = {
  folder: "translated-zh",
  markdown: postMarkdown(
    { title: "数据流原则", date: "2021-03-02" },
    [
      "## 原则 1：不阻断数据流",
      "",
      "见[旧规则](#原则-1：不阻断数据流)、[旧规则编码](" +
        encode("原则-1：不阻断数据流") +
        ")、[新规则](#原则-1不阻断数据流)、[新规则编码](" +
        encode("原则-1不阻断数据流") +
        ")。",
      "",
      "## 原则 2：数据可追溯",
      "",
      "回到[机器学习](../ml-notes/#機械学習データサイエンス)。",
    ].join("\n"),
  ),
};

/** Every level written as `##` to `######`, repeats, Korean and emoji. */
const LEVELS_POST = {
  folder: "every-level",
  markdown: postMarkdown(
    { title: "Every level", date: "2021-03-03", tags: ["en"] },
    [
      "## Two",
      "",
      "### Three",
      "",
      "#### Four",
      "",
      "##### Five",
      "",
      "###### Six",
      "",
      "## Two",
      "",
      "## 한국어 제목: 테스트",
      "",
      "## 🚀 Launch",
      "",
      "[a](#two) [b](#two-1) [c](#six) [d](#한국어-제목-테스트) [e](#-launch) [f](#five)",
    ].join("\n"),
  ),
};

const POSTS = ["/ml-notes/", "/translated-zh/", "/every-level/"];

describe("heading ids and links to sections in built posts", () => {
  let site: FixtureBuild;
  const page = (urlPath: string): CheerioAPI => loadPage(urlPath, site.publicFolder);

  before(() => {
    site = buildFixtureSite("heading-ids", [JAPANESE_POST, CHINESE_POST, LEVELS_POST]);
    // The build runs the content check first and the link check last; either fails it.
    assert.equal(site.status, 0, site.output);
  });

  after(() => site?.remove());

  /** The decoded targets of a page's in-post links, by link text. */
  function sectionLinks($: CheerioAPI): Map<string, string> {
    return new Map(
      $(".post-body a[href*='#']:not(.anchor)")
        .toArray()
        .map((link) => [$(link).text(), decodeURIComponent($(link).attr("href") ?? "")]),
    );
  }

  test("every heading of every level has an id, and each page has one h1, its title", () => {
    for (const post of POSTS) {
      const $ = page(post);
      assert.equal($("h1").length, 1, post);
      assert.equal($("h1").closest(".post-body").length, 0, `${post}: the h1 is not the title`);
      const headings = $(".post-body :is(h1, h2, h3, h4, h5, h6)").toArray();
      assert.ok(headings.length >= 2, post);
      for (const heading of headings) {
        assert.ok($(heading).attr("id"), `${post}: ${$(heading).text()} has no id`);
      }
    }
    assert.deepEqual(
      page("/every-level/")(".post-body :is(h2, h3, h4, h5, h6)")
        .toArray()
        .map((heading) => `${heading.tagName} ${heading.attribs["id"]}`),
      [
        "h2 two",
        "h3 three",
        "h4 four",
        "h5 five",
        "h6 six",
        "h2 two-1",
        "h2 한국어-제목-테스트",
        "h2 -launch",
      ],
    );
  });

  test("a post whose sections start at # has them as h2, one level down throughout", () => {
    const $ = page("/ml-notes/");
    assert.deepEqual(
      $(".post-body :is(h2, h3, h4, h5, h6)")
        .toArray()
        .map((heading) => `${heading.tagName} ${heading.attribs["id"]}`),
      [
        "h2 機械学習データサイエンス",
        "h3 教師あり学習回帰",
        "h4 線形回帰",
        "h5 正則化",
        "h6 l1-と-l2",
        "h6 細部",
        "h2 まとめ",
      ],
    );
    // The table of contents lists the sections and their subsections.
    assert.deepEqual(
      $("nav.toc > ol > li > a")
        .toArray()
        .map((link) => $(link).attr("href")),
      ["#機械学習データサイエンス", "#まとめ"],
    );
    assert.deepEqual(
      $("nav.toc ol ol a")
        .toArray()
        .map((link) => $(link).attr("href")),
      ["#教師あり学習回帰"],
    );
  });

  test("in-post links in either slug rule and either encoding point at the heading's id", () => {
    const japanese = sectionLinks(page("/ml-notes/"));
    for (const text of ["今の規則", "前の規則", "今の規則で符号化", "前の規則で符号化"]) {
      assert.equal(japanese.get(text), "#機械学習データサイエンス", text);
    }
    assert.equal(japanese.get("回帰へ"), "#教師あり学習回帰");
    const chinese = sectionLinks(page("/translated-zh/"));
    for (const text of ["旧规则", "旧规则编码", "新规则", "新规则编码"]) {
      assert.equal(chinese.get(text), "#原则-1不阻断数据流", text);
    }
  });

  test("links to another post's section reach a heading of that post", () => {
    assert.equal(
      sectionLinks(page("/ml-notes/")).get("中国語の記事の原則"),
      "../translated-zh/#原则-1不阻断数据流",
    );
    assert.equal(page("/translated-zh/")('[id="原则-1不阻断数据流"]').length, 1);
    assert.equal(
      sectionLinks(page("/translated-zh/")).get("机器学习"),
      "../ml-notes/#機械学習データサイエンス",
    );
  });

  test("every #fragment of every post names an element of its page", () => {
    for (const post of POSTS) {
      const $ = page(post);
      const ids = new Set(
        $("[id]")
          .map((_, element) => $(element).attr("id"))
          .get(),
      );
      for (const link of $(".post-body a[href^='#']").toArray()) {
        const id = decodeURIComponent(($(link).attr("href") ?? "").slice(1));
        assert.ok(ids.has(id), `${post}: #${id} names nothing`);
      }
    }
  });

  test("the built site passes the link check", () => {
    assert.deepEqual(checkBuiltLinks(site.publicFolder, { pathPrefix: "" }), []);
  });
});
