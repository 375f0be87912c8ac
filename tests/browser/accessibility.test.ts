import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Page } from "playwright-core";
import type { Theme } from "../../src/lib/theme/theme";
import { describeViolations, runAxe } from "../support/axe";
import type { Browser } from "../support/chromium";
import { loadEverything } from "../support/page-watch";
import type { StaticServer } from "../../tools/static-server";
import {
  BACKGROUNDS,
  otherTheme,
  shownTheme,
  startWithStoredTheme,
  THEMES,
} from "../support/theme";
import { closeBuiltSite, openBuiltSite } from "../support/built-site-browser";

/** The pages checked, by what they are; add a page here to have it checked in every setting. */
const PAGES = [
  { name: "home page", address: "/" },
  { name: "seed post", address: "/representation_learning/" },
  { name: "404 page", address: "/no-such-page/" },
  { name: "tag page", address: "/tags/deep-learning/" },
  { name: "tag index", address: "/tags/" },
  { name: "archive", address: "/archive/" },
  { name: "about page", address: "/about/" },
];

const WIDTHS = [1280, 360];

/**
 * How the theme is chosen: the reader's stored choice (with the system asking for the other
 * theme, so that only the choice can explain the colours), or the system setting alone.
 */
const THEME_SOURCES = {
  "stored choice": async (page: Page, theme: Theme) => {
    await page.emulateMedia({ colorScheme: otherTheme(theme) });
    await startWithStoredTheme(page, theme);
  },
  "system setting": async (page: Page, theme: Theme) => {
    await page.emulateMedia({ colorScheme: theme });
    await startWithStoredTheme(page, null);
  },
} satisfies Record<string, (page: Page, theme: Theme) => Promise<void>>;

describe("accessibility (axe-core, WCAG 2.x A and AA)", () => {
  let server: StaticServer;
  let browser: Browser;

  before(async () => {
    ({ server, browser } = await openBuiltSite());
  });

  after(() => closeBuiltSite({ server, browser }));

  for (const { name, address } of PAGES) {
    for (const width of WIDTHS) {
      for (const theme of THEMES) {
        for (const [source, chooseTheme] of Object.entries(THEME_SOURCES)) {
          test(`${name} at ${width} px, ${theme} theme by ${source}`, async () => {
            const page = await browser.context.newPage();
            await page.setViewportSize({ width, height: 900 });
            await chooseTheme(page, theme);
            await page.goto(server.origin + address, { waitUntil: "load" });
            await loadEverything(page);
            await page.locator('[data-theme-toggle="ready"]').waitFor();

            const shown = await shownTheme(page);
            assert.equal(shown.attribute, theme);
            assert.equal(shown.background, BACKGROUNDS[theme]);
            const report = await runAxe(page);
            assert.ok(
              report.checkedRules.includes("color-contrast"),
              "axe checked no colour contrast, so this run proves nothing about the theme",
            );
            assert.deepEqual(
              report.violations.map((violation) => violation.id),
              [],
              `${address} (${width} px, ${theme}):\n${describeViolations(report.violations)}`,
            );
            // Contrast axe cannot measure (text over images, say) is not assumed to be fine.
            const undecidedContrast = report.undecided.filter(
              (rule) => rule.id === "color-contrast",
            );
            assert.deepEqual(undecidedContrast, [], describeViolations(undecidedContrast));
            await page.close();
          });
        }
      }
    }
  }

  test("the check can fail: text too faint for the dark theme is reported", async () => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: "dark" });
    await startWithStoredTheme(page, null);
    await page.goto(server.origin + "/", { waitUntil: "load" });
    // After hydration, which would otherwise throw the added paragraph away.
    await page.locator('[data-theme-toggle="ready"]').waitFor();
    await page.evaluate(() => {
      const faint = document.createElement("p");
      faint.id = "faint";
      faint.textContent = "Dark grey on a dark page";
      faint.style.color = "#30363d";
      document.querySelector("main")?.append(faint);
    });
    const report = await runAxe(page);
    const contrast = report.violations.find((violation) => violation.id === "color-contrast");
    assert.ok(contrast, describeViolations(report.violations) || "no violation reported");
    assert.deepEqual(
      contrast.nodes.map((node) => node.target),
      ["#faint"],
    );
    await page.close();
  });
});
