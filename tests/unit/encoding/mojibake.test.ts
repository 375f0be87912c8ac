import assert from "node:assert/strict";
import { test } from "node:test";
import { findMojibake, repairMojibake } from "../../../src/lib/encoding/mojibake";
import { scriptGroup } from "../../../src/lib/encoding/script-group";
import { SENTENCES } from "../../support/languages";

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

test("the French that was reported as 頻 is left alone: é, a no-break space, »", () => {
  const post = [
    "Il l’a appelé\u00a0» hier, puis «\u00a0fermé\u00a0».",
    "On l’a «\u00a0appelé\u00a0» deux fois\u202f; «\u00a0c’est réglé\u00a0»\u202f!",
  ].join("\n");
  assert.deepEqual(findMojibake(post), []);
  assert.equal(repairMojibake(post), post);
});

test("the sentences cover at least 15 languages and every script the check must leave alone", () => {
  assert.ok(Object.keys(SENTENCES).length >= 15);
  const scripts = new Set(
    Object.values(SENTENCES).flatMap((sentence) => [...sentence].map(scriptGroup)),
  );
  for (const script of [
    "Latin",
    "Cyrillic",
    "Greek",
    "Arabic",
    "Hebrew",
    "Thai",
    "CJK",
    "Hangul",
  ]) {
    assert.ok(scripts.has(script), script);
  }
});

for (const [language, sentence] of Object.entries(SENTENCES)) {
  test(`correct ${language} is neither reported nor repaired`, () => {
    assert.deepEqual(findMojibake(sentence), []);
    assert.equal(repairMojibake(sentence), sentence);
  });

  test(`${language} garbled as Windows-1252 or as Latin-1 is reported and repaired whole`, () => {
    for (const garbled of [garble(sentence), garbleLatin1(sentence)]) {
      assert.notEqual(garbled, sentence);
      assert.ok(findMojibake(garbled).length > 0, garbled);
      assert.equal(repairMojibake(garbled), sentence);
    }
  });
}

/** Mojibake as found in real files, written out rather than produced by garble(). */
const SAMPLES: ReadonlyArray<readonly [string, string]> = [
  ["un cafÃ©", "un café"],
  ["donâ€™t â€œquoteâ€\u009d", "don’t “quote”"],
  ["æ—¥æœ¬èªž", "日本語"],
  ["wow ðŸ˜²", "wow 😲"],
  ["Ã\u00a0 Paris", "à Paris"],
  ["StraÃŸe", "Straße"],
  ["Ð¿Ñ€Ð¸Ð²ÐµÑ‚", "привет"],
  ["the Î» calculus", "the λ calculus"],
  ["ÏˆÏ…Ï‡Î®", "ψυχή"],
  ["Ù…Ø±Ø\u00adØ¨Ø§", "مرحبا"],
  ["×©×œ×•×\u009d", "שלום"],
  ["à¸ªà¸§à¸±à¸ªà¸”à¸µ", "สวัสดี"],
  ["í•œêµ\u00adì–´", "한국어"],
  ["ä½\u00a0å¥½", "你好"],
  ["ã\u0081“ã‚“ã\u0081«ã\u0081¡ã\u0081¯", "こんにちは"],
  ["Viá»‡t Nam lÃ\u00a0 má»™t sá»‘ nÆ°á»›c", "Việt Nam là một số nước"],
  ["Â«Â\u00a0bonjourÂ\u00a0Â»", "«\u00a0bonjour\u00a0»"],
  ["10Â°C, Â© 2024", "10°C, © 2024"],
  ["ï»¿title", "\ufefftitle"],
  ["WÃ\u00addu", "Wídu"],
  ["ZaÅ¼Ã³Å‚Ä‡", "Zażółć"],
  ["È™i Ä°stanbul", "și İstanbul"],
  ["Ã‘oÃ±o, Ã†rÃ¸", "Ñoño, Ærø"],
  ["LIVIOÃ™", "LIVIOÙ"],
  ["NÄ—ra", "Nėra"],
];

for (const [garbled, original] of SAMPLES) {
  test(`real mojibake "${garbled}" is reported and repaired to "${original}"`, () => {
    assert.ok(findMojibake(garbled).length > 0);
    assert.equal(repairMojibake(garbled), original);
  });
}

test("a stretch that is also correct text is repaired when mojibake beside it shows its script", () => {
  // 頻率 garbled: the first character alone would read as French, the second cannot.
  assert.equal(repairMojibake("é\u00a0»çŽ‡"), "頻率");
  // On one line, garbled Latin letters say nothing about a stretch that would be Chinese.
  const mixed = "Il l’a appelé\u00a0», un cafÃ©.";
  assert.deepEqual(
    findMojibake(mixed).map((finding) => finding.garbled),
    ["Ã©"],
  );
  assert.equal(repairMojibake(mixed), "Il l’a appelé\u00a0», un café.");
});

test("a lone stretch that reads as correct text is left alone, even where it was mojibake", () => {
  // 頻 alone, garbled, is exactly the French above: the check cannot tell, and keeps the text.
  assert.deepEqual(findMojibake(`frequency: ${garble("頻")}.`), []);
});
