import assert from "node:assert/strict";
import { test } from "node:test";
import { load } from "cheerio";
import { renderToStaticMarkup } from "react-dom/server";
import { ThemeToggle } from "../../src/components/ThemeToggle";

const $ = load(renderToStaticMarkup(<ThemeToggle />));
const button = $("button");

test("is one plain button, never a form submit", () => {
  assert.equal(button.length, 1);
  assert.equal(button.attr("type"), "button");
});

test("is a toggle named 'Dark theme', not pressed until the page says otherwise", () => {
  assert.equal(button.attr("aria-pressed"), "false");
  assert.equal(button.find(".visually-hidden").text(), "Dark theme");
  // The name comes from the text alone: the icon is hidden from assistive technology.
  assert.equal(button.text(), "Dark theme");
  assert.equal(button.find("svg").attr("aria-hidden"), "true");
  assert.equal(button.find("svg").attr("focusable"), "false");
});

test("carries the hook the browser module looks for", () => {
  assert.equal(button.attr("data-theme-toggle"), "");
});

test("is named in the page's language", () => {
  const $ = load(renderToStaticMarkup(<ThemeToggle lang="he" />));
  assert.equal($("button").text(), "ערכת נושא כהה");
});
