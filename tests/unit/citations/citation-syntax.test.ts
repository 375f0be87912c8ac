import assert from "node:assert/strict";
import { test } from "node:test";
import { findCitations } from "../../../src/lib/citations/citation-syntax";

const spans = (text: string, known: readonly string[] = []) =>
  findCitations(text, (key) => known.includes(key)).map((match) => ({
    kind: match.kind,
    text: text.slice(match.start, match.end),
    keys: match.items.map((item) => item.key),
  }));

test("bracketed clusters, with several keys, locators, prefixes and the year-only form", () => {
  const [one, two, three] = findCitations("[@a] and [@b; @c, p. 33] and [see -@d, chap. 2]");
  assert.deepEqual(
    one?.items.map((item) => item.key),
    ["a"],
  );
  assert.deepEqual(
    two?.items.map((item) => [item.key, item.locator]),
    [
      ["b", ""],
      ["c", "p. 33"],
    ],
  );
  assert.equal(three?.items[0]?.prefix, "see ");
  assert.equal(three?.items[0]?.suppressAuthor, true);
  assert.equal(three?.items[0]?.locator, "chap. 2");
});

test("a narrative key in running text, and a key that ends with punctuation", () => {
  assert.deepEqual(spans("As @smith04 says. See @jones:2020."), [
    { kind: "narrative", text: "@smith04", keys: ["smith04"] },
    { kind: "narrative", text: "@jones:2020", keys: ["jones:2020"] },
  ]);
});

test("e-mail addresses are not citations", () => {
  assert.deepEqual(spans("Mail a@b.com or first.last@example.org"), []);
});

test("cross-references are left to the cross-reference syntax, clusters with them too", () => {
  assert.deepEqual(spans("@fig-plot, [@eq-energy], [@tbl-x], @sec-intro, [@sec-a; @b]"), []);
});

test("Japanese text written straight after a known key ends the key", () => {
  assert.deepEqual(spans("山田は@yamada2020で述べた", ["yamada2020"]), [
    { kind: "narrative", text: "@yamada2020", keys: ["yamada2020"] },
  ]);
  assert.deepEqual(spans("日本語[@yamada2020, p. 5]。", ["yamada2020"]), [
    { kind: "bracketed", text: "[@yamada2020, p. 5]", keys: ["yamada2020"] },
  ]);
});

test("brackets without a key at the start of an item are not a cluster", () => {
  assert.deepEqual(spans("[mail a@b.com]"), []);
});
