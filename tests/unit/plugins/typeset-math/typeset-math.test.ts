import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { describe, test } from "node:test";
import { load } from "cheerio";
import katex from "katex";
import type { Root } from "mdast";
import { KATEX_OPTIONS } from "../../../../src/lib/markdown/dialect";
import { renderMarkdown } from "../../../support/markdown-html";

type RemarkPlugin = ((args: { markdownAST: Root }, options: Record<string, unknown>) => void) & {
  setParserPlugins: () => unknown[];
};
const load_ = createRequire(import.meta.url);
const typesetMath = load_("../../../../plugins/gatsby-remark-typeset-math") as RemarkPlugin;
const gatsbyRemarkKatex = load_("gatsby-remark-katex") as RemarkPlugin;

/** What gatsby-transformer-remark would give a post with each plugin in the chain. */
function withPlugin(markdown: string, plugin: RemarkPlugin): string {
  return renderMarkdown(markdown, (tree) => plugin({ markdownAST: tree }, { ...KATEX_OPTIONS }));
}

/** The page as a browser builds it: both outputs through the same HTML parser. */
function asParsed(html: string): string {
  return load(html, null, false).html();
}

const POSTS: Record<string, string> = {
  "inline and display": "Energy $E = mc^2$ and\n\n$$\n\\int_0^1 x^2\\,dx = \\frac{1}{3}\n$$\n",
  "characters HTML escapes": "Compare $a < b \\;\\&\\; c > d$ and $\\text{\"quoted\" & 'single'}$.",
  "text in other scripts": "$\\text{日本語} + \\text{Ελληνικά} = \\text{العربية}$",
  "a formula KaTeX cannot read, shown in red":
    "Broken $\\frac{1}{$ formula and $\\unknownmacro{x}$.",
  "in a table, a heading and a footnote":
    "## Loss $\\mathcal{L}$\n\n| a | b |\n| - | - |\n| $x_1$ | $y^2$ |\n\nText.[^1]\n\n[^1]: Note $\\alpha$.\n",
  "a numbered formula": "$$\nf(x) = x \\tag{3}\n$$\n",
};

describe("gatsby-remark-typeset-math", () => {
  test("provides gatsby-remark-katex's parser", () => {
    assert.deepEqual(typesetMath.setParserPlugins(), gatsbyRemarkKatex.setParserPlugins());
  });

  for (const [name, markdown] of Object.entries(POSTS)) {
    test(`gives the page gatsby-remark-katex's elements: ${name}`, () => {
      const ours = withPlugin(markdown, typesetMath);
      const theirs = withPlugin(markdown, gatsbyRemarkKatex);
      assert.match(ours, /class="katex/);
      assert.equal(asParsed(ours), asParsed(theirs));
    });
  }

  test("puts KaTeX's markup in as KaTeX wrote it, inside remark-math's elements", () => {
    const html = withPlugin("A $x^2$ b.\n\n$$\ny\n$$\n", typesetMath);
    const inline = katex.renderToString("x^2", { ...KATEX_OPTIONS, displayMode: false });
    const display = katex.renderToString("y", { ...KATEX_OPTIONS, displayMode: true });
    assert.ok(html.includes(`<span class="math math-inline">${inline}</span>`), html);
    assert.ok(html.includes(`<div class="math math-display">${display}</div>`), html);
  });
});
