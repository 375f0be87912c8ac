import assert from "node:assert/strict";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import type AxeCore from "axe-core";
import type { Page } from "playwright-core";
import { launchChromium, type Browser } from "../support/chromium";
import { builtManyPostsSite } from "../support/many-posts";
import { errorsOf, watchPage } from "../support/page-watch";
import { repoRoot } from "../support/paths";
import { serveStatic, type StaticServer } from "../../tools/static-server";

const AXE_SCRIPT = path.join(repoRoot, "node_modules", "axe-core", "axe.min.js");
const LIST_PAGES = [
  "/",
  "/page/3/",
  "/tags/",
  "/tags/everything/page/2/",
  "/tags/ja/",
  "/archive/",
];

/** Presses Tab until the element matching `selector` has focus, as a keyboard user would. */
async function tabTo(page: Page, selector: string, maxPresses = 80): Promise<void> {
  for (let press = 0; press < maxPresses; press += 1) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(
      (wanted) => document.activeElement?.matches(wanted) ?? false,
      selector,
    );
    if (focused) return;
  }
  throw new Error(`${selector} did not get the focus after ${maxPresses} presses of Tab`);
}

/** Whether the focused element shows a focus outline. */
async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return false;
    const style = getComputedStyle(element);
    return style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) > 0;
  });
}

/**
 * Tabs to a link, follows it with Enter and waits for the next page's `heading`. Gatsby renders
 * the next page without a reload, after the address has already changed.
 */
async function followWithKeyboard(
  page: Page,
  selector: string,
  expectedUrl: string,
  rendered: { selector: string; text: string },
) {
  await tabTo(page, selector);
  assert.ok(await focusIsVisible(page), `${selector} has focus but no visible outline`);
  await page.keyboard.press("Enter");
  await page.waitForURL(expectedUrl);
  const element = page.locator(rendered.selector, { hasText: rendered.text });
  await element.waitFor();
  assert.equal(await element.textContent(), rendered.text);
}

describe("the 25-post site in Chromium", () => {
  let server: StaticServer;
  let browser: Browser;

  before(async () => {
    const site = builtManyPostsSite();
    assert.equal(site.status, 0, site.output);
    server = await serveStatic(site.publicFolder);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test("keyboard only: home, a post, one of its tags, that tag's next page", async () => {
    const page = await browser.context.newPage();
    const problems = watchPage(page);
    await page.goto(`${server.origin}/`, { waitUntil: "networkidle" });

    await followWithKeyboard(page, 'main a[href="/post-25/"]', `${server.origin}/post-25/`, {
      selector: "h1",
      text: "Post 25",
    });
    await followWithKeyboard(
      page,
      '.post-header .tag a[href="/tags/everything/"]',
      `${server.origin}/tags/everything/`,
      { selector: "h1", text: "Posts tagged “everything”" },
    );
    await followWithKeyboard(
      page,
      'nav.pagination a[rel="next"]',
      `${server.origin}/tags/everything/page/2/`,
      { selector: ".pagination-status", text: "Page 2 of 3" },
    );
    assert.deepEqual(
      await page
        .locator(".post-summary h2 a")
        .evaluateAll((links) => links.map((link) => link.getAttribute("href"))),
      [15, 14, 13, 12, 11, 10, 9, 8, 7, 6].map((n) => `/post-${String(n).padStart(2, "0")}/`),
    );

    assert.deepEqual(problems.failedRequests, []);
    assert.deepEqual(errorsOf(problems), []);
    await page.close();
  });

  test("a tag written in Japanese opens its page in the browser", async () => {
    const page = await browser.context.newPage();
    const problems = watchPage(page);
    await page.goto(`${server.origin}/post-24/`, { waitUntil: "networkidle" });
    await page.getByRole("link", { name: "深層学習" }).click();
    await page.waitForURL(`${server.origin}${encodeURI("/tags/深層学習/")}`);
    await page.locator("h1", { hasText: "Posts tagged “深層学習”" }).waitFor();
    assert.equal(await page.locator(".post-summary").count(), 6);
    assert.deepEqual(problems.failedRequests, []);
    assert.deepEqual(errorsOf(problems), []);
    await page.close();
  });

  test("list pages fit a 360-px phone without scrolling sideways", async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    for (const listPage of LIST_PAGES) {
      await page.goto(server.origin + listPage, { waitUntil: "load" });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 360, `${listPage} is ${width} px wide`);
    }
    await page.close();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`list pages have no accessibility violations in the ${colorScheme} scheme`, async () => {
      const page = await browser.context.newPage();
      await page.emulateMedia({ colorScheme });
      for (const listPage of LIST_PAGES) {
        // After hydration, which would undo changes made to the page before it.
        await page.goto(server.origin + listPage, { waitUntil: "networkidle" });
        await page.evaluate((theme) => {
          document.documentElement.dataset.theme = theme;
        }, colorScheme);
        await page.addScriptTag({ path: AXE_SCRIPT });
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: typeof AxeCore }).axe;
          const results = await axe.run(document);
          return results.violations.map(
            (violation) =>
              `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
          );
        });
        assert.deepEqual(violations, [], `${listPage} (${colorScheme})`);
      }
      await page.close();
    });
  }
});
