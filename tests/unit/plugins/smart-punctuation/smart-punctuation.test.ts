import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { load } from "cheerio";
import type { Heading } from "mdast";
import { parseMarkdown } from "../../../../src/lib/content-check/markdown-tree";
import { smartenText } from "../../../../plugins/gatsby-remark-smart-punctuation/punctuation";
import { smartenTree } from "../../../../plugins/gatsby-remark-smart-punctuation/tree";
import { renderMarkdown } from "../../../support/markdown-html";

/** The HTML of one paragraph of Markdown with smart punctuation applied, without the <p>. */
function smart(markdown: string): string {
  const html = renderMarkdown(markdown, (tree) => smartenTree(tree, markdown));
  return html.replace(/^<p>/, "").replace(/<\/p>$/, "");
}

describe("quotes, dashes and ellipses in text", () => {
  test("double and single quotes pair, apostrophes inside words", () => {
    assert.equal(
      smartenText(`"Hello," she said. "It's 'fine'."`),
      "\u201CHello,\u201D she said. \u201CIt\u2019s \u2018fine\u2019.\u201D",
    );
  });

  test("elisions and decades", () => {
    assert.equal(smartenText("rock 'n' roll"), "rock \u2019n\u2019 roll");
    assert.equal(smartenText("the '90s and '99"), "the \u201990s and \u201999");
    assert.equal(smartenText("'tis 'em"), "\u2019tis \u2019em");
    assert.equal(smartenText("a quoted '90' here"), "a quoted \u201890\u2019 here");
    assert.equal(smartenText("students' books, don't"), "students\u2019 books, don\u2019t");
  });

  test("dashes and ellipses", () => {
    assert.equal(smartenText("1990--2000"), "1990\u20132000");
    assert.equal(smartenText("yes---no"), "yes\u2014no");
    assert.equal(smartenText("a -- b"), "a \u2013 b");
    assert.equal(smartenText("wait... what"), "wait\u2026 what");
  });

  test("command-line options, arrows and other runs are left as typed", () => {
    assert.equal(smartenText("run with --force or (--dry-run)"), "run with --force or (--dry-run)");
    assert.equal(smartenText("a --> b <-- c"), "a --> b <-- c");
    assert.equal(smartenText("a ---- b .... c .. d"), "a ---- b .... c .. d");
  });

  test("Japanese text: quotes pair without spaces, Japanese punctuation untouched", () => {
    assert.equal(
      smartenText(`日本語の"テスト"です。'引用'も。`),
      "日本語の\u201Cテスト\u201Dです。\u2018引用\u2019も。",
    );
    const japanese = "「こんにちは」と彼は言った……『本』（注）、ー―";
    assert.equal(smartenText(japanese), japanese);
  });
});

describe("only text nodes change", () => {
  test("a quote around **bold** or a link pairs across the boundary", () => {
    assert.equal(smart(`"**bold** word"`), "\u201C<strong>bold</strong> word\u201D");
    assert.equal(
      smart(`Jane, "[A paper](https://example.org/a--b)." 2020.`),
      'Jane, \u201C<a href="https://example.org/a--b">A paper</a>.\u201D 2020.',
    );
    assert.equal(smart(`'*it*'`), "\u2018<em>it</em>\u2019");
  });

  test("inline code, math and raw HTML keep their quotes", () => {
    assert.equal(
      smart(`Use \`"a" -- b...\` and $f'(x) = "y"$ then <span title="x">"q"</span>.`),
      `Use <code>"a" -- b...</code> and <span class="math math-inline">f'(x) = "y"</span> then ` +
        `<span title="x">\u201Cq\u201D</span>.`,
    );
  });

  test("code blocks and display math are not text", () => {
    const markdown = '```\n"a" -- b...\n```\n\n$$\n"x" -- y\n$$\n';
    const html = renderMarkdown(markdown, (tree) => smartenTree(tree, markdown));
    assert.ok(html.includes('"a" -- b...'), html);
    assert.ok(html.includes('"x" -- y'), html);
  });

  test("URLs: autolinks, bare URLs and link targets keep their characters", () => {
    const markdown =
      "See <https://example.org/it's--here...> and www.example.org/a--b and https://x.org/'q'/ too";
    const $ = load(renderMarkdown(markdown, (tree) => smartenTree(tree, markdown)));
    const links = $("a")
      .toArray()
      .map((link) => [$(link).attr("href"), $(link).text()]);
    assert.deepEqual(links, [
      ["https://example.org/it's--here...", "https://example.org/it's--here..."],
      ["http://www.example.org/a--b", "www.example.org/a--b"],
      ["https://x.org/'q'/", "https://x.org/'q'/"],
    ]);
    assert.equal(
      smartenText("plain https://a.example/x--y's..."),
      "plain https://a.example/x--y's...",
    );
  });

  test("image alt text is an attribute and is left alone", () => {
    assert.equal(
      smart(`!["Chart" -- 2020](c.png)`),
      `<img src="c.png" alt="&#x22;Chart&#x22; -- 2020">`,
    );
  });

  test("escaped quotes and character references stay straight", () => {
    assert.equal(
      smart(`5'10\\" and \\"as typed\\" and &quot;this&quot;`),
      `5\u201910" and "as typed" and "this"`,
    );
    assert.equal(smart(`a \\-- b and \\... c`), "a -- b and ... c");
  });

  test("escapes are found inside block quotes and lists too", () => {
    const markdown = '> first line\n> \\"kept\\" and "curly"\n\n- item \\"kept\\"\n';
    const html = renderMarkdown(markdown, (tree) => smartenTree(tree, markdown));
    assert.ok(html.includes('"kept" and \u201Ccurly\u201D'), html);
    assert.ok(html.includes('item "kept"'), html);
  });

  test("a heading's text changes but the id given to it before does not", () => {
    const tree = parseMarkdown(`## It's "fine"`);
    const heading = tree.children[0] as Heading;
    heading.data = { hProperties: { id: "its-fine" } };
    smartenTree(tree, `## It's "fine"`);
    assert.deepEqual(heading.children, [
      { ...heading.children[0], value: "It\u2019s \u201Cfine\u201D" },
    ]);
    assert.deepEqual(heading.data, { hProperties: { id: "its-fine" } });
  });

  test("table cells are separate runs", () => {
    const markdown = `| "a | b" |\n|---|---|\n| it's | x |`;
    const html = renderMarkdown(markdown, (tree) => smartenTree(tree, markdown));
    assert.ok(html.includes("<th>\u201Ca</th>"), html);
    assert.ok(html.includes("<th>b\u201D</th>"), html);
    assert.ok(html.includes("<td>it\u2019s</td>"), html);
  });
});
