import assert from "node:assert/strict";
import fs from "node:fs";
import { after, before, describe, test } from "node:test";
import type { Page } from "playwright-core";
import { themeScript } from "../../src/lib/theme/theme-script";
import type { Theme } from "../../src/lib/theme/theme";
import { launchChromium, type Browser } from "../support/chromium";
import { errorsOf, watchPage, type PageWatch } from "../support/page-watch";
import { publicFolder } from "../support/paths";
import { serveStatic, type StaticServer } from "../../tools/static-server";
import {
  BACKGROUNDS,
  otherTheme,
  shownTheme,
  startWithStoredTheme,
  THEMES,
} from "../support/theme";

const POST = "/representation_learning/";
const TOGGLE = "[data-theme-toggle]";
const READY_TOGGLE = '[data-theme-toggle="ready"]';

interface FirstBody {
  attribute: string | null;
  background: string;
}

declare global {
  interface Window {
    __firstBody?: FirstBody;
    __systemChanged?: Promise<void>;
  }
}

/**
 * Records the theme at the first moment `<body>` exists, before the page can be painted: the
 * mutation that inserts it is reported before the parser yields to rendering. Installed before
 * any of the page's own scripts run.
 */
async function recordFirstBody(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (!document.body || window.__firstBody) return;
      window.__firstBody = {
        attribute: document.documentElement.getAttribute("data-theme"),
        background: getComputedStyle(document.body).backgroundColor,
      };
      observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

async function firstBody(page: Page): Promise<FirstBody | undefined> {
  return page.evaluate(() => window.__firstBody);
}

/** Opens `address` with the system asking for `system` and the bundle's toggle wired. */
async function open(
  page: Page,
  origin: string,
  address: string,
  system: Theme,
): Promise<PageWatch> {
  await page.emulateMedia({ colorScheme: system });
  const watched = watchPage(page);
  await page.goto(origin + address, { waitUntil: "load" });
  await page.locator(READY_TOGGLE).waitFor();
  return watched;
}

/**
 * Switches the system setting and waits until the page has heard of it: a listener added now
 * runs after the page's own, which was added when its media query list was created, earlier.
 */
async function changeSystemTheme(page: Page, system: Theme): Promise<void> {
  await page.evaluate(() => {
    const query = window.matchMedia("(prefers-color-scheme: dark)");
    window.__systemChanged = new Promise((resolve) =>
      query.addEventListener("change", () => resolve(), { once: true }),
    );
  });
  await page.emulateMedia({ colorScheme: system });
  await page.evaluate(() => window.__systemChanged);
}

async function pressed(page: Page): Promise<string | null> {
  return page.locator(TOGGLE).getAttribute("aria-pressed");
}

/** Asserts what the reader sees and hears: colours, `data-theme`, `color-scheme`, the button. */
async function assertShows(page: Page, theme: Theme, message: string): Promise<void> {
  const shown = await shownTheme(page);
  assert.equal(shown.attribute, theme, message);
  assert.equal(shown.background, BACKGROUNDS[theme], message);
  assert.equal(shown.colorScheme, theme, message);
  assert.equal(await pressed(page), String(theme === "dark"), message);
}

describe("dark mode in Chromium", () => {
  let server: StaticServer;
  let hostedServer: StaticServer;
  let browser: Browser;

  before(async () => {
    assert.ok(fs.existsSync(publicFolder), "public/ is missing: run `npm run build` first");
    server = await serveStatic(publicFolder);
    // As a host serves it, with each page's Content-Security-Policy: the head script must run.
    hostedServer = await serveStatic(publicFolder, { headersFile: true });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await hostedServer?.close();
  });

  test("every page carries the head script, before <body>", () => {
    for (const file of ["index.html", "representation_learning/index.html", "404.html"]) {
      const html = fs.readFileSync(`${publicFolder}/${file}`, "utf8");
      const at = html.indexOf(`<script>${themeScript}</script>`);
      assert.ok(at !== -1, `${file} lacks the theme script`);
      assert.ok(at < html.indexOf("<body"), `${file}: the theme script comes after <body>`);
    }
  });

  for (const system of THEMES) {
    test(`with no stored choice the page follows a ${system} system setting`, async () => {
      const page = await browser.context.newPage();
      await startWithStoredTheme(page, null);
      const watched = await open(page, server.origin, "/", system);
      await assertShows(page, system, "after load");
      assert.equal((await shownTheme(page)).stored, null);
      assert.deepEqual(errorsOf(watched), []);
      await page.close();
    });
  }

  test("the toggle switches the theme, and the choice survives a reload", async () => {
    const page = await browser.context.newPage();
    await startWithStoredTheme(page, null);
    const watched = await open(page, server.origin, POST, "light");
    await assertShows(page, "light", "before the click");
    assert.equal(await page.getByRole("button", { name: "Dark theme" }).count(), 1);

    await page.getByRole("button", { name: "Dark theme" }).click();
    await assertShows(page, "dark", "after the click");
    assert.equal((await shownTheme(page)).stored, "dark");

    // A new page in the same browser, without the init script that cleared storage.
    const again = await browser.context.newPage();
    await recordFirstBody(again);
    await open(again, server.origin, POST, "light");
    await assertShows(again, "dark", "after reloading");
    assert.deepEqual(await firstBody(again), { attribute: "dark", background: BACKGROUNDS.dark });
    await again.reload({ waitUntil: "load" });
    await again.locator(READY_TOGGLE).waitFor();
    await assertShows(again, "dark", "after a second reload");

    await again.getByRole("button", { name: "Dark theme" }).click();
    await assertShows(again, "light", "after switching back");
    // Light is the system's theme, so choosing it means following the system again.
    assert.equal((await shownTheme(again)).stored, null);
    assert.deepEqual(errorsOf(watched), []);
    await again.close();
    await page.close();
  });

  test("choosing the system's own theme forgets the choice, so later system changes apply", async () => {
    const page = await browser.context.newPage();
    await startWithStoredTheme(page, null);
    await open(page, server.origin, "/", "dark");
    await page.locator(TOGGLE).click();
    await assertShows(page, "light", "after choosing light on a dark system");
    assert.equal((await shownTheme(page)).stored, "light");
    await changeSystemTheme(page, "light");
    await changeSystemTheme(page, "dark");
    await assertShows(page, "light", "a stored choice outlives system changes");

    await page.locator(TOGGLE).click();
    await assertShows(page, "dark", "after choosing dark, the system's theme");
    assert.equal((await shownTheme(page)).stored, null);
    await changeSystemTheme(page, "light");
    await assertShows(page, "light", "with no choice, a system change applies");
    await page.close();
  });

  test("a choice made in one tab shows in the reader's other tabs", async () => {
    const first = await browser.context.newPage();
    await startWithStoredTheme(first, null);
    await open(first, server.origin, "/", "light");
    const second = await browser.context.newPage();
    await open(second, server.origin, POST, "light");
    await first.locator(TOGGLE).click();
    // The other tab hears of it through a storage event, in a task of its own.
    await second.waitForFunction(() => document.documentElement.dataset.theme === "dark", null, {
      timeout: 5000,
    });
    await assertShows(second, "dark", "in the other tab");
    await first.locator(TOGGLE).click();
    await second.waitForFunction(() => document.documentElement.dataset.theme === "light", null, {
      timeout: 5000,
    });
    await assertShows(second, "light", "in the other tab, back to the system's theme");
    await second.close();
    await first.close();
  });

  for (const theme of THEMES) {
    test(`no flash: a stored ${theme} theme is in place when <body> first exists, under the site's CSP`, async () => {
      const page = await browser.context.newPage();
      await startWithStoredTheme(page, theme);
      await recordFirstBody(page);
      const watched = await open(page, hostedServer.origin, POST, otherTheme(theme));
      assert.deepEqual(await firstBody(page), {
        attribute: theme,
        background: BACKGROUNDS[theme],
      });
      await assertShows(page, theme, "after load");
      assert.deepEqual(errorsOf(watched), [], "a CSP report would show here");
      await page.close();
    });
  }

  test("no flash: with no stored choice, a dark system is in place when <body> first exists", async () => {
    const page = await browser.context.newPage();
    await startWithStoredTheme(page, null);
    await recordFirstBody(page);
    await open(page, hostedServer.origin, "/", "dark");
    assert.deepEqual(await firstBody(page), { attribute: "dark", background: BACKGROUNDS.dark });
    await page.close();
  });

  test("the flash check can fail: without the head script the first body has the wrong colours", async () => {
    const page = await browser.context.newPage();
    await startWithStoredTheme(page, "dark");
    await recordFirstBody(page);
    await page.route(server.origin + POST, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(`<script>${themeScript}</script>`, "");
      await route.fulfill({ response, body: html });
    });
    await open(page, server.origin, POST, "light");
    assert.deepEqual(await firstBody(page), { attribute: null, background: BACKGROUNDS.light });
    // The bundle still catches up with the stored choice once it runs.
    await assertShows(page, "dark", "after the bundle ran");
    await page.close();
  });

  for (const system of THEMES) {
    test(`without JavaScript a ${system} system setting decides, and the toggle is not shown`, async () => {
      const page = await browser.context.newPage();
      await page.route(server.origin + POST, async (route) => {
        const response = await route.fetch();
        const html = (await response.text()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "");
        await route.fulfill({ response, body: html });
      });
      await page.emulateMedia({ colorScheme: system });
      await page.goto(server.origin + POST, { waitUntil: "load" });
      assert.equal(await page.locator("script").count(), 0);
      const shown = await shownTheme(page);
      assert.equal(shown.attribute, null);
      assert.equal(shown.background, BACKGROUNDS[system]);
      assert.equal(shown.colorScheme, system);
      assert.equal(await page.locator(TOGGLE).isVisible(), false);
      await page.close();
    });
  }

  test("keyboard: Tab reaches the toggle, which shows focus, and Enter and Space switch", async () => {
    const page = await browser.context.newPage();
    await startWithStoredTheme(page, null);
    await open(page, server.origin, POST, "light");

    let reached = false;
    for (let presses = 0; presses < 10 && !reached; presses++) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(
        (selector) => document.activeElement?.matches(selector) ?? false,
        TOGGLE,
      );
    }
    assert.ok(reached, "ten presses of Tab did not reach the theme toggle");
    const outline = await page
      .locator(TOGGLE)
      .evaluate((element) => getComputedStyle(element).outlineStyle);
    assert.notEqual(outline, "none", "the focused toggle shows no focus ring");

    await page.keyboard.press("Enter");
    await assertShows(page, "dark", "after Enter");
    await page.keyboard.press("Space");
    await assertShows(page, "light", "after Space");
    await page.close();
  });

  test("the toggle works once per click after following links (wired once)", async () => {
    const page = await browser.context.newPage();
    await startWithStoredTheme(page, null);
    const watched = await open(page, server.origin, "/", "light");
    await page.getByRole("link", { name: "Recent Advances in Representation Learning" }).click();
    await page.waitForURL(server.origin + POST);
    await page.locator("h1").waitFor();
    await page.getByRole("link", { name: "Posts", exact: true }).click();
    await page.waitForURL(server.origin + "/");
    await page.locator(READY_TOGGLE).waitFor();
    // The same page again (with the runtime, its header and toggle stay while the route updates).
    await page.getByRole("link", { name: "Posts", exact: true }).click();
    await page.waitForLoadState("networkidle");
    await page.locator(TOGGLE).click();
    await assertShows(page, "dark", "one click after two route updates");
    assert.deepEqual(errorsOf(watched), []);
    await page.close();
  });

  test("blocked storage falls back to the system silently, and the toggle still works", async () => {
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      Object.defineProperty(window, "localStorage", {
        get() {
          throw new DOMException("The operation is insecure.", "SecurityError");
        },
      });
    });
    const watched = await open(page, server.origin, "/", "dark");
    const attribute = await page.evaluate(() => document.documentElement.dataset.theme);
    assert.equal(attribute, "dark");
    await page.locator(TOGGLE).click();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "light");
    assert.equal(await pressed(page), "false");
    // With nowhere to keep the choice, the next page loaded (reader mode has no client-side
    // navigation) follows the system again, and still without an error.
    await page.getByRole("link", { name: "Recent Advances in Representation Learning" }).click();
    await page.waitForURL(server.origin + POST);
    await page.locator(READY_TOGGLE).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "dark");
    assert.deepEqual(errorsOf(watched), []);
    await page.close();
  });
});
