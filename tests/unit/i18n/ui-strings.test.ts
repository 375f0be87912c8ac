import assert from "node:assert/strict";
import { test } from "node:test";
import {
  ENGLISH_UI_STRINGS,
  formatUiString,
  UI_LANGUAGES,
  uiRow,
  uiStrings,
  type UiStringKey,
} from "../../../src/lib/i18n/ui-strings";

const KEYS = Object.keys(ENGLISH_UI_STRINGS) as UiStringKey[];

/** Words a row may share with English on purpose: the same word in both languages. */
const SAME_AS_ENGLISH: Readonly<Record<string, readonly UiStringKey[]>> = {
  fr: ["figure", "section", "siteNavigation", "pages", "calloutImportant", "etAl"],
  es: ["etAl"],
  pt: ["siteNavigation", "tags", "etAl"],
  de: ["etAl"],
};

/** Names, written the same in every language. */
const NAMES: readonly UiStringKey[] = ["bibtexEntry"];

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? "").sort();
}

test("the issue's languages all have a row", () => {
  for (const lang of [
    "en",
    "ja",
    "zh-hans",
    "zh-hant",
    "ko",
    "fr",
    "es",
    "pt",
    "de",
    "ru",
    "fa",
    "ar",
    "he",
  ]) {
    assert.ok(UI_LANGUAGES.includes(lang), `${lang} has no row`);
  }
});

test("every row fills every key with words of its own, using English's placeholders", () => {
  for (const lang of UI_LANGUAGES) {
    const row = uiRow(lang);
    assert.ok(row, lang);
    for (const key of KEYS) {
      const word: string | undefined = row[key];
      assert.equal(typeof word, "string", `${lang} has no ${key}`);
      assert.notEqual(word?.trim(), "", `${lang}.${key} is empty`);
      assert.deepEqual(
        placeholders(word ?? ""),
        placeholders(ENGLISH_UI_STRINGS[key]),
        `${lang}.${key} has other placeholders than English`,
      );
      // A word copied from English by mistake shows English inside a page in another language.
      if (
        lang !== "en" &&
        word === ENGLISH_UI_STRINGS[key] &&
        !/^\{\w+\}$/.test(word) &&
        !NAMES.includes(key)
      ) {
        assert.ok(
          (SAME_AS_ENGLISH[lang] ?? []).includes(key),
          `${lang}.${key} is English ("${word}")`,
        );
      }
    }
  }
});

test("rows are written in their own scripts", () => {
  const scripts: Readonly<Record<string, RegExp>> = {
    ja: /\p{Script=Hiragana}|\p{Script=Katakana}/u,
    ko: /\p{Script=Hangul}/u,
    ru: /\p{Script=Cyrillic}/u,
    fa: /\p{Script=Arabic}/u,
    ar: /\p{Script=Arabic}/u,
    he: /\p{Script=Hebrew}/u,
    "zh-hans": /\p{Script=Han}/u,
    "zh-hant": /\p{Script=Han}/u,
  };
  for (const [lang, script] of Object.entries(scripts)) {
    assert.match(uiStrings(lang).notFoundTitle, script, lang);
    assert.match(uiStrings(lang).searchLabel, script, lang);
  }
  // The two Chinese rows differ where the scripts do.
  assert.equal(uiStrings("zh-hans").contents, "目录");
  assert.equal(uiStrings("zh-hant").contents, "目錄");
});

test("Chinese tags find the script they are written in", () => {
  for (const tag of ["zh", "zh-CN", "zh-SG", "zh-Hans", "zh-hans-cn", "zh_CN"]) {
    assert.equal(uiStrings(tag).searchButton, "搜索", tag);
  }
  for (const tag of ["zh-TW", "zh-HK", "zh-Hant", "zh-MO", "zh-Hant-HK"]) {
    assert.equal(uiStrings(tag).searchButton, "搜尋", tag);
  }
});

test("a region reads its language's row; a language without a row reads English", () => {
  assert.equal(uiStrings("pt-BR").contents, "Sumário");
  assert.equal(uiStrings("fr-CA").contents, "Sommaire");
  assert.equal(uiStrings("JA-jp").contents, "目次");
  assert.equal(uiStrings("iw").contents, "תוכן העניינים");
  assert.deepEqual(uiStrings("sw"), { ...ENGLISH_UI_STRINGS });
  assert.deepEqual(uiStrings(""), { ...ENGLISH_UI_STRINGS });
});

test("the copy button's visible word is a word of its accessible name, as WCAG 2.5.3 asks", () => {
  for (const lang of UI_LANGUAGES) {
    const words = uiStrings(lang);
    const visible = words.copy.toLowerCase();
    for (const name of [words.copyCode, words.copyTitled]) {
      const tokens = name.toLowerCase().split(/[\s:：]+/u);
      // Japanese and Chinese write no spaces between words: the word is inside the name.
      const contained = /[\p{Script=Han}\p{Script=Katakana}]/u.test(visible)
        ? name.includes(words.copy)
        : tokens.includes(visible);
      assert.ok(contained, `${lang}: "${words.copy}" is not a word of "${name}"`);
    }
  }
});

test("placeholders are filled; unknown ones are left as written", () => {
  assert.equal(formatUiString(uiStrings("en").minRead, { n: 5 }), "5 min read");
  assert.equal(formatUiString(uiStrings("ja").minRead, { n: 5 }), "5分で読めます");
  assert.equal(formatUiString(uiStrings("de").pageOf, { n: 2, count: 3 }), "Seite 2 von 3");
  assert.equal(formatUiString("{n} of {total}", { n: 1 }), "1 of {total}");
});
