import assert from "node:assert/strict";
import { test } from "node:test";
import { endonym } from "../../../src/lib/translations/endonym";

test("each language is named in itself, starting with a capital where its script has one", () => {
  const expected: Record<string, string> = {
    en: "English",
    ja: "日本語",
    "zh-Hans": "简体中文",
    "zh-Hant": "繁體中文",
    ko: "한국어",
    fr: "Français",
    es: "Español",
    "pt-BR": "Português (Brasil)",
    de: "Deutsch",
    ru: "Русский",
    fa: "فارسی",
    ar: "العربية",
    he: "עברית",
  };
  for (const [tag, name] of Object.entries(expected)) assert.equal(endonym(tag), name, tag);
});
