import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { test } from "node:test";
import ownerConfig from "../../../site.config";

const css = fs.readFileSync(path.resolve("src/styles/global.css"), "utf8");

/** A custom property of the light theme (the first `:root {` block of global.css). */
function lightValue(property: string): string {
  const block = css.slice(css.indexOf(":root {"), css.indexOf("}", css.indexOf(":root {")));
  const match = new RegExp(`${property}:\\s*([^;]+);`).exec(block);
  assert.ok(match, `global.css's light theme has no ${property}`);
  return (match[1] ?? "").trim().toLowerCase();
}

// The installed app's toolbar and splash screen should match the pages they frame; the page
// colours are CSS (both themes, contrast-checked), so the two settings must follow them.
test("the manifest's brand colour is the light theme's link colour", () => {
  assert.equal(ownerConfig.colours.brand.toLowerCase(), lightValue("--color-link"));
});

test("the manifest's background is the light theme's page background", () => {
  assert.equal(ownerConfig.colours.background.toLowerCase(), lightValue("--color-background"));
});
