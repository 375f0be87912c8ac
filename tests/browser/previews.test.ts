import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Page } from "playwright-core";
import { describeViolations, runAxe } from "../support/axe";
import { launchChromium, type Browser } from "../support/chromium";
import { buildFixtureSite, type FixtureBuild } from "../support/fixture-site";
import { errorsOf, watchPage } from "../support/page-watch";
import { LOSS_TEX, PAPER_POSTS, PAPER_SLUG } from "../support/paper-posts";
import { startWithStoredTheme, THEMES } from "../support/theme";
import { serveStatic, type StaticServer } from "../../tools/static-server";

/** Each kind of link the previews serve, and what its preview must show. */
const KINDS = [
  { name: "equation", link: 'a.xref[href="#eq-loss"]', shows: ".katex-display" },
  { name: "figure", link: 'a.xref[href="#fig-bars"]', shows: "figure img" },
  { name: "table", link: 'a.xref[href="#tbl-sizes"]', shows: "table" },
  { name: "section", link: 'a.xref[href="#sec-method"]', shows: "strong" },
  // A note of one paragraph is a tight list item: its text, with no <p> around it.
  { name: "footnote", link: "a.footnote-call", shows: null },
  { name: "citation", link: "a.citation", shows: "p" },
] as const;

const PREVIEW = "#link-preview";

async function previewFacts(page: Page, link: string) {
  return page.evaluate(
    ([linkSelector, previewSelector]) => {
      const anchor = document.querySelector(linkSelector);
      const preview = document.querySelector<HTMLElement>(previewSelector);
      if (!anchor || !preview) return null;
      const a = anchor.getBoundingClientRect();
      const p = preview.getBoundingClientRect();
      const overlaps = !(
        p.bottom <= a.top ||
        p.top >= a.bottom ||
        p.right <= a.left ||
        p.left >= a.right
      );
      return {
        hidden: preview.hidden,
        role: preview.getAttribute("role"),
        describedBy: anchor.getAttribute("aria-describedby") ?? "",
        overlaps,
        inside: p.left >= 0 && p.right <= document.documentElement.clientWidth,
        ids: preview.querySelectorAll("[id]").length,
        text: preview.textContent ?? "",
      };
    },
    [link, PREVIEW] as const,
  );
}

describe("previews of cross-references, footnotes and citations", () => {
  let site: FixtureBuild;
  /** Serves `_headers` too, so the page runs under the site's CSP. */
  let server: StaticServer;
  /** Without `_headers`, so axe can be injected into the page. */
  let plainServer: StaticServer;
  let browser: Browser;

  before(async () => {
    site = buildFixtureSite("previews", PAPER_POSTS);
    assert.equal(site.status, 0, site.output);
    server = await serveStatic(site.publicFolder, { headersFile: true });
    plainServer = await serveStatic(site.publicFolder);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await plainServer?.close();
    site?.remove();
  });

  for (const theme of THEMES) {
    test(`each kind opens by mouse and by keyboard and closes on Escape, ${theme} theme`, async () => {
      const page = await browser.context.newPage();
      const watched = watchPage(page);
      await startWithStoredTheme(page, theme);
      await page.goto(plainServer.origin + PAPER_SLUG, { waitUntil: "load" });
      for (const kind of KINDS) {
        await page.hover(kind.link);
        await page.locator(PREVIEW).waitFor({ state: "visible" });
        const byMouse = await previewFacts(page, kind.link);
        assert.equal(byMouse?.role, "tooltip", kind.name);
        assert.ok(byMouse?.describedBy.split(" ").includes("link-preview"), kind.name);
        assert.equal(byMouse?.overlaps, false, `${kind.name} preview covers its link`);
        assert.equal(byMouse?.ids, 0, `${kind.name} preview repeats ids`);
        if (kind.shows !== null) {
          assert.ok((await page.locator(`${PREVIEW} ${kind.shows}`).count()) > 0, kind.name);
        }
        if (kind.name === "footnote") {
          assert.match(byMouse?.text ?? "", /^The note’s own text\.\s*$/, "no back link");
          assert.equal(await page.locator(`${PREVIEW} .footnote-backref`).count(), 0);
        }
        if (kind.name === "citation") assert.match(byMouse?.text ?? "", /Literate programming/);
        await page.mouse.move(0, 0);
        await page.locator(PREVIEW).waitFor({ state: "hidden" });

        await page.focus(kind.link);
        await page.locator(PREVIEW).waitFor({ state: "visible" });
        const report = await runAxe(page);
        assert.deepEqual(report.violations, [], describeViolations(report.violations));
        await page.keyboard.press("Escape");
        await page.locator(PREVIEW).waitFor({ state: "hidden" });
        const closed = await previewFacts(page, kind.link);
        assert.ok(!closed?.describedBy.includes("link-preview"), kind.name);
      }
      assert.deepEqual(errorsOf(watched), []);
      await page.close();
    });
  }

  test("under the site's Content-Security-Policy the previews work with no violation", async () => {
    const page = await browser.context.newPage();
    const watched = watchPage(page);
    await page.goto(server.origin + PAPER_SLUG, { waitUntil: "load" });
    await page.focus(KINDS[0].link);
    await page.locator(PREVIEW).waitFor({ state: "visible" });
    assert.ok((await page.locator(`${PREVIEW} .katex-display`).count()) > 0);
    assert.deepEqual(errorsOf(watched), []);
    await page.close();
  });

  test("on a phone the preview sits below or above its link, inside the window", async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto(plainServer.origin + PAPER_SLUG, { waitUntil: "load" });
    for (const kind of KINDS) {
      await page.focus(kind.link);
      await page.locator(PREVIEW).waitFor({ state: "visible" });
      const facts = await previewFacts(page, kind.link);
      assert.equal(facts?.overlaps, false, kind.name);
      assert.equal(facts?.inside, true, kind.name);
      await page.keyboard.press("Escape");
    }
    await page.close();
  });

  test("without JavaScript a reference jumps to its target, which takes focus", async () => {
    const context = await browser.context.browser()?.newContext({ javaScriptEnabled: false });
    const page = context ? await context.newPage() : await browser.context.newPage();
    await page.goto(server.origin + PAPER_SLUG, { waitUntil: "load" });
    await page.click('a.xref[href="#fig-bars"]');
    assert.match(page.url(), /#fig-bars$/);
    const target = await page.evaluate(() => document.querySelector(":target")?.id);
    assert.equal(target, "fig-bars");
    await page.close();
  });

  test("copying a paragraph with a formula gives its TeX between dollars", async () => {
    const page = await browser.context.newPage();
    await page.goto(server.origin + PAPER_SLUG, { waitUntil: "load" });
    // A string, so the test's compiler adds no helpers the page does not have.
    const copied = (await page.evaluate(`(() => {
      const copy = (node) => {
        const range = document.createRange();
        range.selectNodeContents(node);
        const selection = document.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        const data = new DataTransfer();
        document.dispatchEvent(new ClipboardEvent("copy", { clipboardData: data, cancelable: true }));
        return data.getData("text/plain");
      };
      const inline = document.querySelector(".math-inline").closest("p");
      return { inline: copy(inline), display: copy(document.getElementById("eq-loss")) };
    })()`)) as { inline: string; display: string };
    assert.equal(copied.inline.trim(), "In a sentence, $x^2 + y^2$ is inline math.");
    assert.equal(copied.display.trim(), `$$${LOSS_TEX}$$`);
    await page.close();
  });
});
