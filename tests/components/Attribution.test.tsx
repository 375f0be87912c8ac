import assert from "node:assert/strict";
import { test } from "node:test";
import { load } from "cheerio";
import { renderToStaticMarkup } from "react-dom/server";
import { Attribution, type AttributionData } from "../../src/components/Attribution";

const full: AttributionData = {
  author: "Ada Writer",
  title: "On Graphs",
  site: "Ada's Notes",
  url: "https://notes.example/graphs/",
  license: "CC BY 4.0",
  licenseUrl: "https://creativecommons.org/licenses/by/4.0/",
  changes: "Figures redrawn.",
};

test("names the author, links the original and the license, and says what changed", () => {
  const $ = load(renderToStaticMarkup(<Attribution attribution={full} />));
  const text = $("aside").text();
  assert.match(text, /based on “On Graphs” by Ada Writer, first published on Ada's Notes/);
  assert.equal($('a[href="https://notes.example/graphs/"]').text(), "“On Graphs”");
  assert.equal($('a[rel="license"]').attr("href"), full.licenseUrl);
  assert.equal($('a[rel="license"]').text(), "CC BY 4.0");
  assert.match(text, /Changes: Figures redrawn\./);
  assert.equal($("aside").attr("aria-labelledby"), $("h2").attr("id"));
});

test("works with only the required fields", () => {
  const $ = load(
    renderToStaticMarkup(
      <Attribution
        attribution={{ ...full, title: null, site: null, licenseUrl: null, changes: null }}
      />,
    ),
  );
  assert.equal($("a").length, 1);
  assert.equal($("a").text(), full.url);
  assert.match($("aside").text(), /used under CC BY 4\.0\./);
  assert.doesNotMatch($("aside").text(), /Changes/);
});
