import assert from "node:assert/strict";
import fs from "node:fs";
import { after, before, describe, test } from "node:test";
import type { CheerioAPI } from "cheerio";
import { loadPage } from "../support/built-site";
import {
  buildFixtureSite,
  createFixtureProject,
  runBuildScript,
  type FixtureBuild,
} from "../support/fixture-site";
import {
  BROKEN_REFERENCE_PROBLEMS,
  BROKEN_REFERENCES_POST,
  LOSS_TEX,
  PAPER_JA_SLUG,
  PAPER_POSTS,
  PAPER_SLUG,
} from "../support/paper-posts";

/** Text with the no-break spaces between words and numbers read as spaces. */
function spaced(text: string): string {
  return text.replace(/\u00A0/g, " ").trim();
}

describe("cross-references and callouts in built posts, in English and Japanese", () => {
  let site: FixtureBuild;
  let en: CheerioAPI;
  let ja: CheerioAPI;

  before(() => {
    site = buildFixtureSite("paper", PAPER_POSTS);
    assert.equal(site.status, 0, site.output);
    en = loadPage(PAPER_SLUG, site.publicFolder);
    ja = loadPage(PAPER_JA_SLUG, site.publicFolder);
  });

  after(() => site?.remove());

  const references = ($: CheerioAPI) =>
    $(".post-body a.xref")
      .toArray()
      .map((link) => [$(link).attr("href"), spaced($(link).text())]);

  test("every @label becomes a link to its target, numbered in order of appearance", () => {
    assert.deepEqual(references(en), [
      ["#eq-loss", "Equation (1)"],
      ["#eq-grad", "Equation (2)"],
      ["#fig-bars", "Figure 1"],
      ["#tbl-sizes", "Table 1"],
      ["#sec-method", "Section 2"],
      ["#fig-bars", "Figure 1"],
      ["#sec-details", "Section 2.1"],
    ]);
    for (const [href] of references(en)) {
      assert.equal(en(`[id="${(href ?? "").slice(1)}"]`).length, 1, `one target for ${href}`);
    }
  });

  test("Japanese posts read 式 (1), 図 1, 表 1 and 節 2", () => {
    assert.deepEqual(references(ja), [
      ["#eq-loss", "式 (1)"],
      ["#fig-bars", "図 1"],
      ["#tbl-sizes", "表 1"],
      ["#sec-method", "節 2"],
    ]);
    assert.equal(spaced(ja("#fig-bars figcaption .caption-number").text()), "図 1:");
    assert.equal(spaced(ja("#tbl-sizes figcaption .caption-number").text()), "表 1:");
  });

  test("e-mail addresses, code, citation keys and other @ stay as written", () => {
    const text = en(".post-body").text();
    assert.match(text, /me@fig-tree\.org/);
    assert.match(text, /@smith2020 is a citation key/);
    assert.equal(en(".post-body code").first().text(), "@eq-loss");
    assert.doesNotMatch(text, /\{#/, "no label attribute shows as text");
  });

  test("labelled equations carry their number at the right edge, typeset by KaTeX", () => {
    const loss = en("#eq-loss");
    assert.ok(loss.is("div.math.math-display"), loss.attr("class"));
    assert.equal(loss.attr("tabindex"), "-1");
    assert.equal(loss.find(".katex-html .katex-tag").text(), "(1)");
    assert.equal(en("#eq-grad .katex-html .katex-tag").text(), "(2)");
    assert.match(loss.find(".katex-mathml").text(), /\(1\)/, "screen readers hear the number");
    const tex = loss.find('annotation[encoding="application/x-tex"]').text();
    assert.ok(tex.startsWith(LOSS_TEX), tex);
    assert.equal(en(".post-body .math-display").length, 2, "the labelled formulas closed");
    assert.equal(en(".post-body .math-inline").length, 1);
  });

  test("figures and tables get “Figure n:” and “Table n:” before their captions", () => {
    const figure = en("figure#fig-bars");
    assert.equal(figure.attr("tabindex"), "-1");
    assert.equal(figure.find("img").attr("alt"), "Three bars of growing height");
    assert.ok(fs.existsSync(`${site.publicFolder}${figure.find("img").attr("src")}`));
    assert.equal(
      spaced(figure.find("figcaption").text()),
      "Figure 1: Three bars of growing height",
    );
    const table = en("figure#tbl-sizes");
    assert.equal(spaced(table.children("figcaption").text()), "Table 1: Sizes of the models");
    assert.equal(table.find("table tbody tr").length, 2);
    assert.equal(en(".post-body p").filter((_, p) => en(p).text().startsWith(":")).length, 0);
  });

  test("headings with {#sec-…} take that id, in the table of contents too", () => {
    assert.equal(en("h2#sec-method").text().trim(), "Method");
    assert.equal(en("h3#sec-details").text().trim(), "Details");
    assert.equal(en('a.anchor[href="#sec-method"]').length, 1);
    const contents = en("nav a[href='#sec-method']");
    assert.ok(contents.length >= 1, "the table of contents links the labelled id");
  });

  test("the five callouts are titled notes, in the post's language", () => {
    const callouts = en(".post-body .callout");
    assert.deepEqual(
      callouts
        .toArray()
        .map((box) => [en(box).attr("class"), en(box).find(".callout-title").text()]),
      [
        ["callout callout-note", "Note"],
        ["callout callout-tip", "Tip"],
        ["callout callout-important", "Important"],
        ["callout callout-warning", "Warning"],
        ["callout callout-caution", "Caution"],
      ],
    );
    for (const box of callouts.toArray()) {
      assert.equal(en(box).attr("role"), "note");
      const title = en(`#${en(box).attr("aria-labelledby")}`);
      assert.ok(title.is(".callout-title"));
      assert.doesNotMatch(en(box).text(), /\[!/);
    }
    assert.equal(en(".post-body blockquote").length, 0);
    assert.equal(en(".callout-note p").eq(1).text(), "A note for readers.");
    assert.deepEqual(
      ja(".post-body .callout-title")
        .toArray()
        .map((title) => ja(title).text()),
      ["注記", "警告"],
    );
  });

  test("footnotes and the hand-written citation keep the shapes the previews read", () => {
    assert.equal(en("a.footnote-call").attr("href"), "#fn-n");
    assert.equal(en("li#fn-n").length, 1);
    assert.equal(en("a.citation").attr("href"), "#ref-knuth84");
    assert.equal(en("#ref-knuth84").length, 1);
  });
});

describe("broken cross-references stop the build, each named by file, line and column", () => {
  const root = createFixtureProject("broken-references", [BROKEN_REFERENCES_POST]);
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  test("one run reports every one", () => {
    const { status, output } = runBuildScript(root);
    assert.equal(status, 1, output);
    for (const problem of BROKEN_REFERENCE_PROBLEMS) assert.ok(output.includes(problem), problem);
    assert.match(output, /5 errors and 0 warnings in 1 file/);
    assert.match(output, /did you mean|label the figure with \{#fig-missing\}/);
  });
});
