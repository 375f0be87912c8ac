import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Page } from "playwright-core";
import { describeViolations, runAxe } from "../support/axe";
import { launchChromium, type Browser } from "../support/chromium";
import {
  EMBED_ORIGINS,
  EMBEDS_POST,
  EMBEDS_SLUG,
  EMBEDS_TITLE,
  VIMEO_SRC,
  YOUTUBE_SRC,
} from "../support/embeds-post";
import { buildFixtureSite, type FixtureBuild } from "../support/fixture-site";
import { errorsOf, loadEverything, watchPage } from "../support/page-watch";
import { BACKGROUNDS, shownTheme, startWithStoredTheme, THEMES } from "../support/theme";
import { serveStatic, type StaticServer } from "../../tools/static-server";

declare global {
  interface Window {
    __embedCspViolations?: string[];
  }
}

/**
 * Records the page's CSP violations (`directive blocked-URL`), through a script Playwright runs
 * before the page's own, in the top document only: the embedded frames are not the site's.
 */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    if (window.top !== window) return;
    window.__embedCspViolations = [];
    window.addEventListener(
      "securitypolicyviolation",
      (event) =>
        window.__embedCspViolations?.push(`${event.effectiveDirective} ${event.blockedURI}`),
      true,
    );
  });
  return () => page.evaluate(() => window.__embedCspViolations ?? []);
}

/** What a page asked of other sites, none of which the test lets it reach. */
interface Outside {
  requests: string[];
}

/**
 * Keeps the page off the network: every request to another origin is recorded, and answered
 * with a blank page when it is for one of the embedded sites (so a frame can load), refused
 * otherwise.
 */
async function blockOutside(page: Page, origin: string): Promise<Outside> {
  const outside: Outside = { requests: [] };
  await page.route(
    (url) => url.origin !== origin,
    async (route) => {
      const url = new URL(route.request().url());
      outside.requests.push(url.href);
      if (EMBED_ORIGINS.includes(url.origin)) {
        await route.fulfill({
          contentType: "text/html",
          body: "<!doctype html><title>Stand-in</title><p>Stand-in for the embedded page</p>",
        });
      } else {
        await route.abort();
      }
    },
  );
  return outside;
}

function frameAttributes(page: Page, src: string) {
  return page.locator(`iframe[src="${src}"]`).evaluate((frame) => ({
    title: frame.getAttribute("title"),
    loading: frame.getAttribute("loading"),
    allow: frame.getAttribute("allow"),
    allowfullscreen: frame.hasAttribute("allowfullscreen"),
    referrerpolicy: frame.getAttribute("referrerpolicy"),
    focused: document.activeElement === frame,
  }));
}

describe("embeds of an old post in Chromium (reader mode)", () => {
  let site: FixtureBuild;
  let server: StaticServer;
  let plainServer: StaticServer;
  let browser: Browser;

  before(async () => {
    site = buildFixtureSite("embeds-browser", [EMBEDS_POST]);
    assert.equal(site.status, 0, site.output);
    server = await serveStatic(site.publicFolder, { headersFile: true });
    // axe-core is injected as an inline script, which the site's policy rightly refuses.
    plainServer = await serveStatic(site.publicFolder);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await plainServer?.close();
    site?.remove();
  });

  test("nothing is requested from an embedded site until the reader asks; then only it", async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const outside = await blockOutside(page, server.origin);
    const violations = await watchViolations(page);
    const watched = watchPage(page);
    await page.goto(server.origin + EMBEDS_SLUG, { waitUntil: "load" });
    await loadEverything(page);

    assert.deepEqual(outside.requests, []);
    assert.equal(await page.locator("iframe").count(), 0);
    const load = page.getByRole("button", { name: "Load the video from youtube.com" });
    await load.waitFor({ state: "visible" });
    assert.equal(await page.locator("button.embed-load:visible").count(), 3);

    await load.click();
    await page.locator(`iframe[src="${YOUTUBE_SRC}"]`).waitFor();
    assert.deepEqual(await frameAttributes(page, YOUTUBE_SRC), {
      title: "A talk on representation learning",
      loading: "lazy",
      allow:
        "accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share",
      allowfullscreen: true,
      referrerpolicy: "strict-origin-when-cross-origin",
      focused: true,
    });
    const frame = page.frameLocator(`iframe[src="${YOUTUBE_SRC}"]`);
    await frame.getByText("Stand-in for the embedded page").waitFor();
    assert.deepEqual(outside.requests, [YOUTUBE_SRC]);
    assert.equal(await page.locator("iframe").count(), 1, "one button loaded one frame");
    assert.equal(await page.locator("button.embed-load:visible").count(), 2);

    assert.deepEqual(await violations(), []);
    assert.deepEqual(errorsOf(watched), []);
    await page.close();
  });

  test("a load button works from the keyboard, and the frame takes the focus", async () => {
    const page = await browser.context.newPage();
    await blockOutside(page, server.origin);
    await page.goto(server.origin + EMBEDS_SLUG, { waitUntil: "load" });
    const load = page.getByRole("button", { name: "Load the video from vimeo.com" });
    await load.waitFor({ state: "visible" });
    await load.focus();
    await page.keyboard.press("Enter");
    await page.locator(`iframe[src="${VIMEO_SRC}"]`).waitFor();
    const attributes = await frameAttributes(page, VIMEO_SRC);
    assert.equal(attributes.title, "Embedded video from vimeo.com");
    assert.equal(attributes.focused, true);
    await page.close();
  });

  test("without the site's script the placeholder offers a plain link, and no dead button", async () => {
    const page = await browser.context.newPage();
    await blockOutside(page, server.origin);
    await page.route(/\/reader-[0-9a-f]{20}\.js$/, (route) => route.abort());
    await page.goto(server.origin + EMBEDS_SLUG, { waitUntil: "load" });
    await page.waitForLoadState("networkidle");
    assert.equal(await page.locator("button.embed-load:visible").count(), 0);
    const link = page.getByRole("link", { name: "Open the video on youtube.com" });
    await link.waitFor({ state: "visible" });
    assert.equal(await link.getAttribute("href"), "https://www.youtube.com/watch?v=dQw4w9WgXcQ");
    await page.close();
  });

  test("the summary of a details block shows keyboard focus and opens with Enter", async () => {
    const page = await browser.context.newPage();
    await blockOutside(page, server.origin);
    await page.goto(server.origin + EMBEDS_SLUG, { waitUntil: "load" });
    // From the tweet's date link, past the next heading's link, to the summary.
    await page.locator(".social-post-source a").focus();
    const summary = page.locator("details > summary");
    const isFocused = () => summary.evaluate((element) => document.activeElement === element);
    for (let presses = 0; presses < 3 && !(await isFocused()); presses++) {
      await page.keyboard.press("Tab");
    }
    const focus = await summary.evaluate((element) => ({
      focused: document.activeElement === element,
      visible: element.matches(":focus-visible"),
      outline: getComputedStyle(element).outlineStyle,
      width: parseFloat(getComputedStyle(element).outlineWidth),
    }));
    assert.deepEqual(focus, { focused: true, visible: true, outline: "solid", width: 3 });
    await page.keyboard.press("Enter");
    assert.equal(await page.locator("details").getAttribute("open"), "");
    await page.close();
  });

  for (const theme of THEMES) {
    for (const width of [1280, 360]) {
      test(`the post passes axe at ${width} px in the ${theme} theme`, async () => {
        const page = await browser.context.newPage();
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: theme });
        await startWithStoredTheme(page, null);
        await blockOutside(page, plainServer.origin);
        await page.goto(plainServer.origin + EMBEDS_SLUG, { waitUntil: "load" });
        await loadEverything(page);
        await page.locator("button.embed-load:visible").first().waitFor();
        await page.locator("details").evaluate((details) => details.setAttribute("open", ""));
        assert.equal((await shownTheme(page)).background, BACKGROUNDS[theme]);
        const report = await runAxe(page);
        assert.ok(report.checkedRules.includes("color-contrast"));
        assert.deepEqual(
          report.violations.map((violation) => violation.id),
          [],
          describeViolations(report.violations),
        );
        const undecidedContrast = report.undecided.filter((rule) => rule.id === "color-contrast");
        assert.deepEqual(undecidedContrast, [], describeViolations(undecidedContrast));
        await page.close();
      });
    }
  }
});

describe('embeds with clientRuntime "gatsby"', () => {
  let site: FixtureBuild;
  let server: StaticServer;
  let browser: Browser;

  before(async () => {
    site = buildFixtureSite("embeds-runtime", [EMBEDS_POST], { CLIENT_RUNTIME: "gatsby" });
    assert.equal(site.status, 0, site.output);
    server = await serveStatic(site.publicFolder, { headersFile: true });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    site?.remove();
  });

  test("after a client-side page change, a load button still loads its frame", async () => {
    const page = await browser.context.newPage();
    const outside = await blockOutside(page, server.origin);
    const violations = await watchViolations(page);
    await page.goto(server.origin + "/", { waitUntil: "networkidle" });
    await page.evaluate(() => {
      (window as unknown as { sameDocument: boolean }).sameDocument = true;
    });
    await page.getByRole("link", { name: EMBEDS_TITLE }).first().click();
    await page.waitForURL(server.origin + EMBEDS_SLUG);
    const load = page.getByRole("button", { name: "Load the video from youtube.com" });
    await load.waitFor({ state: "visible" });
    assert.equal(
      await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument),
      true,
      "the page was loaded again instead of rendered by the runtime",
    );
    assert.deepEqual(outside.requests, []);
    await load.click();
    await page.locator(`iframe[src="${YOUTUBE_SRC}"]`).waitFor();
    assert.equal(await page.locator("iframe").count(), 1);
    assert.deepEqual(await violations(), []);
    await page.close();
  });
});
