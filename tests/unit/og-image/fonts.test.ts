import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { familyHas, readCoverage } from "../../../src/lib/og-image/font-coverage";
import { splitRuns } from "../../../src/lib/og-image/font-runs";
import { fontFiles, fontStack } from "../../../src/lib/og-image/fonts";
import { inkWidthEm, layoutLine } from "../../../src/lib/og-image/measure";
import { textElement } from "../../../src/lib/og-image/svg-elements";
import { partsBox, textElements } from "./support";

// The families site.config.ts ships with; these tests describe that configuration.
const LATIN_FAMILY = "Inter";
const JAPANESE_FAMILY = "Noto Sans JP";
const EN = fontStack("en");
const JA = fontStack("ja");

test("font files resolve inside node_modules, never to system fonts", () => {
  const files = fontFiles();
  // Three weights of each configured family (site.config.ts, fonts.card).
  assert.equal(files.length, 3 * EN.length);
  for (const file of files) {
    assert.ok(existsSync(file), file);
    assert.ok(file.split(path.sep).includes("node_modules"), file);
    assert.match(file, /\.ttf$/);
  }
  assert.deepEqual(
    fontFiles({ family: JAPANESE_FAMILY, weight: 700 }).map((f) => path.basename(f)),
    ["NotoSansJP_700Bold.ttf"],
  );
});

test("Japanese puts Noto Sans JP first, everything else Inter", () => {
  assert.deepEqual(fontStack("ja").slice(0, 2), [JAPANESE_FAMILY, LATIN_FAMILY]);
  assert.deepEqual(fontStack("ja-JP").slice(0, 2), [JAPANESE_FAMILY, LATIN_FAMILY]);
  assert.deepEqual(fontStack("en").slice(0, 2), [LATIN_FAMILY, JAPANESE_FAMILY]);
});

test("coverage comes from the fonts' cmap tables", () => {
  const inter = readCoverage(fontFiles({ family: LATIN_FAMILY, weight: 400 })[0] ?? "");
  assert.ok(inter.size > 1000 && inter.size < 10_000, String(inter.size));
  assert.ok(familyHas(LATIN_FAMILY, "Aé·…"));
  assert.ok(!familyHas(LATIN_FAMILY, "表"));
  assert.ok(familyHas(JAPANESE_FAMILY, "表現学習「」、。ー"));
  assert.ok(!familyHas(JAPANESE_FAMILY, "\u{1F600}"));
});

test("mixed text splits into runs by the first family that has each character", () => {
  assert.deepEqual(splitRuns("BERTとSimCLR: 表現 学習 in Practice", EN), [
    { text: "BERT", family: LATIN_FAMILY },
    { text: "と", family: JAPANESE_FAMILY },
    { text: "SimCLR:", family: LATIN_FAMILY },
    { text: " ", family: null },
    { text: "表現 学習", family: JAPANESE_FAMILY },
    { text: " ", family: null },
    { text: "in Practice", family: LATIN_FAMILY },
  ]);
  // Noto Sans JP has Latin letters too, so a Japanese title is a single run.
  assert.deepEqual(splitRuns("BERTの仕組み", JA), [
    { text: "BERTの仕組み", family: JAPANESE_FAMILY },
  ]);
});

test("measured widths are real: ordered, additive and scale-free", () => {
  const font = { families: EN, weight: 700 };
  const i = inkWidthEm("iiii", font);
  const m = inkWidthEm("MMMM", font);
  assert.ok(i > 0.5 && m > 2 * i, `${i} ${m}`);
  const bold = inkWidthEm("Representation", font);
  const regular = inkWidthEm("Representation", { families: EN, weight: 400 });
  assert.ok(bold > regular, `${bold} > ${regular}`);
  const mixed = layoutLine("BERTとSimCLR", font);
  assert.equal(mixed.runs.length, 3);
  assert.ok(mixed.runs[1]?.offsetEm === layoutLine("BERT", font).advanceEm);
  const parts = ["BERT", "と", "SimCLR"].map((part) => layoutLine(part, font).advanceEm);
  assert.ok(Math.abs(mixed.advanceEm - parts.reduce((a, b) => a + b, 0)) < 1e-9);
});

test("a mixed line is drawn exactly as wide as measured, in the fonts it was measured in", () => {
  const style = { families: EN, weight: 700, size: 80, fill: "#FFFFFF" };
  const line = "BERTとSimCLR: 表現学習";
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="200">${textElement(
    100,
    120,
    line,
    style,
    "t",
  )}</svg>`;
  const [drawn] = textElements(svg, "t");
  assert.deepEqual(drawn?.families, [LATIN_FAMILY, JAPANESE_FAMILY]);
  // Set in one font the line would come out at another width: Noto Sans JP's Latin is wider.
  const box = partsBox(svg, ["t"]);
  const measured = inkWidthEm(line, style) * style.size;
  assert.ok(Math.abs(box.right - 100 - measured) < 1, `${box.right - 100} vs ${measured}`);
});
