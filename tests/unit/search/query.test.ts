import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { uiStrings } from "../../../src/lib/i18n/ui-strings";
import { queryFromMissingPath, resultSummary } from "../../../src/lib/search/query";
import { readSearchStatusWords, searchStatusWords } from "../../../src/lib/search/status-words";

describe("queryFromMissingPath", () => {
  test("takes the words of the missing address", () => {
    assert.equal(queryFromMissingPath("/representation-learing/", "/"), "representation learing");
    assert.equal(queryFromMissingPath("/representation_learning", "/"), "representation learning");
  });

  test("leaves out the path prefix, numbers and file names", () => {
    assert.equal(
      queryFromMissingPath("/notes/2020/04/simclr-notes/index.html", "/notes/"),
      "simclr notes",
    );
    assert.equal(queryFromMissingPath("/notes/old-post.html", "/notes"), "old post");
    assert.equal(queryFromMissingPath("/404/", "/"), "");
    assert.equal(queryFromMissingPath("/", "/"), "");
  });

  test("decodes percent-escapes, so Japanese addresses give Japanese words", () => {
    assert.equal(queryFromMissingPath(`/${encodeURIComponent("知識蒸留")}/`, "/"), "知識蒸留");
  });

  test("keeps the words around a malformed escape", () => {
    assert.equal(queryFromMissingPath("/graph%E0-networks/", "/"), "graph E0 networks");
  });

  test("stops at six words", () => {
    assert.equal(queryFromMissingPath("/a-b-c-d-e-f-g-h/", "/"), "a b c d e f");
  });
});

describe("resultSummary", () => {
  const english = searchStatusWords(uiStrings("en"));

  test("counts results, in words a screen reader can announce", () => {
    assert.equal(resultSummary("SimCLR", 0, 0, english, "en"), "No results for “SimCLR”.");
    assert.equal(resultSummary("SimCLR", 1, 1, english, "en"), "1 result for “SimCLR”.");
    assert.equal(resultSummary("graphs", 3, 3, english, "en"), "3 results for “graphs”.");
  });

  test("says when only the first results are shown", () => {
    assert.equal(
      resultSummary("the", 57, 20, english, "en"),
      "57 results for “the”; the first 20 are shown. Add words to narrow the search.",
    );
  });

  test("in the page's language and digits", () => {
    const persian = searchStatusWords(uiStrings("fa"));
    assert.equal(resultSummary("شبکه", 12, 12, persian, "fa"), "۱۲ نتیجه برای «شبکه».");
    const japanese = searchStatusWords(uiStrings("ja"));
    assert.equal(
      resultSummary("学習", 0, 0, japanese, "ja"),
      "「学習」に一致する記事はありません。",
    );
  });
});

describe("the words the search page carries", () => {
  test("read back as they were written, or not at all", () => {
    const german = searchStatusWords(uiStrings("de"));
    assert.deepEqual(readSearchStatusWords(JSON.stringify(german)), german);
    assert.equal(readSearchStatusWords(undefined), null);
    assert.equal(readSearchStatusWords("{not json"), null);
    assert.equal(readSearchStatusWords(JSON.stringify({ searchNoResults: "x" })), null);
  });
});
