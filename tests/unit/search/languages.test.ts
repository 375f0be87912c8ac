import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { otherIndexLanguages, primaryIndexLanguage } from "../../../src/lib/search/languages";

const bundle = { en: { page_count: 3 }, ja: { page_count: 5 }, "pt-br": { page_count: 1 } };

describe("primaryIndexLanguage, as pagefind.js picks it", () => {
  test("the page's own language", () => {
    assert.equal(primaryIndexLanguage(bundle, "en"), "en");
    assert.equal(primaryIndexLanguage(bundle, "pt-BR"), "pt-br");
  });

  test("else its primary language", () => {
    assert.equal(primaryIndexLanguage(bundle, "en-GB"), "en");
  });

  test("else the language with the most pages", () => {
    assert.equal(primaryIndexLanguage(bundle, "de"), "ja");
  });

  test("none in an empty bundle", () => {
    assert.equal(primaryIndexLanguage({}, "en"), null);
  });
});

describe("otherIndexLanguages", () => {
  test("every language but the one Pagefind opens, sorted", () => {
    assert.deepEqual(otherIndexLanguages(bundle, "en"), ["ja", "pt-br"]);
    assert.deepEqual(otherIndexLanguages(bundle, "ja"), ["en", "pt-br"]);
    assert.deepEqual(otherIndexLanguages(bundle, "de"), ["en", "pt-br"]);
  });

  test("nothing to merge for a single language", () => {
    assert.deepEqual(otherIndexLanguages({ en: { page_count: 1 } }, "en"), []);
    assert.deepEqual(otherIndexLanguages({ ja: { page_count: 1 } }, "en"), []);
  });
});
