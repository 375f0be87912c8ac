import assert from "node:assert/strict";
import { test } from "node:test";
import { ogCardSvg } from "../../../src/lib/og-image";
import { visualWordOrder } from "../../../src/lib/og-image/bidi-words";
import { familyHas, readCoverage } from "../../../src/lib/og-image/font-coverage";
import { splitRuns } from "../../../src/lib/og-image/font-runs";
import { fontFiles, fontStack } from "../../../src/lib/og-image/fonts";
import { graphemes } from "../../../src/lib/og-image/segment";
import { familiesInSvg } from "../../../src/lib/og-image/used-families";
import { BASE_INPUT } from "./support";

/** Titles in every script the cards must draw, with the family meant to draw their letters. */
const TITLES: ReadonlyArray<{ lang: string; title: string; family: string }> = [
  { lang: "ar", title: "مقدمة إلى الشبكات العصبية التلافيفية", family: "Noto Sans Arabic" },
  { lang: "fa", title: "یادگیری تقابلی با PyTorch ۲ در عمل", family: "Noto Sans Arabic" },
  { lang: "he", title: "מבוא לרשתות נוירונים עמוקות", family: "Noto Sans Hebrew" },
  { lang: "th", title: "การเรียนรู้เชิงลึกเบื้องต้น", family: "Noto Sans Thai" },
  { lang: "hi", title: "गहन शिक्षण का परिचय", family: "Noto Sans Devanagari" },
  { lang: "ru", title: "Введение в глубокое обучение: ёмкость сетей", family: "Inter" },
  { lang: "uk", title: "Вступ до глибинного навчання: ґрунтовно і їжачок", family: "Inter" },
  { lang: "ja", title: "表現学習の最近の進歩と自己教師あり学習", family: "Noto Sans JP" },
  { lang: "zh-hans", title: "深度学习导论：从感知机到变换器", family: "Noto Sans SC" },
  { lang: "zh-hant", title: "深度學習導論：從感知機到變換器", family: "Noto Sans TC" },
  { lang: "ko", title: "심층 학습 입문: 표현 학습의 최근 발전", family: "Noto Sans KR" },
  { lang: "el", title: "Εισαγωγή στη βαθιά μάθηση", family: "Inter" },
];

test("every character of every fixture title has a glyph in its font: no .notdef box", () => {
  for (const { lang, title } of TITLES) {
    for (const run of splitRuns(title, fontStack(lang))) {
      if (run.family === null) continue;
      // Read again from the font file itself, not through the cached coverage the runs used.
      const cmap = readCoverage(fontFiles({ family: run.family, weight: 700 })[0] ?? "");
      for (const char of run.text) {
        const code = char.codePointAt(0) ?? 0;
        if (/\s/u.test(char)) continue;
        assert.ok(
          cmap.has(code),
          `${lang}: "${char}" (U+${code.toString(16).toUpperCase()}) is not in ${run.family}`,
        );
      }
    }
  }
});

test("each script is set in the font made for it, which goes first for its language", () => {
  for (const { lang, title, family } of TITLES) {
    assert.equal(fontStack(lang)[0] === family || family === "Inter", true, lang);
    const letters = graphemes(title).filter((g) => /\p{L}/u.test(g));
    const families = new Set(splitRuns(letters.join(""), fontStack(lang)).map((run) => run.family));
    if (lang !== "fa") assert.deepEqual([...families], [family], lang);
    assert.ok(families.has(family), lang);
  }
});

test("Traditional Chinese tags find Noto Sans TC; Simplified and bare zh find SC", () => {
  for (const lang of ["zh-hant", "zh-Hant-TW", "zh-TW", "zh-HK"]) {
    assert.equal(fontStack(lang)[0], "Noto Sans TC", lang);
  }
  for (const lang of ["zh", "zh-CN", "zh-Hans", "zh-SG"]) {
    assert.equal(fontStack(lang)[0], "Noto Sans SC", lang);
  }
  // The two fonts draw the same character differently, which is why the choice matters.
  assert.ok(familyHas("Noto Sans TC", "學") && familyHas("Noto Sans SC", "学"));
});

test("a card loads only the fonts its text is set in", () => {
  const latin = familiesInSvg(ogCardSvg(BASE_INPUT));
  assert.deepEqual([...latin], ["Inter"]);
  const korean = familiesInSvg(ogCardSvg({ ...BASE_INPUT, title: "심층 학습 입문", lang: "ko" }));
  assert.deepEqual([...korean].sort(), ["Inter", "Noto Sans KR"]);
  assert.ok(!korean.has("Noto Sans SC") && !korean.has("Noto Sans JP"));
});

test("right-to-left titles: words in visual order, Latin words and their numbers kept together", () => {
  assert.deepEqual(visualWordOrder(["یادگیری", "تقابلی", "با"]), ["با", "تقابلی", "یادگیری"]);
  assert.deepEqual(visualWordOrder(["با", "PyTorch", "2", "در", "عمل"]), [
    "عمل",
    "در",
    "PyTorch",
    "2",
    "با",
  ]);
  assert.deepEqual(visualWordOrder(["مدل", "GPT", "و", "BERT"]), ["BERT", "و", "GPT", "مدل"]);
  assert.deepEqual(visualWordOrder(["נתונים", "2024"]), ["2024", "נתונים"]);
});

test("a right-to-left title ends at the right edge of its box; a Latin one starts at the left", () => {
  const xs = (svg: string) =>
    [...svg.matchAll(/class="title-line"[^>]*?x="([\d.]+)"/g)].map((m) => Number(m[1]));
  const arabic = ogCardSvg({ ...BASE_INPUT, title: "مقدمة قصيرة", lang: "ar" });
  const english = ogCardSvg(BASE_INPUT);
  const [arabicX = 0] = xs(arabic);
  const [englishX = 0] = xs(english);
  assert.ok(arabicX > englishX + 100, `${arabicX} vs ${englishX}`);
  // The first word a reader reads is the rightmost one drawn.
  const title = /<g class="title">.*?<\/g>/.exec(arabic)?.[0] ?? "";
  const words = [...title.matchAll(/<tspan x="([\d.]+)"[^>]*>([^<]*)<\/tspan>/g)]
    .map((m) => ({ x: Number(m[1]), text: m[2] ?? "" }))
    .sort((a, b) => b.x - a.x);
  assert.equal(words[0]?.text, "مقدمة");
});

test("a right-to-left card's footer reads from the right: date, then tags, # before each", () => {
  const input = { ...BASE_INPUT, dateText: "٧ ديسمبر ٢٠٢٦", tags: ["تعلم"], lang: "ar" };
  const footer = /<text class="footer"[^>]*?x="([\d.]+)"[^>]*>(.*?)<\/text>/.exec(ogCardSvg(input));
  const englishFooter = /<text class="footer"[^>]*?x="([\d.]+)"/.exec(ogCardSvg(BASE_INPUT));
  assert.ok(footer && englishFooter, "no footer drawn");
  assert.ok(Number(footer[1]) > Number(englishFooter[1]) + 300, "the footer is not at the right");
  const fromTheRight = [...(footer[2] ?? "").matchAll(/<tspan x="([\d.]+)"[^>]*>([^<]*)<\/tspan>/g)]
    .map((m) => ({ x: Number(m[1]), text: m[2] ?? "" }))
    .sort((a, b) => b.x - a.x)
    .map((run) => run.text);
  assert.deepEqual(fromTheRight, ["٧", "ديسمبر", "٢٠٢٦", "·", "#", "تعلم"]);
});
