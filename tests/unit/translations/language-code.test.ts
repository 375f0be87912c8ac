import assert from "node:assert/strict";
import { test } from "node:test";
import { languageSegment, parseLanguageCode } from "../../../src/lib/translations/language-code";

test("codes in any case are read in BCP 47's canonical case, and lower case for addresses", () => {
  const cases: Array<[string, string]> = [
    ["ja", "ja"],
    ["zh-hans", "zh-Hans"],
    ["ZH-HANT", "zh-Hant"],
    ["pt-br", "pt-BR"],
    ["pt_BR", "pt-BR"],
    ["fa", "fa"],
    ["sr-latn-rs", "sr-Latn-RS"],
  ];
  for (const [written, tag] of cases) {
    assert.deepEqual(parseLanguageCode(written).code, { tag, segment: tag.toLowerCase() }, written);
  }
});

test("words that BCP 47's grammar allows but that name no language are rejected", () => {
  for (const written of ["draft", "backup", "old", "xx", "1", "en--us", ""]) {
    const result = parseLanguageCode(written);
    assert.equal(result.code, null, written);
    assert.match(result.problem ?? "", /language/, written);
  }
});

test("a language given anywhere has one address segment", () => {
  assert.equal(languageSegment("pt-BR"), "pt-br");
  assert.equal(languageSegment("zh-Hans"), "zh-hans");
});
