import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import type { Page } from "playwright-core";
import { inlineScriptHashes } from "../../src/lib/hosting/hosting-headers";
import { launchChromium, type Browser } from "../support/chromium";
import { errorsOf, loadEverything, watchPage, type PageWatch } from "../support/page-watch";
import { publicFolder } from "../support/paths";
import {
  headersForPath,
  parseHeadersFile,
  serveStatic,
  type StaticServer,
} from "../../tools/static-server";

const POST = "/representation_learning/";
/** The pages checked, each with the file the host serves for it. */
const PAGES = [
  { address: "/", file: "index.html" },
  { address: POST, file: "representation_learning/index.html" },
  { address: "/404.html", file: "404.html" },
];

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

declare global {
  interface Window {
    __cspViolations?: Violation[];
  }
}

/**
 * Records what a CSP violation leaves behind: the `securitypolicyviolation` events (collected by
 * a script Playwright injects outside the page's policy, before any of the page's own code runs)
 * and Chromium's console reports, along with any other console error or failed request.
 */
async function watch(page: Page): Promise<PageWatch> {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    window.addEventListener(
      "securitypolicyviolation",
      (event) =>
        window.__cspViolations?.push({
          directive: event.effectiveDirective,
          blocked: event.blockedURI,
          sample: event.sample,
        }),
      true,
    );
  });
  return watchPage(page);
}

const CSP_REPORT = "Content Security Policy";

/** Chromium's console reports of its CSP checks, whatever their level. */
function cspMessages(watched: PageWatch): string[] {
  return watched.console.filter((m) => m.text.includes(CSP_REPORT)).map((m) => m.text);
}

/** Console errors other than CSP reports, and uncaught exceptions. */
function otherErrors(watched: PageWatch): string[] {
  return errorsOf(watched).filter((text) => !text.includes(CSP_REPORT));
}

async function violations(page: Page): Promise<Violation[]> {
  return page.evaluate(() => window.__cspViolations ?? []);
}

describe("the Content Security Policy in Chromium", () => {
  const headersPath = path.join(publicFolder, "_headers");
  let server: StaticServer;
  let browser: Browser;

  before(async () => {
    assert.ok(fs.existsSync(publicFolder), "public/ is missing: run `npm run build` first");
    assert.ok(
      fs.existsSync(headersPath),
      "public/_headers is missing: onPostBuild in gatsby-node.ts must call writeHeadersFile",
    );
    server = await serveStatic(publicFolder, { headersFile: true });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test("_headers allows exactly the inline scripts of each page as built", () => {
    const rules = parseHeadersFile(fs.readFileSync(headersPath, "utf8"));
    for (const { address, file } of PAGES) {
      const policy = headersForPath(rules, address)["content-security-policy"] ?? "";
      const scriptSrc = /(?:^|;\s*)script-src ([^;]*)/.exec(policy)?.[1]?.split(" ") ?? [];
      const html = fs.readFileSync(path.join(publicFolder, file), "utf8");
      assert.deepEqual(
        scriptSrc.filter((item) => item.startsWith("'sha256-")),
        inlineScriptHashes(html),
        `${address}: public/_headers is older than the page, or misses its scripts`,
      );
    }
  });

  for (const { address } of PAGES) {
    test(`${address} runs under its policy with no violation`, async () => {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1280, height: 900 });
      const watched = await watch(page);
      const response = await page.goto(server.origin + address, { waitUntil: "load" });
      const policy = response?.headers()["content-security-policy"] ?? "";
      assert.match(policy, /(^|; )script-src 'self' 'sha256-/, `${address} came without a CSP`);
      assert.doesNotMatch(policy, /script-src[^;]*'unsafe-inline'/);
      await loadEverything(page);

      assert.deepEqual(await violations(page), []);
      assert.deepEqual(cspMessages(watched), []);
      assert.deepEqual(otherErrors(watched), []);
      assert.deepEqual(watched.failedRequests, []);
      // The theme toggle is wired by the page's script, so it is ready only if the script ran.
      await page.locator('[data-theme-toggle="ready"]').waitFor();
      await page.close();
    });
  }

  test("navigating from the home page to the post stays within the home page's policy", async () => {
    const page = await browser.context.newPage();
    const watched = await watch(page);
    await page.goto(server.origin + "/", { waitUntil: "load" });
    await page.waitForLoadState("networkidle");
    await page.getByRole("link", { name: "Recent Advances in Representation Learning" }).click();
    await page.waitForURL(server.origin + POST);
    await page.locator("h1").waitFor();
    await loadEverything(page);

    assert.deepEqual(await violations(page), []);
    assert.deepEqual(cspMessages(watched), []);
    assert.deepEqual(otherErrors(watched), []);
    assert.deepEqual(watched.failedRequests, []);
    await page.close();
  });

  test("a policy without the hashes is caught: the check can fail", async () => {
    const page = await browser.context.newPage();
    const watched = await watch(page);
    await page.route(server.origin + POST, async (route) => {
      const response = await route.fetch();
      const policy = response.headers()["content-security-policy"] ?? "";
      await route.fulfill({
        response,
        headers: {
          ...response.headers(),
          "content-security-policy": policy.replace(/script-src [^;]*/, "script-src 'self'"),
        },
      });
    });
    await page.goto(server.origin + POST, { waitUntil: "load" });
    await page.waitForLoadState("networkidle");

    const recorded = await violations(page);
    assert.ok(recorded.length > 0, "no securitypolicyviolation event was recorded");
    assert.ok(
      recorded.every((violation) => violation.directive.startsWith("script-src")),
      JSON.stringify(recorded),
    );
    // Chromium names the hash that would have allowed each blocked script: a second opinion on
    // the hashing, from the browser itself.
    const suggested = cspMessages(watched).flatMap((text) => text.match(/'sha256-[^']+'/g) ?? []);
    const html = fs.readFileSync(
      path.join(publicFolder, "representation_learning/index.html"),
      "utf8",
    );
    assert.deepEqual([...new Set(suggested)].sort(), inlineScriptHashes(html));
    await page.close();
  });
});
