import assert from "node:assert/strict";
import { test } from "node:test";
import {
  choiceToRemember,
  oppositeTheme,
  parseTheme,
  resolveTheme,
} from "../../../src/lib/theme/theme";

test("only 'light' and 'dark' are a stored choice", () => {
  assert.equal(parseTheme("light"), "light");
  assert.equal(parseTheme("dark"), "dark");
  for (const value of [null, undefined, "", "Dark", "system", " dark", 1]) {
    assert.equal(parseTheme(value), null, JSON.stringify(value));
  }
});

test("the reader's choice wins over the system; without one the system decides", () => {
  assert.equal(resolveTheme("light", true), "light");
  assert.equal(resolveTheme("dark", false), "dark");
  assert.equal(resolveTheme(null, true), "dark");
  assert.equal(resolveTheme(null, false), "light");
});

test("picking the system's own theme remembers nothing, picking the other remembers it", () => {
  assert.equal(choiceToRemember("dark", true), null);
  assert.equal(choiceToRemember("light", false), null);
  assert.equal(choiceToRemember("light", true), "light");
  assert.equal(choiceToRemember("dark", false), "dark");
});

test("the opposite of each theme is the other one", () => {
  assert.equal(oppositeTheme("light"), "dark");
  assert.equal(oppositeTheme("dark"), "light");
});
