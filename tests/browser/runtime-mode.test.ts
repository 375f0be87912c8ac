import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { launchChromium, type Browser } from "../support/chromium";
import { buildFixtureSite, type FixtureBuild } from "../support/fixture-site";
import { errorsOf, watchPage } from "../support/page-watch";
import { parseHeadersFile, serveStatic, type StaticServer } from "../../tools/static-server";

const POST = "/representation_learning/";
const POST_TITLE = "Recent Advances in Representation Learning";

/**
 * The other setting of `clientRuntime`: the real content built with Gatsby's runtime, where pages
 * change without a reload and the same client modules run on every route change.
 */
describe('a site built with clientRuntime "gatsby"', () => {
  let site: FixtureBuild;
  let server: StaticServer;
  let browser: Browser;

  before(async () => {
    site = buildFixtureSite(
      "runtime-mode",
      [],
      { CLIENT_RUNTIME: "gatsby" },
      { withRealContent: true },
    );
    assert.equal(site.status, 0, site.output);
    server = await serveStatic(site.publicFolder, { headersFile: true });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    site?.remove();
  });

  test("pages load Gatsby's bundles and no reader script", () => {
    const html = fs.readFileSync(path.join(site.publicFolder, "index.html"), "utf8");
    assert.match(html, /<script src="\/framework-[0-9a-f]{20}\.js" async>/);
    assert.match(html, /<script src="\/app-[0-9a-f]{20}\.js" async>/);
    assert.doesNotMatch(html, /reader-[0-9a-f]{20}\.js/);
    assert.equal(
      fs.readdirSync(site.publicFolder).filter((name) => name.startsWith("reader-")).length,
      0,
    );
  });

  test("each page gets its own policy, as their inline scripts differ", () => {
    const text = fs.readFileSync(path.join(site.publicFolder, "_headers"), "utf8");
    const withPolicy = parseHeadersFile(text)
      .filter((rule) => rule.headers.some(([name]) => name === "Content-Security-Policy"))
      .map((rule) => rule.path);
    assert.ok(withPolicy.includes("/"), withPolicy.join(", "));
    assert.ok(withPolicy.includes(POST), withPolicy.join(", "));
    assert.ok(!withPolicy.includes("/*"));
  });

  test("a link changes the page without a reload, and the theme toggle works after it", async () => {
    const page = await browser.context.newPage();
    const watched = watchPage(page);
    await page.goto(server.origin + "/", { waitUntil: "networkidle" });
    await page.evaluate(() => {
      (window as unknown as { sameDocument: boolean }).sameDocument = true;
    });
    await page.getByRole("link", { name: POST_TITLE }).first().click();
    await page.waitForURL(server.origin + POST);
    await page.locator("h1", { hasText: POST_TITLE }).waitFor();
    assert.equal(
      await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument),
      true,
      "the page was loaded again instead of rendered by the runtime",
    );

    // The Head of the post adds KaTeX's stylesheet, which the home page did not have.
    await page.waitForFunction(() =>
      document.querySelector('link[rel="stylesheet"][href^="/katex/"][href$="/katex.min.css"]'),
    );
    await page.waitForFunction(() =>
      [...document.fonts].some(
        (font) => font.family.replace(/"/g, "") === "KaTeX_Math" && font.status === "loaded",
      ),
    );

    // The client modules ran for the new route: the table of contents follows the reading.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.evaluate(() => document.querySelector("#-and-graphs")?.scrollIntoView());
    await page.waitForFunction(
      () =>
        document.querySelector('nav.toc a[aria-current="location"]')?.getAttribute("href") ===
        "#-and-graphs",
    );

    const toggle = page.locator('[data-theme-toggle="ready"]');
    await toggle.waitFor();
    const before = await page.evaluate(() => document.documentElement.dataset.theme);
    await toggle.click();
    const after = await page.evaluate(() => document.documentElement.dataset.theme);
    assert.notEqual(after, before);
    assert.deepEqual(errorsOf(watched), []);
    await page.close();
  });
});
