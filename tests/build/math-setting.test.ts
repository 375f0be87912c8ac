import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { KATEX_VERSION } from "../../src/lib/katex/stylesheet-path";
import { loadPage } from "../support/built-site";
import { buildFixtureSite, postMarkdown, type FixtureBuild } from "../support/fixture-site";

const STYLESHEET = `/katex/${KATEX_VERSION}/katex.min.css`;
const PRICES = "We spent $18k/year and $5k/month on hosting.";

/**
 * One build of a site with math on, holding a post that turns it off (`math: false`) for its
 * prices and a post whose formula is still typeset.
 */
describe("a post with `math: false` beside one with math", () => {
  let site: FixtureBuild;

  before(() => {
    site = buildFixtureSite("math-setting", [
      {
        folder: "hosting-costs",
        markdown: postMarkdown(
          { title: "What hosting costs", date: "2024-05-01", tags: ["en"], math: false },
          `${PRICES}\n\nThe *cheap plan was $5 and the big one $50*, see [the plans](/euler/).`,
        ),
      },
      {
        folder: "euler",
        markdown: postMarkdown(
          { title: "Euler's identity", date: "2024-05-02", tags: ["en"] },
          "It reads $e^{i\\pi} + 1 = 0$.",
        ),
      },
    ]);
    assert.equal(site.status, 0, site.output);
  });

  after(() => site?.remove());

  const stylesheets = (slug: string): string[] => {
    const $ = loadPage(slug, site.publicFolder);
    return $('link[rel="stylesheet"]')
      .map((_, link) => $(link).attr("href") ?? "")
      .get();
  };

  test("the prices are shown as written, with no formula and no KaTeX markup", () => {
    const $ = loadPage("/hosting-costs/", site.publicFolder);
    const body = $(".post-body");
    assert.equal(body.find("p").first().text(), PRICES);
    assert.equal(body.find("em").text(), "cheap plan was $5 and the big one $50");
    assert.equal(body.find('a[href="/euler/"]').text(), "the plans");
    assert.equal($(".katex, .katex-display, math").length, 0);
    assert.doesNotMatch($.html(), /class="[^"]*\bkatex\b/);
  });

  test("its page links no KaTeX stylesheet, while the post with a formula does", () => {
    assert.ok(!stylesheets("/hosting-costs/").includes(STYLESHEET));
    assert.deepEqual(stylesheets("/euler/"), [STYLESHEET]);
  });

  test("the other post's formula is typeset", () => {
    const $ = loadPage("/euler/", site.publicFolder);
    assert.equal($(".post-body .katex").length, 1);
    assert.match($(".post-body annotation").text(), /e\^\{i\\pi\} \+ 1 = 0/);
  });

  test("the content check reads no formula in the prices", () => {
    assert.doesNotMatch(site.output, /math\/dollar-amount|math\/katex/);
  });
});
