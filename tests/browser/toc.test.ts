import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Page } from "playwright-core";
import type { Browser } from "../support/chromium";
import { errorsOf, watchPage } from "../support/page-watch";
import type { StaticServer } from "../../tools/static-server";
import { closeBuiltSite, openBuiltSite } from "../support/built-site-browser";

const POST = "/representation_learning/";
/** Headings of the seed post, in order, as its table of contents links them. */
const SECTIONS = [
  "#bert-learns-good-representations-of-texts",
  "#larger-model-more-data-longer-training",
  "#a-similar-approach-to-images",
  "#-and-graphs",
  "#image-to-text--text-to-image",
  "#summary",
  "#references",
];

/** The href of the table of contents link marked as the current section, or null. */
function currentSection(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      document.querySelector('nav.toc a[aria-current="location"]')?.getAttribute("href") ?? null,
  );
}

/** Waits until the heading's top is in the upper half of the window (a smooth scroll ended). */
async function waitForHeadingNearTop(page: Page, id: string): Promise<void> {
  await page.waitForFunction((headingId) => {
    const top = document.getElementById(headingId)?.getBoundingClientRect().top ?? -1;
    return top >= 0 && top < window.innerHeight / 2;
  }, id);
}

/** Scrolls so that a heading sits `offset` px below the top of the window. */
async function scrollHeadingTo(page: Page, hash: string, offset: number): Promise<void> {
  await page.evaluate(
    ([id, by]) => {
      const heading = document.getElementById(id);
      if (!heading) throw new Error(`no heading ${id}`);
      window.scrollTo(0, window.scrollY + heading.getBoundingClientRect().top - by);
    },
    [hash.slice(1), offset] as const,
  );
}

describe("the table of contents of the seed post in Chromium", () => {
  let server: StaticServer;
  let browser: Browser;

  before(async () => {
    ({ server, browser } = await openBuiltSite());
  });

  after(() => closeBuiltSite({ server, browser }));

  async function openPost(width: number, height: number): Promise<Page> {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width, height });
    await page.goto(server.origin + POST, { waitUntil: "networkidle" });
    return page;
  }

  test("at 1280 px it sits beside the text and stays in view while the reader scrolls", async () => {
    const page = await openPost(1280, 900);
    const watched = watchPage(page);
    // No functions declared inside: the test runner's compiler would name them with a helper
    // that does not exist in the page.
    const boxes = await page.evaluate(() => ({
      toc: document.querySelector("nav.toc")?.getBoundingClientRect().toJSON() as DOMRect,
      body: document.querySelector(".post-body")?.getBoundingClientRect().toJSON() as DOMRect,
    }));
    assert.ok(boxes.toc && boxes.body);
    assert.ok(boxes.toc.left >= boxes.body.right, JSON.stringify(boxes));
    assert.ok(boxes.toc.right <= 1280, JSON.stringify(boxes.toc));

    await scrollHeadingTo(page, "#-and-graphs", 10);
    const stuck = await page.evaluate(() =>
      document.querySelector("nav.toc")?.getBoundingClientRect(),
    );
    assert.ok(stuck && stuck.top >= 0 && stuck.bottom <= 900, JSON.stringify(stuck));
    assert.deepEqual(errorsOf(watched), []);
    await page.close();
  });

  test("clicking a link scrolls its heading into view and marks it current", async () => {
    const page = await openPost(1280, 900);
    await page.locator('nav.toc a[href="#a-similar-approach-to-images"]').click();
    await waitForHeadingNearTop(page, "a-similar-approach-to-images");
    await page.waitForFunction(
      () =>
        document.querySelector('nav.toc a[aria-current="location"]')?.getAttribute("href") ===
        "#a-similar-approach-to-images",
    );
    assert.equal(new URL(page.url()).hash, "#a-similar-approach-to-images");
    // Smooth scrolling is switched on for the jump only.
    await page.waitForFunction(() => document.documentElement.style.scrollBehavior === "");
    await page.close();
  });

  test("a link activated with the keyboard does the same", async () => {
    const page = await openPost(1280, 900);
    const link = page.locator('nav.toc a[href="#image-to-text--text-to-image"]');
    await link.focus();
    await page.keyboard.press("Enter");
    await waitForHeadingNearTop(page, "image-to-text--text-to-image");
    await page.waitForFunction(
      () =>
        document.querySelector('nav.toc a[aria-current="location"]')?.getAttribute("href") ===
        "#image-to-text--text-to-image",
    );
    await page.close();
  });

  test("scrolling marks the section being read, and only that one", async () => {
    const page = await openPost(1280, 900);
    assert.equal(await currentSection(page), null, "the introduction belongs to no section");
    for (const [index, hash] of SECTIONS.slice(0, 4).entries()) {
      await scrollHeadingTo(page, hash, 10);
      await page.waitForFunction((expected) => {
        const current = document.querySelectorAll('nav.toc a[aria-current="location"]');
        return current.length === 1 && current[0]?.getAttribute("href") === expected;
      }, hash);
      // Halfway down the window the next heading is not being read yet.
      const next = SECTIONS[index + 1] ?? "";
      await scrollHeadingTo(page, next, 600);
      await page.waitForFunction(
        (expected) =>
          document.querySelector('nav.toc a[aria-current="location"]')?.getAttribute("href") ===
          expected,
        hash,
      );
    }
    // Back up past the first heading: no section again.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForFunction(
      () => document.querySelector('nav.toc a[aria-current="location"]') === null,
    );
    await page.close();
  });

  test("with reduced motion the jump is not animated", async () => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(server.origin + POST, { waitUntil: "networkidle" });
    await page.evaluate(() => {
      const seen: string[] = [];
      new MutationObserver(() => seen.push(document.documentElement.style.scrollBehavior)).observe(
        document.documentElement,
        { attributes: true, attributeFilter: ["style"] },
      );
      (window as unknown as { scrollBehaviors: string[] }).scrollBehaviors = seen;
    });
    await page.locator('nav.toc a[href="#summary"]').click();
    await waitForHeadingNearTop(page, "summary");
    const behaviours = await page.evaluate(
      () => (window as unknown as { scrollBehaviors: string[] }).scrollBehaviors,
    );
    assert.ok(!behaviours.includes("smooth"), behaviours.join(","));
    await page.close();
  });

  test("tracking starts on a post reached by a link too", async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.origin}/`, { waitUntil: "networkidle" });
    await page.getByRole("link", { name: "Recent Advances in Representation Learning" }).click();
    await page.waitForURL(server.origin + POST);
    await page.locator("nav.toc").waitFor();
    await scrollHeadingTo(page, "#-and-graphs", 10);
    await page.waitForFunction(
      () =>
        document.querySelector('nav.toc a[aria-current="location"]')?.getAttribute("href") ===
        "#-and-graphs",
    );
    await page.close();
  });

  test("at 360 px it is inside the post before the text, and nothing overflows", async () => {
    const page = await openPost(360, 740);
    const watched = watchPage(page);
    const layout = await page.evaluate(() => {
      const toc = document.querySelector("nav.toc");
      const body = document.querySelector(".post-body");
      const box = toc?.getBoundingClientRect();
      return {
        inArticle: toc?.closest("article") !== null,
        beforeBody: Boolean(
          toc && body && toc.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_FOLLOWING,
        ),
        above: (box?.bottom ?? Infinity) <= (body?.getBoundingClientRect().top ?? -Infinity),
        position: toc ? getComputedStyle(toc).position : "",
        left: box?.left ?? -1,
        right: box?.right ?? Infinity,
        pageWidth: document.documentElement.scrollWidth,
      };
    });
    assert.equal(layout.inArticle, true);
    assert.equal(layout.beforeBody, true);
    assert.equal(layout.above, true);
    assert.equal(layout.position, "static");
    assert.ok(layout.left >= 0 && layout.right <= 360, JSON.stringify(layout));
    assert.ok(layout.pageWidth <= 360, `the page is ${layout.pageWidth} px wide`);
    // The links can still be followed on a phone.
    await page.locator('nav.toc a[href="#summary"]').click();
    await waitForHeadingNearTop(page, "summary");
    assert.deepEqual(errorsOf(watched), []);
    await page.close();
  });
});
