import assert from "node:assert/strict";
import { test } from "node:test";
import { load } from "cheerio";
import { renderToStaticMarkup } from "react-dom/server";
import { SearchForm } from "../../src/components/SearchForm";

test("is a labelled search field that submits ?q= to the search page without a script", () => {
  const $ = load(renderToStaticMarkup(<SearchForm />));
  const form = $("form");
  assert.equal(form.attr("role"), "search");
  assert.equal(form.attr("action"), "/search/");
  assert.equal(form.attr("method"), "get");
  const input = form.find("input");
  assert.equal(input.attr("name"), "q");
  assert.equal(input.attr("type"), "search");
  assert.equal(form.find(`label[for="${input.attr("id")}"]`).text(), "Search posts");
  assert.equal(form.find('button[type="submit"]').text(), "Search");
  assert.equal(form.attr("data-search-prefill"), undefined);
});

test("two forms on one page get distinct ids, each label naming its own field", () => {
  const $ = load(
    renderToStaticMarkup(
      <>
        <SearchForm hideLabel label="Search this site" />
        <SearchForm />
      </>,
    ),
  );
  const ids = $("input")
    .map((_, input) => $(input).attr("id"))
    .get();
  assert.equal(new Set(ids).size, 2);
  const hidden = $("label").first();
  assert.equal(hidden.text(), "Search this site");
  assert.equal(hidden.attr("class"), "visually-hidden");
});

test("asks the page's script to fill it from the address when told to", () => {
  const $ = load(renderToStaticMarkup(<SearchForm prefillFromAddress />));
  assert.equal($("form").attr("data-search-prefill"), "/");
});
