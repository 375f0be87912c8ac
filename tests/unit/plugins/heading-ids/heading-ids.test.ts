import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { test } from "node:test";
import { load } from "cheerio";
import type { Root } from "mdast";
import gatsbyRemarkHeadingIds from "../../../../plugins/gatsby-remark-heading-ids";
import { headingIds } from "../../../../plugins/gatsby-remark-heading-ids/heading-ids";
import { parseMarkdown } from "../../../../src/lib/content-check/markdown-tree";
import { remarkTransformerOptions } from "../../../../src/lib/markdown/dialect";
import { renderMarkdown } from "../../../support/markdown-html";

type RemarkPlugin = (args: { markdownAST: Root }, options: Record<string, unknown>) => unknown;

// The plugin ships no types; it is loaded as gatsby-transformer-remark loads it.
const autolinkHeaders = createRequire(__filename)("gatsby-remark-autolink-headers") as RemarkPlugin;

/** The options the site gives gatsby-remark-autolink-headers (src/lib/markdown/dialect.ts). */
function autolinkOptions(): Record<string, unknown> {
  const plugins = remarkTransformerOptions(true).plugins as Array<
    string | { resolve: string; options: Record<string, unknown> }
  >;
  const entry = plugins.find(
    (plugin) => typeof plugin !== "string" && plugin.resolve === "gatsby-remark-autolink-headers",
  );
  assert.ok(entry !== undefined && typeof entry !== "string");
  return entry.options;
}

/** Renders Markdown through this plugin and then autolink-headers, as the site does. */
function render(markdown: string) {
  const html = renderMarkdown(markdown, (tree) => {
    gatsbyRemarkHeadingIds({ markdownAST: tree });
    autolinkHeaders({ markdownAST: tree }, autolinkOptions());
  });
  return load(html, null, false);
}

function ids(markdown: string): string[] {
  return headingIds(parseMarkdown(markdown)).map((entry) => entry.id);
}

test("inline code, links and formulas count with their text; a formula with its TeX", () => {
  assert.deepEqual(
    ids(
      [
        "## Using `map()` in [JavaScript](https://example.org/)",
        "## The $\\ell_1$ Penalty",
        "## **Bold** and _emphasis_",
        "## An ![icon](icon.png) inside",
      ].join("\n\n"),
    ),
    ["using-map-in-javascript", "the-ell_1-penalty", "bold-and-emphasis", "an-icon-inside"],
  );
});

test("a link's title stands for its text, as mdast-util-to-string and earlier ids had it", () => {
  assert.deepEqual(ids('## See [the docs](https://example.org/ "Docs")'), ["see-docs"]);
});

test("headings in block quotes and lists count, in document order", () => {
  assert.deepEqual(ids("> ## Quoted\n\n- ## Listed\n\n## Quoted"), [
    "quoted",
    "listed",
    "quoted-1",
  ]);
});

test("every level gets an id, and each heading's own link points at it", () => {
  const markdown = [
    "## Two",
    "### Three",
    "#### Four",
    "##### Five",
    "###### Six",
    "## 機械学習／データサイエンス",
    "## Using `code` and $x^2$",
    "## Two",
  ].join("\n\n");
  const $ = render(markdown);
  const headings = $("h2, h3, h4, h5, h6").toArray();
  assert.deepEqual(
    headings.map((heading) => $(heading).attr("id")),
    [
      "two",
      "three",
      "four",
      "five",
      "six",
      "機械学習データサイエンス",
      "using-code-and-x2",
      "two-1",
    ],
  );
  for (const heading of headings) {
    const href = $(heading).find("a.anchor").attr("href") ?? "";
    assert.equal(decodeURIComponent(href), `#${$(heading).attr("id")}`);
  }
});

test("a post with # sections renders them as h2, the rest one level down, ids unchanged", () => {
  const $ = render("# Intro\n\n## Detail\n\n# 機械学習／データサイエンス\n\n###### Deepest");
  assert.equal($("h1").length, 0);
  assert.deepEqual(
    $("h2, h3, h4, h5, h6")
      .toArray()
      .map((heading) => `${heading.tagName} ${$(heading).attr("id")}`),
    ["h2 intro", "h3 detail", "h2 機械学習データサイエンス", "h6 deepest"],
  );
});

test("a post without # headings keeps its levels", () => {
  const $ = render("## Section\n\n### Sub");
  assert.deepEqual(
    $("h2, h3")
      .toArray()
      .map((heading) => heading.tagName),
    ["h2", "h3"],
  );
});
