import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";

const css = fs.readFileSync(path.resolve("src/styles/code.css"), "utf8");

/** The custom properties declared in the first block that follows `selector`. */
function declarations(selector: string): Map<string, string> {
  const start = css.indexOf(`${selector} {`);
  assert.notEqual(start, -1, `code.css has no \`${selector} {\` block`);
  const body = css.slice(css.indexOf("{", start) + 1, css.indexOf("}", start));
  return new Map(
    [...body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((match) => [
      match[1] ?? "",
      (match[2] ?? "").trim(),
    ]),
  );
}

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  assert.match(hex, /^#[0-9a-f]{6}$/i, `${hex} is not a #rrggbb colour`);
  const channels = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

const themes = {
  light: declarations(":root"),
  dark: declarations(':root[data-theme="dark"]'),
};

describe("code colours", () => {
  test("contrast helper agrees with known pairs", () => {
    assert.equal(contrast("#000000", "#ffffff").toFixed(2), "21.00");
    assert.equal(contrast("#777777", "#ffffff").toFixed(2), "4.48");
  });

  test("the system dark scheme gets exactly the dark theme's values", () => {
    assert.deepEqual(declarations(':root:not([data-theme="light"])'), themes.dark);
    assert.deepEqual([...themes.dark.keys()].sort(), [...themes.light.keys()].sort());
  });

  for (const [theme, values] of Object.entries(themes)) {
    test(`every text colour has 4.5:1 on every code background (${theme})`, () => {
      const texts = [...values.keys()].filter(
        (name) =>
          name.startsWith("--code-token-") || name === "--code-text" || name === "--code-muted",
      );
      assert.ok(texts.length >= 12, texts.join(", "));
      const backgrounds = [
        "--code-background",
        "--code-highlight-background",
        "--code-header-background",
      ];
      const failures: string[] = [];
      for (const text of texts) {
        for (const background of backgrounds) {
          const ratio = contrast(values.get(text) ?? "", values.get(background) ?? "");
          if (ratio < 4.5) failures.push(`${text} on ${background}: ${ratio.toFixed(2)}`);
        }
      }
      assert.deepEqual(failures, []);
    });

    test(`the highlighted-line bar is visible: 3:1 on both backgrounds (${theme})`, () => {
      const edge = values.get("--code-highlight-edge") ?? "";
      for (const background of ["--code-background", "--code-highlight-background"]) {
        const ratio = contrast(edge, values.get(background) ?? "");
        assert.ok(ratio >= 3, `${background}: ${ratio.toFixed(2)}`);
      }
    });
  }
});
