import assert from "node:assert/strict";
import { test } from "node:test";
import { ogCardSvg } from "../../../src/lib/og-image";
import { visualWordOrder } from "../../../src/lib/og-image/bidi-words";
import { familyHas, readCoverage } from "../../../src/lib/og-image/font-coverage";
import { splitRuns } from "../../../src/lib/og-image/font-runs";
import { fontFiles, fontStack } from "../../../src/lib/og-image/fonts";
import { graphemes } from "../../../src/lib/og-image/segment";
import { isRightToLeft } from "../../../src/lib/i18n/text-direction";
import { inkWidthEm, layoutLine } from "../../../src/lib/og-image/measure";
import { textElement } from "../../../src/lib/og-image/svg-elements";
import { BASE_INPUT, partsBox, textElements } from "./support";

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

test("a card sets its text only in the families made for it", () => {
  const families = (svg: string) =>
    new Set(
      ["site-name", "title-line", "footer"].flatMap((part) =>
        textElements(svg, part).flatMap((line) => line.families),
      ),
    );
  assert.deepEqual([...families(ogCardSvg(BASE_INPUT))], ["Inter"]);
  const korean = families(ogCardSvg({ ...BASE_INPUT, title: "심층 학습 입문", lang: "ko" }));
  assert.deepEqual([...korean].sort(), ["Inter", "Noto Sans KR"]);
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

/**
 * The runs of a right-to-left line from the right, as drawn at their measured offsets
 * (svg-elements.ts). The footer is set in the labels' stack, which starts with Inter.
 */
function runsFromTheRight(text: string, stackOf: string): string[] {
  const font = { families: fontStack(stackOf), weight: 400, rightToLeft: true };
  return layoutLine(text, font)
    .runs.sort((a, b) => b.offsetEm - a.offsetEm)
    .map((run) => run.text);
}

test("a right-to-left title ends at the right edge of its box; a Latin one starts at the left", () => {
  const [arabic] = textElements(
    ogCardSvg({ ...BASE_INPUT, title: "مقدمة قصيرة", lang: "ar" }),
    "title-line",
  );
  const [english] = textElements(ogCardSvg(BASE_INPUT), "title-line");
  assert.ok(arabic && english, "no title drawn");
  assert.ok(arabic.x > english.x + 100, `${arabic.x} vs ${english.x}`);
  // The first word a reader reads is the rightmost one drawn.
  assert.equal(runsFromTheRight(arabic.content, "ar")[0], "مقدمة");
});

test("a right-to-left card's footer reads from the right: date, then tags, # before each", () => {
  const input = { ...BASE_INPUT, dateText: "٧ ديسمبر ٢٠٢٦", tags: ["تعلم"], lang: "ar" };
  const [footer] = textElements(ogCardSvg(input), "footer");
  const [englishFooter] = textElements(ogCardSvg(BASE_INPUT), "footer");
  assert.ok(footer && englishFooter, "no footer drawn");
  assert.ok(footer.x > englishFooter.x + 300, "the footer is not at the right");
  assert.deepEqual(runsFromTheRight(footer.content, "en"), [
    "٧",
    "ديسمبر",
    "٢٠٢٦",
    "·",
    "#",
    "تعلم",
  ]);
});

test("every script is drawn exactly as wide as it was measured", () => {
  for (const { lang, title } of TITLES) {
    const style = {
      families: fontStack(lang),
      weight: 700,
      rightToLeft: isRightToLeft(lang),
      size: 60,
      fill: "#FFFFFF",
    };
    const line = textElement(100, 120, title, style, "t");
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2400" height="200">${line}</svg>`;
    const drawn = partsBox(svg, ["t"]).right - 100;
    const measured = inkWidthEm(title, style) * style.size;
    assert.ok(Math.abs(drawn - measured) < 1, `${lang}: drawn ${drawn}, measured ${measured}`);
  }
});
