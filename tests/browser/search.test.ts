import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import type { Page } from "playwright-core";
import { launchChromium, type Browser } from "../support/chromium";
import { watchCsp, type CspWatch } from "../support/csp-watch";
import { publicFolder } from "../support/paths";
import { serveStatic, type StaticServer } from "../../tools/static-server";

const POST = "/representation_learning/";
const axeSource = fs.readFileSync(path.join("node_modules", "axe-core", "axe.min.js"), "utf8");

interface AxeRunner {
  run: (
    context: Document,
    options: { runOnly: { type: "tag"; values: string[] } },
  ) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }>;
}
const POST_TITLE = "Recent Advances in Representation Learning";
const SEARCH = "/search/";

/** The search page's own field, not one a header may add. */
function searchField(page: Page) {
  return page.locator("main").getByRole("searchbox", { name: "Search posts" });
}

function status(page: Page) {
  return page.locator("main [role=status]");
}

/** Opens a page and waits until its search script has set the page up. */
async function openSearchPage(page: Page, address: string): Promise<void> {
  const response = await page.goto(address, { waitUntil: "load" });
  const policy = response?.headers()["content-security-policy"] ?? "";
  assert.match(policy, /script-src [^;]*'wasm-unsafe-eval'/, `${address} came without its CSP`);
  await page.locator("[data-search-ready=true]").waitFor();
}

async function assertClean(watch: CspWatch): Promise<void> {
  assert.deepEqual(await watch.violations(), []);
  assert.deepEqual(watch.errors(), []);
  assert.deepEqual(watch.watched.failedRequests, []);
}

describe("search in Chromium, under the site's Content-Security-Policy", () => {
  let server: StaticServer;
  let browser: Browser;

  before(async () => {
    assert.ok(
      fs.existsSync(path.join(publicFolder, "pagefind", "pagefind.js")),
      "public/pagefind/ is missing: run `npm run build` first",
    );
    server = await serveStatic(publicFolder, { headersFile: true });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test("typing SimCLR lists the seed post, and Enter on its link opens it", async () => {
    const page = await browser.context.newPage();
    const watch = await watchCsp(page);
    await openSearchPage(page, server.origin + SEARCH);

    await searchField(page).focus();
    await page.keyboard.type("SimCLR", { delay: 30 });
    await status(page).filter({ hasText: "for “SimCLR”" }).waitFor();
    assert.match((await status(page).textContent()) ?? "", /^1 result for “SimCLR”\.$/);

    const result = page.locator(".search-result").filter({ hasText: POST_TITLE });
    assert.equal(await result.count(), 1);
    const link = result.getByRole("link", { name: POST_TITLE });
    assert.equal(await link.getAttribute("href"), POST);
    assert.equal(await result.locator("time").textContent(), "April 20, 2020");
    assert.equal(await result.locator("time").getAttribute("datetime"), "2020-04-20T22:01:03.284Z");
    const marks = await result.locator(".search-result-excerpt mark").allTextContents();
    assert.ok(marks.length > 0, "the excerpt marks no match");
    for (const mark of marks) assert.equal(mark, "SimCLR");
    // The address follows the query, so the results can be shared.
    assert.equal(new URL(page.url()).searchParams.get("q"), "SimCLR");

    // From the field, the arrow key reaches the result; Enter follows it.
    await page.keyboard.press("ArrowDown");
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), POST_TITLE);
    await page.keyboard.press("Enter");
    await page.waitForURL(server.origin + POST);
    await page.locator("h1", { hasText: POST_TITLE }).waitFor();

    await assertClean(watch);
    await page.close();
  });

  test("the results are reached with Tab as well", async () => {
    const page = await browser.context.newPage();
    const watch = await watchCsp(page);
    await openSearchPage(page, server.origin + SEARCH);
    await searchField(page).focus();
    await page.keyboard.type("contrastive");
    await page.locator(".search-result").first().waitFor();
    await page.keyboard.press("Tab"); // the Search button
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), POST_TITLE);
    await assertClean(watch);
    await page.close();
  });

  test("a query that matches nothing says so", async () => {
    const page = await browser.context.newPage();
    const watch = await watchCsp(page);
    await openSearchPage(page, server.origin + SEARCH);
    await searchField(page).focus();
    await page.keyboard.type("qzxvwkjh");
    await status(page).filter({ hasText: "qzxvwkjh" }).waitFor();
    assert.equal(await status(page).textContent(), "No results for “qzxvwkjh”.");
    assert.equal(await page.locator(".search-result").count(), 0);
    await assertClean(watch);
    await page.close();
  });

  test("/search/?q=SimCLR opened directly shows the result", async () => {
    const page = await browser.context.newPage();
    const watch = await watchCsp(page);
    await openSearchPage(page, `${server.origin}${SEARCH}?q=SimCLR`);
    await page.locator(".search-result").first().waitFor();
    assert.equal(await searchField(page).inputValue(), "SimCLR");
    assert.equal(await page.locator(".search-result-title a").first().textContent(), POST_TITLE);
    await assertClean(watch);
    await page.close();
  });

  test("a missing page offers a search for the words of its address, which finds the post", async () => {
    const page = await browser.context.newPage();
    const watch = await watchCsp(page);
    const response = await page.goto(`${server.origin}/2021/representation-learning/`, {
      waitUntil: "load",
    });
    assert.equal(response?.status(), 404);
    const field = page.locator("main").getByRole("searchbox", { name: "Search posts" });
    await page.waitForFunction(
      () => document.querySelector<HTMLFormElement>("form[data-search-prefilled]") !== null,
    );
    assert.equal(await field.inputValue(), "representation learning");
    const recent = page.locator("main .recent-posts a");
    assert.deepEqual(await recent.allTextContents(), [POST_TITLE]);

    await field.focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(`${server.origin}${SEARCH}?q=representation+learning`);
    await page.locator(".search-result-title a", { hasText: POST_TITLE }).waitFor();
    // The missing address answers 404, and Gatsby's runtime asks for its page data too; nothing
    // else may fail.
    const aboutMissing = (text: string) => text.includes("/2021/representation-learning");
    assert.deepEqual(await watch.violations(), []);
    assert.deepEqual(
      watch.errors().filter((text) => !aboutMissing(text)),
      [],
    );
    assert.deepEqual(
      watch.watched.failedRequests.filter((text) => !aboutMissing(text)),
      [],
    );
    assert.ok(watch.watched.failedRequests.some(aboutMissing), "the missing page did not 404");
    await page.close();
  });

  // Pagefind compiles its WebAssembly in a web worker when it can, and in the page otherwise; the
  // page's policy must allow the second way too.
  describe("without web workers, WebAssembly runs in the page", () => {
    async function pageWithoutWorkers(stripWasm: boolean): Promise<Page> {
      const page = await browser.context.newPage();
      await page.addInitScript(() => {
        Reflect.deleteProperty(window, "Worker");
      });
      if (stripWasm) {
        await page.route(`${server.origin}${SEARCH}*`, async (route) => {
          const response = await route.fetch();
          const policy = response.headers()["content-security-policy"] ?? "";
          await route.fulfill({
            response,
            headers: {
              ...response.headers(),
              "content-security-policy": policy.replace(" 'wasm-unsafe-eval'", ""),
            },
          });
        });
      }
      return page;
    }

    test("and the site's policy lets it", async () => {
      const page = await pageWithoutWorkers(false);
      const watch = await watchCsp(page);
      page.on("worker", () => assert.fail("a worker started"));
      await openSearchPage(page, `${server.origin}${SEARCH}?q=SimCLR`);
      await page.locator(".search-result-title a", { hasText: POST_TITLE }).waitFor();
      await assertClean(watch);
      await page.close();
    });

    test("which a policy without 'wasm-unsafe-eval' would block: the check can fail", async () => {
      const page = await pageWithoutWorkers(true);
      const watch = await watchCsp(page);
      await page.goto(`${server.origin}${SEARCH}?q=SimCLR`, { waitUntil: "load" });
      await status(page).filter({ hasText: "not available" }).waitFor();
      const blocked = await watch.violations();
      assert.ok(
        blocked.some((violation) => violation.directive === "script-src"),
        JSON.stringify(blocked),
      );
      await page.close();
    });
  });

  for (const scheme of ["light", "dark"] as const) {
    test(`the results and the 404 page pass axe in the ${scheme} scheme and fit 360 px`, async () => {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 360, height: 740 });
      await page.emulateMedia({ colorScheme: scheme });
      // Both ways a theme is chosen: the reader's setting, and the attribute the site sets.
      await page.addInitScript((theme) => {
        document.documentElement.dataset.theme = theme;
      }, scheme);
      for (const address of [`${SEARCH}?q=SimCLR`, "/no-such-page/"]) {
        await page.goto(server.origin + address, { waitUntil: "load" });
        if (address.startsWith(SEARCH)) await page.locator(".search-result mark").first().waitFor();
        else await page.locator("form[data-search-prefilled]").waitFor();
        // Evaluated rather than added as a <script>, which the page's policy would block.
        await page.evaluate(axeSource);
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: AxeRunner }).axe;
          const result = await axe.run(document, {
            runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
          });
          return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`);
        });
        assert.deepEqual(violations, [], `${address} in ${scheme}`);
        const widths = await page.evaluate(() => ({
          page: document.documentElement.scrollWidth,
          view: document.documentElement.clientWidth,
        }));
        assert.ok(widths.page <= widths.view, `${address} is wider than 360 px: ${widths.page}`);
      }
      await page.close();
    });
  }

  test("an index that cannot be loaded gives a message, not a broken page", async () => {
    const page = await browser.context.newPage();
    await page.route("**/pagefind/pagefind.js", (route) => route.abort());
    await openSearchPage(page, `${server.origin}${SEARCH}?q=SimCLR`);
    await status(page).filter({ hasText: "not available" }).waitFor();
    assert.match((await status(page).textContent()) ?? "", /^Search is not available right now/);
    assert.equal(await page.locator(".search-result").count(), 0);
    await page.close();
  });
});
