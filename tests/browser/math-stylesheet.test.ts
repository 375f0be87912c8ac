import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Page } from "playwright-core";
import { KATEX_VERSION } from "../../src/lib/katex/stylesheet-path";
import {
  closeBuiltSite,
  openBuiltSite,
  type BuiltSiteSession,
} from "../support/built-site-browser";
import { errorsOf, loadEverything, watchPage } from "../support/page-watch";

const POST = "/representation_learning/";
const STYLESHEET = `/katex/${KATEX_VERSION}/katex.min.css`;

/** Paths of every request the page makes from now on. */
function recordRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on("request", (request) => paths.push(new URL(request.url()).pathname));
  return paths;
}

/** Families of the fonts the page has loaded, without quotes. */
function loadedFonts(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts]
      .filter((font) => font.status === "loaded")
      .map((font) => font.family.replace(/"/g, ""));
  });
}

/** The first inline formula's font size, and its paragraph's. */
function formulaFontSizes(page: Page): Promise<{ formula: number; text: number }> {
  return page.evaluate(() => {
    const formula = document.querySelector(".post-body .math-inline .katex");
    const text = formula?.closest("p");
    if (!formula || !text) throw new Error("no inline formula in a paragraph");
    return {
      formula: Number.parseFloat(getComputedStyle(formula).fontSize),
      text: Number.parseFloat(getComputedStyle(text).fontSize),
    };
  });
}

describe("KaTeX's stylesheet in the browser", () => {
  let session: Partial<BuiltSiteSession> = {};

  before(async () => {
    session = await openBuiltSite();
  });

  after(() => closeBuiltSite(session));

  async function open(path: string): Promise<{ page: Page; requests: string[] }> {
    const { server, browser } = session;
    assert.ok(server && browser);
    const page = await browser.context.newPage();
    const requests = recordRequests(page);
    const problems = watchPage(page);
    await page.goto(server.origin + path, { waitUntil: "load" });
    await loadEverything(page);
    assert.deepEqual(problems.failedRequests, []);
    assert.deepEqual(errorsOf(problems), []);
    return { page, requests };
  }

  test("a post with math loads it and KaTeX's woff2 fonts, at the site's formula size", async () => {
    const { page, requests } = await open(POST);
    assert.ok(requests.includes(STYLESHEET), requests.join("\n"));
    const fonts = requests.filter((request) => /\.(?:woff2?|ttf|otf)$/.test(request));
    assert.ok(fonts.length > 0, "no font was requested");
    for (const font of fonts) {
      assert.match(
        font,
        new RegExp(`^/katex/${KATEX_VERSION.replace(/\./g, "\\.")}/fonts/KaTeX_.+\\.woff2$`),
      );
    }
    assert.ok((await loadedFonts(page)).includes("KaTeX_Math"));
    // global.css sets formulas at 1.1em, which KaTeX's own 1.21em must not override.
    const sizes = await formulaFontSizes(page);
    assert.ok(Math.abs(sizes.formula - 1.1 * sizes.text) < 0.05, JSON.stringify(sizes));
    await page.close();
  });

  test("the home page loads neither the stylesheet nor any KaTeX font", async () => {
    const { page, requests } = await open("/");
    assert.deepEqual(
      requests.filter((request) => request.startsWith("/katex/") || /KaTeX_/.test(request)),
      [],
    );
    assert.deepEqual(
      (await loadedFonts(page)).filter((family) => family.startsWith("KaTeX")),
      [],
    );
    assert.equal(await page.locator('link[rel="stylesheet"]').count(), 0);
    await page.close();
  });

  test("following the link from the home page to the post loads the stylesheet", async () => {
    const { page, requests } = await open("/");
    assert.equal(requests.includes(STYLESHEET), false);
    await page.click(`a[href="${POST}"]`);
    await page.waitForFunction(
      (stylesheet) => document.querySelector(`link[rel="stylesheet"][href="${stylesheet}"]`),
      STYLESHEET,
    );
    await page.waitForSelector(".post-body .katex");
    assert.ok(requests.includes(STYLESHEET));
    await page.waitForFunction(() =>
      [...document.fonts].some(
        (font) => font.family.replace(/"/g, "") === "KaTeX_Math" && font.status === "loaded",
      ),
    );
    const sizes = await formulaFontSizes(page);
    assert.ok(Math.abs(sizes.formula - 1.1 * sizes.text) < 0.05, JSON.stringify(sizes));
    await page.close();
  });
});
