import assert from "node:assert/strict";
import { test } from "node:test";
import { resolveCitationStyle } from "../../../src/lib/citations/citation-style";
import {
  citationKey,
  personName,
  postBibtex,
  postCitationHtml,
  scholarDate,
} from "../../../src/lib/citations/cite-this-post";

const POST = {
  title: "Recent Advances in Representation Learning",
  authors: ["Shion Honda"],
  date: "2020-04-20T22:01:03.284Z",
  url: "https://blog.example.com/representation_learning/",
  siteTitle: "Technical Notes",
  lang: "en",
};

test("names in Latin script split into family and given; others stay whole", () => {
  assert.deepEqual(personName("Shion Honda"), { family: "Honda", given: "Shion" });
  assert.deepEqual(personName("山田太郎"), { literal: "山田太郎" });
  assert.deepEqual(personName("Technical Notes authors"), { literal: "Technical Notes authors" });
});

test("the BibTeX entry: key, author, title kept in case, year, month and address", () => {
  assert.equal(citationKey(POST), "honda2020recent");
  assert.equal(
    postBibtex(POST),
    [
      "@misc{honda2020recent,",
      "  author       = {Honda, Shion},",
      "  title        = {{Recent Advances in Representation Learning}},",
      "  howpublished = {Technical Notes},",
      "  year         = {2020},",
      "  month        = apr,",
      "  url          = {https://blog.example.com/representation_learning/}",
      "}",
    ].join("\n"),
  );
  assert.match(
    postBibtex({ ...POST, title: "50% of C# & more" }),
    /\{\{50\\% of C\\# \\& more\}\}/,
  );
});

test("the formatted reference in an author–year style, its address a link", () => {
  const apa = resolveCitationStyle("apa", []).style;
  assert.ok(apa);
  const html = postCitationHtml(POST, apa);
  assert.match(
    html,
    /^Honda, S\. \(2020, April 20\)\. Recent Advances in Representation Learning\./,
  );
  assert.match(html, /<a href="https:\/\/blog\.example\.com\/representation_learning\/">/);
});

test("Google Scholar's date form", () => {
  assert.equal(scholarDate("2020-04-20T22:01:03.284Z"), "2020/04/20");
  assert.equal(scholarDate("not a date"), "");
});
