import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { describe, test } from "node:test";
import type { Root } from "mdast";
import mathSetting from "../../../../plugins/gatsby-remark-math-setting";
import { mathIsOn } from "../../../../plugins/gatsby-remark-math-setting/setting";
import { parseMarkdown, walkTree } from "../../../../src/lib/content-check/markdown-tree";
import { KATEX_OPTIONS, PARSER_FEATURES } from "../../../../src/lib/markdown/dialect";
import { renderMarkdown } from "../../../support/markdown-html";

type KatexPlugin = (args: { markdownAST: Root }, options: Record<string, unknown>) => void;
const katexPlugin = createRequire(import.meta.url)(
  "../../../../plugins/gatsby-remark-typeset-math",
) as KatexPlugin;

interface Post {
  frontmatter: Record<string, unknown>;
  siteMath?: boolean;
  basePath?: string;
}

/** The post's HTML as the build makes it: the math setting first, then KaTeX. */
function render(markdown: string, post: Post): string {
  return renderMarkdown(markdown, (tree) => {
    mathSetting(
      {
        markdownAST: tree,
        markdownNode: { frontmatter: post.frontmatter, internal: { content: markdown } },
        basePath: post.basePath,
      },
      {
        siteMath: post.siteMath ?? true,
        gfm: PARSER_FEATURES.gfm,
        footnotes: PARSER_FEATURES.footnotes,
      },
    );
    katexPlugin({ markdownAST: tree }, { ...KATEX_OPTIONS });
  });
}

const mathOff = (markdown: string): string => render(markdown, { frontmatter: { math: false } });

/** What the Markdown renders to when no parser ever knew about math. */
function withoutMath(markdown: string): string {
  return renderMarkdown(markdown, (tree) => {
    tree.children = parseMarkdown(markdown, { math: false }).children;
  });
}

describe("which posts have math", () => {
  test("a post's `math: true` or `math: false` wins; otherwise the site's setting", () => {
    assert.equal(mathIsOn(false, true), false);
    assert.equal(mathIsOn(true, false), true);
    assert.equal(mathIsOn(undefined, true), true);
    assert.equal(mathIsOn(undefined, false), false);
    // A value that is not a boolean is reported by the check, and means "the site decides".
    assert.equal(mathIsOn("no", true), true);
  });
});

describe("a post with math off", () => {
  test("keeps dollar amounts exactly as written", () => {
    const markdown = "We spent $18k/year … $5k/month on hosting.";
    assert.equal(mathOff(markdown), "<p>We spent $18k/year … $5k/month on hosting.</p>");
  });

  test("reads `\\$` as a dollar, as Markdown does, and the dollars around it stay text", () => {
    const markdown = "Pay \\$5 now, $10 later or $20 never.";
    assert.equal(mathOff(markdown), "<p>Pay $5 now, $10 later or $20 never.</p>");
  });

  test("keeps dollars inside emphasis and links, and the markup between two dollars", () => {
    assert.equal(
      mathOff("*From $5 to $10*, or **$20 and $30**."),
      "<p><em>From $5 to $10</em>, or <strong>$20 and $30</strong>.</p>",
    );
    assert.equal(
      mathOff("[$5 and $10](/prices/) a month."),
      '<p><a href="/prices/">$5 and $10</a> a month.</p>',
    );
    assert.equal(
      mathOff("It was $5 for [the book](/book/) and *$10* for `$x$`."),
      '<p>It was $5 for <a href="/book/">the book</a> and <em>$10</em> for <code>$x$</code>.</p>',
    );
  });

  test("renders a `$$` block as the paragraph of text it then is", () => {
    assert.equal(
      mathOff("Before.\n\n$$\nE = mc^2\n$$\n\nAfter."),
      "<p>Before.</p>\n<p>$$\nE = mc^2\n$$</p>\n<p>After.</p>",
    );
  });

  test("renders every Markdown construct as a parser without math would", () => {
    const markdown = [
      "# Costs: $5 and $10",
      "",
      "> Quoted $1 and",
      "> $2 over two lines.",
      "",
      "- a $3 item[^n] and a $4 one",
      "- | table | $5 | $6 |",
      "",
      "| a | b |",
      "| - | - |",
      "| $7 | $8 |",
      "",
      "[^n]: A note with $9 and $10.",
    ].join("\n");
    assert.equal(mathOff(markdown), withoutMath(markdown));
    assert.doesNotMatch(mathOff(markdown), /katex/);
  });

  test("adds the path prefix to root-relative links, as the transformer does after parsing", () => {
    const html = render("From $5 to $10: [prices](/prices/), [elsewhere](//cdn.example/).", {
      frontmatter: { math: false },
      basePath: "/blog",
    });
    assert.match(html, /href="\/blog\/prices\/"/);
    assert.match(html, /href="\/\/cdn\.example\/"/);
  });

  test("is parsed again only when it has something remark-math read as math", () => {
    const markdown = "No dollars at all, only [a link](/x/).";
    const tree = parseMarkdown(markdown);
    const children = tree.children;
    mathSetting(
      {
        markdownAST: tree,
        markdownNode: { frontmatter: { math: false }, internal: { content: markdown } },
      },
      { siteMath: true, gfm: true, footnotes: true },
    );
    assert.equal(tree.children, children);
  });
});

describe("a post with math on", () => {
  const markdown = "Euler: $e^{i\\pi} + 1 = 0$.";

  test("is typeset, by default and when the post asks while the site is off", () => {
    for (const post of [{ frontmatter: {} }, { frontmatter: { math: true }, siteMath: false }]) {
      assert.match(render(markdown, post), /class="katex"/);
    }
  });

  test("is off for every post that does not ask when the site's setting is off", () => {
    assert.equal(
      render(markdown, { frontmatter: {}, siteMath: false }),
      "<p>Euler: $e^{i\\pi} + 1 = 0$.</p>",
    );
  });

  test("keeps the tree the transformer parsed", () => {
    const tree = parseMarkdown(markdown);
    const children = tree.children;
    mathSetting(
      { markdownAST: tree, markdownNode: { frontmatter: {}, internal: { content: markdown } } },
      { siteMath: true, gfm: true, footnotes: true },
    );
    assert.equal(tree.children, children);
    let formulas = 0;
    walkTree(tree, (node) => {
      if (node.type === "inlineMath") formulas += 1;
    });
    assert.equal(formulas, 1);
  });
});
