import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser } from "../support/chromium";
import type { StaticServer } from "../../tools/static-server";
import { closeBuiltSite, openBuiltSite } from "../support/built-site-browser";

const POST = "/representation_learning/";
const HEADING = "a-similar-approach-to-images";

let server: StaticServer;
let browser: Browser;

before(async () => {
  ({ server, browser } = await openBuiltSite());
});

after(() => closeBuiltSite({ server, browser }));

test("a heading's anchor is hidden until hovered or focused, and named after the heading", async () => {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(server.origin + POST, { waitUntil: "networkidle" });
  const anchor = page.locator(`#${HEADING} a.anchor`);
  const iconVisibility = () =>
    anchor.evaluate((link) => getComputedStyle(link.querySelector("svg") as Element).visibility);

  assert.equal(await iconVisibility(), "hidden");
  assert.equal(
    await anchor.getAttribute("aria-label"),
    "Link to this section: A Similar Approach to Images",
  );
  const name = await page
    .getByRole("link", { name: "Link to this section: A Similar Approach to Images" })
    .count();
  assert.equal(name, 1, "the accessible name is not the heading's");

  // Reached with the keyboard: tab on from the anchor of the heading before it.
  await page.locator('a[href="#larger-model-more-data-longer-training"].anchor').focus();
  for (let presses = 0; presses < 50; presses += 1) {
    await page.keyboard.press("Tab");
    if (await anchor.evaluate((link) => link === document.activeElement)) break;
  }
  assert.equal(await anchor.evaluate((link) => link.matches(":focus-visible")), true);
  assert.equal(await iconVisibility(), "visible");

  await anchor.evaluate((link) => link.blur());
  assert.equal(await iconVisibility(), "hidden");
  await page.locator(`#${HEADING}`).hover();
  assert.equal(await iconVisibility(), "visible");
  await page.close();
});
