import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { buildSync } from "esbuild";
import type { Page } from "playwright-core";
import { launchChromium, type Browser } from "../support/chromium";
import { buildFixtureSite, type FixtureBuild } from "../support/fixture-site";
import {
  FEATURES_POST,
  FEATURES_SLUG,
  PRICE_CODE,
  SHELL_CODE,
} from "../support/markdown-features-post";
import { errorsOf, watchPage } from "../support/page-watch";
import { repoRoot, testOutputFolder } from "../support/paths";
import { serveStatic, type StaticServer } from "../../tools/static-server";

const STATUS = "#code-copy-status";
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/**
 * Records layout shifts of anything inside a code block. (KaTeX's formulas may shift a little
 * while their fonts load; that is not the code blocks' doing.)
 */
const RECORD_CODE_BLOCK_SHIFTS = `
  window.__codeBlockShifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      for (const source of entry.sources) {
        const node = source.node;
        const element = node && (node.nodeType === 1 ? node : node.parentElement);
        if (element && element.closest(".code-block")) {
          window.__codeBlockShifts.push(element.className || element.nodeName);
        }
      }
    }
  }).observe({ type: "layout-shift", buffered: true });
`;

/** Counts clipboard writes, to tell one click handler from two. */
const COUNT_CLIPBOARD_WRITES = `
  window.__clipboardWrites = 0;
  const clipboard = navigator.clipboard;
  const write = clipboard.writeText.bind(clipboard);
  clipboard.writeText = (text) => {
    window.__clipboardWrites += 1;
    return write(text);
  };
`;

interface AxeResult {
  violations: Array<{ id: string; nodes: Array<{ target: unknown[] }> }>;
}

async function runAxe(page: Page, include: string): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(
    (selector) =>
      (window as unknown as { axe: { run: (c: unknown) => Promise<AxeResult> } }).axe.run({
        include: [selector],
      }),
    include,
  );
  return result.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
}

describe("code blocks and Markdown features in Chromium", () => {
  let site: FixtureBuild;
  let server: StaticServer;
  let browser: Browser;

  before(async () => {
    site = buildFixtureSite("code-copy", [FEATURES_POST]);
    assert.equal(site.status, 0, site.output);
    server = await serveStatic(site.publicFolder);
    browser = await launchChromium();
    await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: server.origin,
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    site?.remove();
  });

  async function openPost(width = 1280, initScripts: string[] = []): Promise<Page> {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width, height: 900 });
    for (const script of initScripts) await page.addInitScript(script);
    await page.goto(server.origin + FEATURES_SLUG, { waitUntil: "load" });
    await page.locator(".code-block .code-copy").first().waitFor({ state: "visible" });
    return page;
  }

  test("the button appears without moving anything and copies the exact code", async () => {
    const page = await openPost(1280, [RECORD_CODE_BLOCK_SHIFTS]);
    const problems = watchPage(page);
    await page.waitForLoadState("networkidle");
    const shifted = await page.evaluate(
      () => (window as unknown as { __codeBlockShifts: string[] }).__codeBlockShifts,
    );
    assert.deepEqual(shifted, []);
    // Hiding the buttons again, as the page is before scripts run, changes no block's layout.
    const layouts = await page.evaluate(() =>
      [true, false].map((hidden) =>
        [...document.querySelectorAll<HTMLElement>(".code-block")].map((block) => {
          const button = block.querySelector<HTMLButtonElement>(".code-copy");
          if (button) button.hidden = hidden;
          const pre = block.querySelector("pre");
          return [block.offsetHeight, pre?.offsetTop ?? -1, pre?.offsetWidth ?? -1];
        }),
      ),
    );
    assert.deepEqual(layouts[0], layouts[1]);

    const buttons = page.locator(".post-body .code-block .code-copy");
    assert.equal(await buttons.count(), 3);
    await buttons.nth(0).click();
    await page.waitForFunction(
      (selector) => document.querySelector(selector)?.textContent === "Copied",
      STATUS,
    );
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), PRICE_CODE);
    assert.equal(await buttons.nth(0).textContent(), "Copied");
    assert.equal(await page.locator(STATUS).getAttribute("role"), "status");

    await buttons.nth(1).click();
    await page.waitForFunction(() =>
      navigator.clipboard.readText().then((text) => text.startsWith("echo")),
    );
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), SHELL_CODE);
    // The region is emptied and filled again, so that the same word is announced again.
    await page.waitForFunction(
      (selector) => document.querySelector(selector)?.textContent === "Copied",
      STATUS,
    );
    assert.deepEqual(errorsOf(problems), []);
    await page.close();
  });

  test("Cite this post: the same copy button copies the BibTeX entry as shown", async () => {
    const page = await openPost();
    const problems = watchPage(page);
    const block = page.locator(".cite-this-post .code-block");
    const button = block.locator(".code-copy");
    await button.waitFor({ state: "visible" });
    assert.equal(await button.getAttribute("aria-label"), "Copy: BibTeX");
    await button.click();
    await page.waitForFunction(
      (selector) => document.querySelector(selector)?.textContent === "Copied",
      STATUS,
    );
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, await block.locator("pre code").textContent());
    assert.match(copied, /^@misc\{[a-z]+\d{4}\w*,\n {2}author +=/);
    assert.deepEqual(errorsOf(problems), []);
    await page.close();
  });

  test("a reader's own selection copies the code without artefacts", async () => {
    const page = await openPost();
    await page.evaluate(() => {
      const code = document.querySelector(".code-block pre code");
      const selection = document.getSelection();
      if (!code || !selection) throw new Error("no code block");
      const range = document.createRange();
      range.selectNodeContents(code);
      selection.removeAllRanges();
      selection.addRange(range);
    });
    await page.keyboard.press("Control+C");
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), PRICE_CODE);
    await page.close();
  });

  test("without the Clipboard API the code is selected and the reader told how to copy", async () => {
    const page = await openPost(1280, [
      `Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined });`,
    ]);
    const problems = watchPage(page);
    const button = page.locator(".code-block .code-copy").first();
    const message = (await button.getAttribute("data-failed-label")) ?? "";
    assert.match(message, /Ctrl\+C/);
    await button.click();
    await page.waitForFunction(
      ([selector, text]) => document.querySelector(selector ?? "")?.textContent === text,
      [STATUS, message],
    );
    assert.equal(await page.evaluate(() => document.getSelection()?.toString()), PRICE_CODE);
    assert.equal(await button.textContent(), "Copy");
    assert.deepEqual(errorsOf(problems), []);
    await page.close();
  });

  test("setting up again (every route update does) adds no second handler or live region", async () => {
    const page = await openPost(1280, [COUNT_CLIPBOARD_WRITES]);
    // The module as a page without React would ship it, called twice more on the same page.
    const bundle = buildSync({
      entryPoints: [path.join(repoRoot, "src/browser/copy-code.ts")],
      bundle: true,
      format: "iife",
      globalName: "copyCode",
      write: false,
    });
    await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? "" });
    await page.evaluate(() => {
      const module = (window as unknown as { copyCode: { setupCopyCode: (d: Document) => void } })
        .copyCode;
      module.setupCopyCode(document);
      module.setupCopyCode(document);
    });
    await page.locator(".code-block .code-copy").first().click();
    await page.waitForFunction(
      (selector) => document.querySelector(selector)?.textContent === "Copied",
      STATUS,
    );
    assert.equal(
      await page.evaluate(
        () => (window as unknown as { __clipboardWrites: number }).__clipboardWrites,
      ),
      1,
    );
    assert.equal(await page.locator(STATUS).count(), 1);
    await page.close();
  });

  test("at 360 px nothing overflows: long code and the wide table scroll in their own boxes", async () => {
    const page = await openPost(360);
    // No functions declared inside: the page cannot see helpers the test's compiler adds.
    const sizes = await page.evaluate(() => {
      const pre = document.querySelector(".code-block pre");
      const table = document.querySelector(".table-scroll");
      return {
        page: document.documentElement.scrollWidth,
        pre: [pre?.clientWidth ?? 0, pre?.scrollWidth ?? 0],
        table: [table?.clientWidth ?? 0, table?.scrollWidth ?? 0],
      };
    });
    assert.ok(sizes.page <= 360, `the page is ${sizes.page} px wide`);
    assert.ok((sizes.pre[1] ?? 0) > (sizes.pre[0] ?? 0), `code ${sizes.pre.join(" / ")}`);
    assert.ok((sizes.table[1] ?? 0) > (sizes.table[0] ?? 0), `table ${sizes.table.join(" / ")}`);
    fs.mkdirSync(path.join(testOutputFolder, "screenshots"), { recursive: true });
    await page.screenshot({
      path: path.join(testOutputFolder, "screenshots", "markdown-features-phone.png"),
      fullPage: true,
    });
    await page.close();
  });

  for (const scheme of ["light", "dark"] as const) {
    test(`axe finds nothing wrong in the post body (${scheme} system scheme)`, async () => {
      const page = await openPost();
      await page.emulateMedia({ colorScheme: scheme });
      assert.deepEqual(await runAxe(page, ".post-body"), []);
      await page.close();
    });
  }

  test("axe finds nothing wrong in code blocks under a chosen dark theme", async () => {
    const page = await openPost();
    await page.emulateMedia({ colorScheme: "light" });
    await page.evaluate(() => document.documentElement.setAttribute("data-theme", "dark"));
    const background = await page.evaluate(
      () => getComputedStyle(document.querySelector(".code-block") as Element).backgroundColor,
    );
    assert.equal(background, "rgb(22, 27, 34)");
    assert.deepEqual(await runAxe(page, ".code-block"), []);
    await page.close();
  });
});
