import assert from "node:assert/strict";
import { test } from "node:test";
import { load } from "cheerio";
import { renderToStaticMarkup } from "react-dom/server";
import { LanguageVersions } from "../../src/components/LanguageVersions";
import { TranslationNotice } from "../../src/components/TranslationNotice";

const versions = [
  { slug: "/a/", lang: "en", name: "English", isOriginal: true },
  { slug: "/fa/a/", lang: "fa", name: "فارسی", isOriginal: false },
  { slug: "/ja/a/", lang: "ja", name: "日本語", isOriginal: false },
];

test("the language list is a labelled nav of links, each in its language, the current one marked", () => {
  const $ = load(
    renderToStaticMarkup(<LanguageVersions versions={versions} current="/ja/a/" lang="ja" />),
  );
  assert.equal($("nav").attr("aria-label"), "他の言語");
  const links = $("nav li > a")
    .toArray()
    .map((link) => [
      $(link).text(),
      $(link).attr("href"),
      $(link).attr("lang"),
      $(link).attr("hreflang"),
      $(link).attr("aria-current") ?? null,
    ]);
  assert.deepEqual(links, [
    ["English", "/a/", "en", "en", null],
    ["فارسی", "/fa/a/", "fa", "fa", null],
    ["日本語", "/ja/a/", "ja", "ja", "page"],
  ]);
});

test("a post without translations has no language list", () => {
  const html = renderToStaticMarkup(
    <LanguageVersions versions={versions.slice(0, 1)} current="/a/" lang="en" />,
  );
  assert.equal(html, "");
});

test("the translator and the outdated notice are in the translation's language", () => {
  const $ = load(
    renderToStaticMarkup(
      <TranslationNotice
        lang="ja"
        translatedBy="山田 花子"
        outdatedSince="2024-05-01"
        originalSlug="/a/"
        originalLang="en"
      />,
    ),
  );
  assert.equal($(".translated-by").text(), "翻訳: 山田 花子");
  assert.equal(
    $(".translation-outdated").text(),
    "原文は翻訳後の 2024年5月1日 に更新されています。 原文を読む",
  );
  assert.equal($(".translation-outdated a").attr("href"), "/a/");
  assert.equal($(".translation-outdated a").attr("hreflang"), "en");
});

test("a current translation by an unnamed translator shows nothing", () => {
  const html = renderToStaticMarkup(
    <TranslationNotice
      lang="fr"
      translatedBy={null}
      outdatedSince={null}
      originalSlug="/a/"
      originalLang="en"
    />,
  );
  assert.equal(html, "");
});
