import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { contrastRatio } from "../../support/contrast";
import { repoRoot } from "../../support/paths";
import { darkTheme, themeProperties, type ThemeProperties } from "../../support/theme-css";

const stylesFolder = path.join(repoRoot, "src", "styles");
const stylesheets = fs
  .readdirSync(stylesFolder)
  .filter((file) => file.endsWith(".css"))
  .map((file) => ({ file, css: fs.readFileSync(path.join(stylesFolder, file), "utf8") }));
const global = themeProperties(stylesheets.find((sheet) => sheet.file === "global.css")?.css ?? "");

/** What breaks the theme contract in one stylesheet, as sentences. */
function contractProblems(properties: ThemeProperties): string[] {
  const problems: string[] = [];
  const { light, darkByAttribute, darkBySystem } = properties;
  for (const [name, value] of darkByAttribute) {
    if (darkBySystem.get(name) !== value) {
      problems.push(
        `${name} is ${value} for data-theme="dark" but ${darkBySystem.get(name)} for a dark system`,
      );
    }
    if (!light.has(name)) problems.push(`${name} has a dark value but no light one under :root`);
  }
  for (const name of darkBySystem.keys()) {
    if (!darkByAttribute.has(name))
      problems.push(`${name} is missing under :root[data-theme="dark"]`);
  }
  return problems;
}

describe("the theme contract of every stylesheet in src/styles", () => {
  for (const { file, css } of stylesheets) {
    test(`${file}: dark values are the same for the attribute and the system query, and have light ones`, () => {
      assert.deepEqual(contractProblems(themeProperties(css)), []);
    });
  }

  test("a stylesheet that breaks the contract is caught", () => {
    const broken = themeProperties(`
      :root { --a: #fff; }
      :root[data-theme="dark"] { --a: #000; --b: #111; }
      @media (prefers-color-scheme: dark) { :root:not([data-theme="light"]) { --a: #222; } }
    `);
    assert.deepEqual(contractProblems(broken), [
      '--a is #000 for data-theme="dark" but #222 for a dark system',
      '--b is #111 for data-theme="dark" but undefined for a dark system',
      "--b has a dark value but no light one under :root",
    ]);
  });
});

describe("colours of global.css in both themes", () => {
  const themes = { light: global.light, dark: darkTheme(global) };

  test("global.css declares every shared colour for both themes", () => {
    for (const name of [
      "--color-text",
      "--color-muted",
      "--color-background",
      "--color-surface",
      "--color-border",
      "--color-link",
      "--color-focus",
    ]) {
      assert.ok(global.light.has(name), `${name} has no light value`);
      assert.ok(global.darkByAttribute.has(name), `${name} has no dark value`);
    }
  });

  for (const [theme, colours] of Object.entries(themes)) {
    const colour = (name: string) => {
      const value = colours.get(name);
      assert.ok(value, `${name} is not declared`);
      return value;
    };

    test(`${theme}: text, muted text and links reach 4.5:1 on the page and on surfaces`, () => {
      for (const foreground of ["--color-text", "--color-muted", "--color-link"]) {
        for (const background of ["--color-background", "--color-surface"]) {
          const ratio = contrastRatio(colour(foreground), colour(background));
          assert.ok(ratio >= 4.5, `${foreground} on ${background}: ${ratio.toFixed(2)}:1`);
        }
      }
    });

    test(`${theme}: text and links reach 4.5:1 on the background of <mark>`, () => {
      for (const foreground of ["--color-text", "--color-link"]) {
        const ratio = contrastRatio(colour(foreground), colour("--color-mark"));
        assert.ok(ratio >= 4.5, `${foreground} on --color-mark: ${ratio.toFixed(2)}:1`);
      }
    });

    test(`${theme}: the focus ring reaches 3:1 against the page and surfaces`, () => {
      for (const background of ["--color-background", "--color-surface"]) {
        const ratio = contrastRatio(colour("--color-focus"), colour(background));
        assert.ok(ratio >= 3, `--color-focus on ${background}: ${ratio.toFixed(2)}:1`);
      }
    });
  }

  test("the contrast formula gives the known values", () => {
    assert.equal(contrastRatio("#000", "#fff"), 21);
    assert.equal(contrastRatio("#777", "#777"), 1);
    // #767676 on white is the lightest grey that passes AA, at 4.54:1.
    assert.equal(contrastRatio("#767676", "#ffffff").toFixed(2), "4.54");
  });
});
