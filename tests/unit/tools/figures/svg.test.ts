import assert from "node:assert/strict";
import { test } from "node:test";
import { Resvg } from "@resvg/resvg-js";
import { FONT_FILES } from "../../../../tools/figures/render";
import { MODEL_SIZES } from "../../../../tools/figures/model-sizes-data";
import { formatParams } from "../../../../tools/figures/scales";
import {
  arrow,
  escapeXml,
  svgDocument,
  text,
  textWidth,
  type Weight,
} from "../../../../tools/figures/svg";

function renderedWidth(content: string, size: number, weight: Weight): number {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="200">${text(10, 120, content, { size, weight })}</svg>`;
  const resvg = new Resvg(svg, {
    font: { fontFiles: [...FONT_FILES], loadSystemFonts: false, defaultFontFamily: "Inter" },
  });
  const box = resvg.getBBox();
  assert.ok(box !== undefined, `"${content}" rendered nothing: is the font loaded?`);
  return box.width;
}

test("escapeXml escapes markup characters", () => {
  assert.equal(escapeXml(`a < b & "c" > 'd'`), "a &lt; b &amp; &quot;c&quot; &gt; &apos;d&apos;");
  assert.match(text(0, 0, "[MASK] & <b>"), />\[MASK\] &amp; &lt;b&gt;</);
});

test("textWidth never underestimates the rendered width (layout checks rely on it)", () => {
  const samples: [string, number, Weight][] = [
    ...MODEL_SIZES.flatMap((m): [string, number, Weight][] => [
      [m.name, 30, 700],
      [formatParams(m.parameters), 28, 400],
    ]),
    ["Recent Advances in", 68, 700],
    ["Representation", 68, 700],
    ["Supervised ResNet-50: 76.5 %", 28, 600],
    ["mmm WWW %%", 28, 400],
    ["[MASK]", 30, 700],
  ];
  for (const [content, size, weight] of samples) {
    const estimate = textWidth(content, size, weight);
    const actual = renderedWidth(content, size, weight);
    assert.ok(estimate >= actual, `${content}: estimate ${estimate} < rendered ${actual}`);
    // ...while staying close enough to be useful for layout.
    assert.ok(estimate <= actual * 1.3, `${content}: estimate ${estimate} ≫ rendered ${actual}`);
  }
});

test("arrow draws a shaft and a head that ends exactly at the target", () => {
  const svg = arrow(0, 0, 100, 0, { width: 4 });
  assert.match(svg, /<line /);
  assert.match(svg, /<polygon points="100,0 /);
});

test("svgDocument paints an opaque white background by default", () => {
  const svg = svgDocument(10, 20, "");
  assert.match(svg, /width="10" height="20"/);
  assert.match(svg, /<rect x="0" y="0" width="10" height="20" rx="0" fill="#FFFFFF"/);
});
