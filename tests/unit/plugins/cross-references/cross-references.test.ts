import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { test } from "node:test";
import { load } from "cheerio";
import type { Root } from "mdast";
import gatsbyRemarkCrossReferences from "../../../../plugins/gatsby-remark-cross-references";
import gatsbyRemarkHeadingIds from "../../../../plugins/gatsby-remark-heading-ids";
import { findReferences } from "../../../../plugins/gatsby-remark-cross-references/references";
import { parseMarkdown } from "../../../../src/lib/content-check/markdown-tree";
import { remarkTransformerOptions } from "../../../../src/lib/markdown/dialect";
import { renderMarkdown } from "../../../support/markdown-html";

type RemarkPlugin = (args: { markdownAST: Root }, options: Record<string, unknown>) => unknown;

// The plugin ships no types; it is loaded as gatsby-transformer-remark loads it.
const autolinkHeaders = createRequire(__filename)("gatsby-remark-autolink-headers") as RemarkPlugin;

/** A plugin's options as the site gives them (src/lib/markdown/dialect.ts). */
function siteOptions(name: string): Record<string, never> {
  const plugins = remarkTransformerOptions(true).plugins as Array<
    string | { resolve: string; options: Record<string, never> }
  >;
  const entry = plugins.find((plugin) => typeof plugin !== "string" && plugin.resolve === name);
  assert.ok(entry !== undefined && typeof entry !== "string");
  return entry.options;
}

function render(markdown: string, lang = "en") {
  const html = renderMarkdown(markdown, (tree: Root) => {
    gatsbyRemarkHeadingIds({ markdownAST: tree });
    autolinkHeaders({ markdownAST: tree }, siteOptions("gatsby-remark-autolink-headers"));
    gatsbyRemarkCrossReferences({ markdownAST: tree, markdownNode: { fields: { lang } } });
  });
  return load(html, null, false);
}

const spaced = (text: string) => text.replace(/\u00A0/g, " ");

test("a labelled closing $$ closes its formula, and code keeps its text", () => {
  const tree = parseMarkdown("$$\nx\n$$ {#eq-a}\n\n```md\n$$\ny\n$$ {#eq-b}\n```\n\nAfter $z$.\n");
  const types = tree.children.map((node) => node.type);
  assert.deepEqual(types, ["math", "code", "paragraph"]);
  const code = tree.children[1] as { value: string };
  assert.equal(code.value, "$$\ny\n$$ {#eq-b}");
  assert.equal(tree.children[2]?.position?.start.line, 11, "lines stay those of the file");
});

test("equations get a \\tag and an id, references read Equation (n)", () => {
  const $ = render("See @eq-b.\n\n$$\na\n$$ {#eq-a}\n\n$$ b $$ {#eq-b}\n\nThen @eq-a.\n");
  assert.equal($("#eq-a").attr("tabindex"), "-1");
  assert.ok($("#eq-b").is(".math-display"));
  assert.deepEqual(
    $("a.xref")
      .toArray()
      .map((a) => [$(a).attr("href"), spaced($(a).text())]),
    [
      ["#eq-b", "Equation (2)"],
      ["#eq-a", "Equation (1)"],
    ],
  );
});

test("sections are numbered by their place in the outline; words follow the language", () => {
  const $ = render("## A\n\n## B {#sec-b}\n\n### C {#sec-c}\n\n@sec-b, @sec-c\n", "ja");
  assert.deepEqual(
    $("a.xref")
      .toArray()
      .map((a) => spaced($(a).text())),
    ["節 2", "節 2.1"],
  );
  assert.equal($("h2#sec-b").text(), "B");
  assert.equal($('h2#sec-b a.anchor[href="#sec-b"]').length, 1, "its own link goes to the id");
  assert.equal($("h2").first().attr("id"), "a");
});

test("only fig-, eq-, tbl- and sec- are cross-references, and only in running text", () => {
  const tree = parseMarkdown(
    "@fig-a @smith2020 me@fig-b.org `@eq-c` [@sec-d](x) $@tbl-e$ <b>@eq-f</b> @tbl-h.\n",
  );
  assert.deepEqual(
    findReferences(tree).map((reference) => reference.label),
    ["fig-a", "tbl-h"],
  );
});

test("an unknown reference stays as written; a callout loses its marker", () => {
  const $ = render("@fig-nowhere\n\n> [!CAUTION]\n> Hot.\n");
  assert.equal($("a.xref").length, 0);
  assert.match($.root().text(), /@fig-nowhere/);
  assert.equal($(".callout-caution .callout-title").text(), "Caution");
  assert.equal($(".callout-caution").text(), "CautionHot.");
});

test("a quote that only starts like an alert stays a quote", () => {
  const $ = render("> [!NOTE] is how GitHub writes alerts.\n\n> [!FOO]\n> x\n");
  assert.equal($(".callout").length, 0);
  assert.equal($("blockquote").length, 2);
});

test("a table caption may come before its table, and one without a label has no number", () => {
  const $ = render(
    ": Labelled {#tbl-a}\n\n| a |\n| - |\n| 1 |\n\n| b |\n| - |\n| 2 |\n\n: Plain caption\n\nSee @tbl-a.\n",
  );
  const figures = $("figure.post-table");
  assert.equal(figures.length, 2);
  assert.equal(spaced(figures.eq(0).children("figcaption").text()), "Table 1: Labelled");
  assert.equal(figures.eq(0).attr("id"), "tbl-a");
  assert.equal(figures.eq(1).children("figcaption").text(), "Plain caption");
  assert.equal(figures.eq(1).find(".caption-number").length, 0);
  assert.equal($("p").filter((_, p) => $(p).text().startsWith(":")).length, 0);
});

test("a regional tag reads its language's words, as the interface table reads them", () => {
  const words = (lang: string) =>
    render(
      "![A chart](a.png){#fig-a}\n\n@fig-a\n",
      lang,
    )("a.xref")
      .text()
      .replace(/\u00A0/g, " ");
  assert.equal(words("zh-TW"), "圖 1");
  assert.equal(words("zh-CN"), "图 1");
  assert.equal(words("pt-BR"), "Figura 1");
  assert.equal(words("it"), "Figure 1");
});
