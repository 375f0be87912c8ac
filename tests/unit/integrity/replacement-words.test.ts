import assert from "node:assert/strict";
import { test } from "node:test";
import { replacementWords, wordAt } from "../../../src/lib/integrity/replacement-words";

test("the word of a U+FFFD is the run of letters, digits and U+FFFD around it, lower-cased", () => {
  const text = "The byte 0xFF decodes to \uFFFD, and Caf\uFFFD is what Café becomes.";
  assert.equal(wordAt(text, text.indexOf("\uFFFD")), "\uFFFD");
  assert.equal(wordAt(text, text.indexOf("Caf") + 3), "caf\uFFFD");
  // Japanese has no spaces: the word runs to the punctuation.
  const japanese = "文字化けは「ゼ\uFFFD\uFFFDロ」のように見えます。";
  assert.equal(wordAt(japanese, japanese.indexOf("\uFFFD")), "ゼ\uFFFD\uFFFDロ");
  // Characters outside the BMP (a CJK extension B ideograph) belong to the word; emoji do not.
  const wide = "🎉\uFFFD𠀋x";
  assert.equal(wordAt(wide, wide.indexOf("\uFFFD")), "\uFFFD𠀋x");
  assert.equal(wordAt("𠀋\uFFFD", 2), "𠀋\uFFFD");
  assert.equal(wordAt("a - b", 2), "");
});

test("a JSON escape before a word is not part of it", () => {
  const json = String.raw`"line\n\uFFFDabc \t\u001f\uFFFD"`.replace(/\\uFFFD/g, "\uFFFD");
  assert.equal(wordAt(json, json.indexOf("\uFFFD")), "\uFFFDabc");
  assert.equal(wordAt(json, json.lastIndexOf("\uFFFD")), "\uFFFD");
  // The escape is dropped only before the U+FFFD, never the U+FFFD itself.
  assert.equal(wordAt("\\\uFFFDx", 1), "\uFFFDx");
});

test("the words of a source are those holding a U+FFFD, or a NUL that Markdown shows as one", () => {
  assert.deepEqual(
    replacementWords("# Notes\n\nA \uFFFD here, Caf\uFFFD there, and \uFFFD again.\n"),
    new Set(["\uFFFD", "caf\uFFFD"]),
  );
  assert.deepEqual(replacementWords("nul\0byte"), new Set(["nul\uFFFDbyte"]));
  assert.deepEqual(replacementWords("ゼロから学ぶ “表現学習” 🎉"), new Set());
});
