import assert from "node:assert/strict";
import { test } from "node:test";
import { findMojibake, repairMojibake } from "../../../src/lib/encoding/mojibake";

/**
 * Windows-1252 characters for bytes 0x80–0x9F (0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned).
 * Written out here because Node's TextDecoder treats "windows-1252" as Latin-1.
 */
const CP1252_80_9F = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

/** Garbles text the way the seed post was damaged: UTF-8 bytes read as Windows-1252. */
function garble(text: string): string {
  const bytes = new TextEncoder().encode(text);
  return [...bytes]
    .map((byte) =>
      byte >= 0x80 && byte <= 0x9f ? CP1252_80_9F[byte - 0x80] : String.fromCharCode(byte),
    )
    .join("");
}

/** The other common variant: UTF-8 bytes read as Latin-1, leaving C1 control characters. */
function garbleLatin1(text: string): string {
  return new TextDecoder("latin1").decode(new TextEncoder().encode(text));
}

test("garble() reproduces the damage seen in the seed post", () => {
  assert.equal(garble("😲"), "ðŸ˜²");
  assert.equal(garble("…"), "â€¦");
  assert.equal(garble("–"), "â€“");
});

test("repairs emoji, punctuation and accented letters", () => {
  const original = "Wow 😲 … and – “quoted” café naïve Ångström ’tis 日本語";
  assert.equal(repairMojibake(garble(original)), original);
  assert.equal(repairMojibake(garbleLatin1(original)), original);
});

test("leaves correct text untouched, including Latin-1 letters that look like lead bytes", () => {
  const text = "Ça va? À bientôt. Größe: 5 µm, 3 × 4 ≥ 10 — “fine” 😲";
  assert.equal(repairMojibake(text), text);
});

test("a lead byte followed by a character that cannot continue a sequence is not repaired", () => {
  assert.equal(repairMojibake("Ã and â plus ð"), "Ã and â plus ð");
});

test("findMojibake reports line, column and the repaired text", () => {
  const text = `first line\nsecond ${garble("…")} and ${garble("😲")}\n`;
  assert.deepEqual(findMojibake(text), [
    { line: 2, column: 8, garbled: "â€¦", repaired: "…" },
    { line: 2, column: 16, garbled: "ðŸ˜²", repaired: "😲" },
  ]);
});

test("findMojibake counts columns in characters, not UTF-16 units", () => {
  const [finding] = findMojibake(`😀 ${garble("é")}`);
  assert.equal(finding?.column, 3);
});

test("finds nothing in clean text", () => {
  assert.deepEqual(findMojibake("Plain text with an emoji 😲 and an ellipsis …"), []);
});
