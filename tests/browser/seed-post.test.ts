import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import katex from "katex";
import type { Browser } from "../support/chromium";
import { errorsOf, loadEverything, watchPage } from "../support/page-watch";
import { testOutputFolder } from "../support/paths";
import type { StaticServer } from "../../tools/static-server";
import {
  BACKGROUNDS,
  otherTheme,
  shownTheme,
  startWithStoredTheme,
  THEMES,
} from "../support/theme";
import { closeBuiltSite, openBuiltSite } from "../support/built-site-browser";

const POST = "/representation_learning/";
const screenshotFolder = path.join(testOutputFolder, "screenshots");
/** Widths the post is checked and photographed at: a small phone and a desktop. */
const WIDTHS = [360, 1280] as const;

/**
 * Elements whose box ends right of the viewport and that are not inside a box that scrolls or
 * clips, outermost first: what a failure has to name for someone to fix it. Runs in the page.
 */
function overflowingElements(): string[] {
  const limit = document.documentElement.clientWidth + 0.5;
  const names: string[] = [];
  for (const element of document.querySelectorAll("body *")) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.right <= limit) continue;
    let contained = false;
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      if (getComputedStyle(parent).overflowX !== "visible") contained = true;
      if (parent.getBoundingClientRect().right > limit) contained = true;
    }
    if (contained) continue;
    const classes = (element.getAttribute("class") ?? "").trim().split(/\s+/).filter(Boolean);
    names.push(`${[element.tagName.toLowerCase(), ...classes].join(".")} ends at ${box.right}px`);
  }
  return names;
}

describe("the seed post in Chromium", () => {
  let server: StaticServer;
  let browser: Browser;

  before(async () => {
    ({ server, browser } = await openBuiltSite());
    fs.mkdirSync(screenshotFolder, { recursive: true });
  });

  after(() => closeBuiltSite({ server, browser }));

  test("loads with no console error and every request answered", async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const problems = watchPage(page);
    await page.goto(server.origin + POST, { waitUntil: "load" });
    await loadEverything(page);

    assert.deepEqual(problems.failedRequests, []);
    assert.deepEqual(errorsOf(problems), []);

    const images = await page.$$eval("article img", (imgs: HTMLImageElement[]) =>
      imgs.map((img) => ({ src: img.currentSrc, width: img.naturalWidth, complete: img.complete })),
    );
    assert.equal(images.length, 7);
    for (const image of images) {
      assert.ok(image.complete && image.width > 0, `${image.src} did not load`);
    }

    const fonts = await page.evaluate(() =>
      [...document.fonts].filter((font) => font.status === "loaded").map((font) => font.family),
    );
    assert.ok(
      fonts.some((family) => family.replace(/"/g, "") === "KaTeX_Math"),
      `KaTeX_Math was not loaded; loaded fonts: ${fonts.join(", ")}`,
    );

    const boxes = await page.$$eval(".post-body .katex", (elements) =>
      elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect),
    );
    assert.equal(boxes.length, 3);
    for (const box of boxes) assert.ok(box.width > 0 && box.height > 0, JSON.stringify(box));
    await page.close();
  });

  test("fits a 360-px phone, with wide display math scrolling inside its own box", async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    const problems = watchPage(page);
    await page.goto(server.origin + POST, { waitUntil: "load" });
    await loadEverything(page);

    // The seed has no display math, so a wide formula rendered the way the build renders it is
    // added to the page to check the layout rule that must contain it.
    const wideFormula = katex.renderToString(
      Array.from({ length: 12 }, (_, i) => `\\frac{x_{${i}}^2}{y_{${i}} + z_{${i}}}`).join(" + "),
      { displayMode: true, output: "htmlAndMathml" },
    );
    const overflow = await page.evaluate((html) => {
      const holder = document.createElement("div");
      holder.className = "math math-display";
      holder.innerHTML = html;
      document.querySelector(".post-body")?.prepend(holder);
      return {
        page: document.documentElement.scrollWidth,
        box: holder.clientWidth,
        formula: holder.scrollWidth,
      };
    }, wideFormula);
    assert.ok(overflow.page <= 360, `the page is ${overflow.page} px wide`);
    assert.ok(overflow.formula > overflow.box, "the formula should be wider than its box");

    assert.deepEqual(problems.failedRequests, []);
    assert.deepEqual(errorsOf(problems), []);
    await page.close();
  });

  for (const theme of THEMES) {
    for (const width of WIDTHS) {
      test(`fits ${width} px in the ${theme} theme, with nothing scrolling sideways (screenshot)`, async () => {
        const page = await browser.context.newPage();
        await page.setViewportSize({ width, height: 900 });
        // The system asks for the other theme, so the stored choice is what decides.
        await page.emulateMedia({ colorScheme: otherTheme(theme) });
        await startWithStoredTheme(page, theme);
        const problems = watchPage(page);
        await page.goto(server.origin + POST, { waitUntil: "load" });
        await loadEverything(page);

        const shown = await shownTheme(page);
        assert.equal(shown.attribute, theme);
        assert.equal(shown.background, BACKGROUNDS[theme]);
        const scroll = await page.evaluate(() => {
          const root = document.scrollingElement ?? document.documentElement;
          return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
        });
        assert.equal(scroll.clientWidth, width);
        assert.ok(
          scroll.scrollWidth <= scroll.clientWidth,
          `the page scrolls sideways (${scroll.scrollWidth} > ${scroll.clientWidth}): ` +
            (await page.evaluate(overflowingElements)).join("; "),
        );
        await page.screenshot({
          path: path.join(screenshotFolder, `post-${theme}-${width}.png`),
          fullPage: true,
        });
        assert.deepEqual(problems.failedRequests, []);
        assert.deepEqual(errorsOf(problems), []);
        await page.close();
      });
    }
  }

  for (const width of WIDTHS) {
    test(`at ${width} px the header's title, four links, search form and toggle do not overlap`, async () => {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width, height: 740 });
      await startWithStoredTheme(page, "light");
      await page.goto(server.origin + POST, { waitUntil: "load" });
      await page.locator('[data-theme-toggle="ready"]').waitFor();
      const boxes = await page.evaluate(() => {
        return [
          ...document.querySelectorAll(
            ".site-header :is(.site-title, .site-nav-list a, [role=search], .theme-toggle)",
          ),
        ].map((element) => {
          const box = element.getBoundingClientRect();
          return {
            name: element.textContent?.trim() || element.tagName,
            left: box.left,
            right: box.right,
            top: box.top,
            bottom: box.bottom,
          };
        });
      });
      assert.equal(boxes.length, 7);
      const overlaps = (a: (typeof boxes)[number], b: (typeof boxes)[number]) =>
        a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      for (const [index, box] of boxes.entries()) {
        assert.ok(
          box.left >= 0 && box.right <= width,
          `${box.name} leaves the screen: ${JSON.stringify(box)}`,
        );
        for (const other of boxes.slice(index + 1)) {
          assert.ok(!overlaps(box, other), `${box.name} overlaps ${other.name}`);
        }
      }
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scrollWidth <= width, `the page is ${scrollWidth} px wide`);
      await page.locator(".site-header").screenshot({
        path: path.join(screenshotFolder, `header-full-${width}.png`),
      });
      await page.close();
    });
  }

  test("the home page links to the post and loads cleanly", async () => {
    const page = await browser.context.newPage();
    const problems = watchPage(page);
    await page.goto(server.origin + "/", { waitUntil: "load" });
    await page.waitForLoadState("networkidle");
    await page.getByRole("link", { name: "Recent Advances in Representation Learning" }).click();
    await page.waitForURL(server.origin + POST);
    await page.locator("h1").waitFor();
    assert.equal(
      await page.locator("h1").textContent(),
      "Recent Advances in Representation Learning",
    );
    assert.deepEqual(problems.failedRequests, []);
    assert.deepEqual(errorsOf(problems), []);
    await page.close();
  });

  test("a citation previews its reference on hover and on focus; Escape closes it", async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(server.origin + POST, { waitUntil: "load" });
    const citation = page.locator('.post-body a.citation[href="#ref-devlin2019bert"]').first();
    const preview = page.locator("#link-preview");
    await citation.hover();
    await preview.waitFor({ state: "visible" });
    // The preview is the bibliography's own entry: the formatted reference, not the number.
    const entry = await page.locator("#ref-devlin2019bert").innerText();
    assert.match(entry, /Devlin J/);
    assert.match(await preview.innerText(), /BERT: Pre-training of Deep Bidirectional/);
    assert.equal(await citation.getAttribute("aria-describedby"), "link-preview");
    await page.keyboard.press("Escape");
    await preview.waitFor({ state: "hidden" });
    await citation.focus();
    await preview.waitFor({ state: "visible" });
    assert.match(await preview.innerText(), /Devlin J/);
    await page.close();
  });
});
