import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { queryFromMissingPath, resultSummary } from "../../../src/lib/search/query";

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
  test("counts results, in words a screen reader can announce", () => {
    assert.equal(resultSummary("SimCLR", 0, 0), "No results for “SimCLR”.");
    assert.equal(resultSummary("SimCLR", 1, 1), "1 result for “SimCLR”.");
    assert.equal(resultSummary("graphs", 3, 3), "3 results for “graphs”.");
  });

  test("says when only the first results are shown", () => {
    assert.equal(
      resultSummary("the", 57, 20),
      "57 results for “the”; the first 20 are shown. Add words to narrow the search.",
    );
  });
});
