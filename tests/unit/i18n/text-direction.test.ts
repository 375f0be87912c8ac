import assert from "node:assert/strict";
import { test } from "node:test";
import { isRightToLeft, textDirection } from "../../../src/lib/i18n/text-direction";

test("Arabic, Persian, Hebrew, Urdu and the other right-to-left languages", () => {
  for (const lang of ["ar", "ar-EG", "fa", "fa-IR", "he", "iw", "ur", "ps", "sd", "ug", "yi"]) {
    assert.equal(isRightToLeft(lang), true, lang);
  }
  for (const lang of ["dv", "ckb", "FA", "he_IL"]) {
    assert.equal(textDirection(lang), "rtl", lang);
  }
});

test("left-to-right languages, including those near the right-to-left ones", () => {
  for (const lang of ["en", "ja", "zh-Hant", "ru", "tr", "ku", "az", "hi", "", "x"]) {
    assert.equal(textDirection(lang), "ltr", lang);
  }
});

test("a script subtag decides over the language", () => {
  assert.equal(isRightToLeft("az-Arab"), true);
  assert.equal(isRightToLeft("pa-Arab-PK"), true);
  assert.equal(isRightToLeft("ku-Arab"), true);
  assert.equal(isRightToLeft("sd-Deva"), false);
  assert.equal(isRightToLeft("uz-Latn"), false);
  assert.equal(isRightToLeft("yi-Hebr"), true);
});
