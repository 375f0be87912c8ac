import assert from "node:assert/strict";
import { test } from "node:test";
import { postLanguage } from "../../../src/lib/posts/language";

test("the language tag decides when there is no lang field", () => {
  assert.equal(postLanguage(undefined, ["en", "deep-learning"], "fr"), "en");
  assert.equal(postLanguage(null, ["deep-learning", "ja"], "en"), "ja");
});

test("a lang field wins over tags", () => {
  assert.equal(postLanguage("de", ["en"], "en"), "de");
});

test("falls back to the site default", () => {
  assert.equal(postLanguage("", ["deep-learning"], "en"), "en");
  assert.equal(postLanguage(undefined, undefined, "ja"), "ja");
});
