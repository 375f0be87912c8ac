import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { load, type CheerioAPI } from "cheerio";
import { loadPage } from "../support/built-site";
import { buildFixtureSite, postMarkdown, type FixtureBuild } from "../support/fixture-site";
import {
  FEATURES_DESCRIPTION,
  FEATURES_POST,
  FEATURES_SLUG,
  PRICE_CODE,
  SCRIPT_CODE,
  SHELL_CODE,
} from "../support/markdown-features-post";

const JAPANESE_POST = {
  folder: "japanese-notes",
  markdown: postMarkdown(
    { title: "日本語の記事", date: "2021-06-02", tags: ["ja"] },
    '日本語の"テスト"です[^1]。\n\n```py\nprint("こんにちは")\n```\n\n[^1]: 注です。\n',
  ),
};

describe("Markdown features in a built post", () => {
  let site: FixtureBuild;
  let $: CheerioAPI;

  before(() => {
    site = buildFixtureSite("markdown", [FEATURES_POST, JAPANESE_POST]);
    assert.equal(site.status, 0, site.output);
    $ = loadPage(FEATURES_SLUG, site.publicFolder);
  });

  after(() => site?.remove());

  const blocks = () => $(".post-body figure.code-block");

  test("code blocks: title, language, scrollable pre, hidden copy button", () => {
    assert.equal(blocks().length, 3);
    const first = blocks().eq(0);
    assert.equal(first.find("figcaption.code-header .code-title").text(), "src/price.ts");
    assert.equal(first.find(".code-language").text(), "TypeScript");
    assert.equal(first.find("pre").attr("tabindex"), "0");
    const button = first.find("button.code-copy");
    assert.equal(button.is("[hidden]"), true);
    assert.equal(button.is("[data-pagefind-ignore]"), true);
    assert.ok(first.find(".token.keyword").length >= 3);
    assert.equal($(".post-body .code-block [style]").length, 0, "tokens must be classes only");
    const shell = blocks().eq(1);
    assert.equal(shell.find(".code-title").text(), "install.sh");
    assert.equal(shell.find(".code-language").text(), "Shell");
  });

  test("the code's text is exactly the source, $ signs and quotes included", () => {
    assert.equal(blocks().eq(0).find("pre code").text(), PRICE_CODE);
    assert.equal(blocks().eq(1).find("pre code").text(), SHELL_CODE);
    assert.equal(blocks().eq(2).find("pre code").text(), SCRIPT_CODE);
    assert.equal($(".post-body code .katex, .post-body pre .katex").length, 0);
    assert.equal($(".post-body p code").first().text(), '"inline" -- $code$');
  });

  test("highlighted lines are marks, and a comment spanning lines is split per line", () => {
    const marks = blocks().eq(0).find("mark.code-line");
    assert.deepEqual(
      marks.toArray().map((mark) => $(mark).text().trimEnd()),
      ["/* a comment that", "const total = `$${price}$` + $x$;", PRICE_CODE.split("\n")[4]],
    );
    const comments = blocks()
      .eq(0)
      .find(".code-line > .token.comment")
      .toArray()
      .map((token) => $(token).text());
    assert.deepEqual(comments, ["/* a comment that", "   spans two lines */"]);
  });

  test("an unknown language is escaped plain text, and the build warned about it", () => {
    const unknown = blocks().eq(2);
    assert.equal(unknown.find(".token").length, 0);
    assert.equal($(".post-body script").length, 0);
    assert.match(
      site.output,
      // One warning of its rule: the grouped report gives its count, rule and message on one line.
      /1 warning \[code\/[a-z-]+\]: code block language `tyepscript`.*did you mean `typescript`\?/,
    );
  });

  test("real math next to code is typeset", () => {
    const annotations = $(".post-body .katex annotation")
      .toArray()
      .map((annotation) => $(annotation).text().trim());
    assert.deepEqual(annotations, ["E = mc^2", "\\int_0^1 x \\, dx = \\frac{1}{2}"]);
  });

  test("smart punctuation in text; heading id and frontmatter as typed", () => {
    const heading = $(".post-body h2").first();
    assert.equal(heading.attr("id"), "its-quoted----here");
    assert.equal(heading.text(), "It\u2019s \u201Cquoted\u201D \u2013 here");
    assert.equal(heading.find("a.anchor").attr("href"), "#its-quoted----here");
    const intro = $(".post-body p").first();
    assert.equal(
      intro.text(),
      "Intro \u201Cbold word\u201D and rock \u2019n\u2019 roll in the \u201990s\u2026 with " +
        '"inline" -- $code$ and E=mc2E = mc^2E=mc2.',
    );
    assert.equal($(".post-description").text(), FEATURES_DESCRIPTION);
  });

  test("a wide table scrolls in a named, focusable region", () => {
    const region = $(".post-body .table-scroll");
    assert.equal(region.attr("role"), "region");
    assert.equal(region.attr("tabindex"), "0");
    assert.equal(region.attr("aria-label"), "Table: Model, Parameters, Training data, Notes");
    assert.equal(region.children("table").length, 1);
  });

  test("task lists have no unlabelled checkbox; strikethrough is <del>", () => {
    assert.equal($(".post-body input").length, 0);
    assert.deepEqual(
      $(".post-body .task-list-item")
        .toArray()
        .map((item) => $(item).text()),
      ["Done: Write the post", "To do: Publish it"],
    );
    assert.equal($(".post-body del").text(), "Old claim");
  });

  test("footnotes: numbered, in a labelled section, with named back links", () => {
    const calls = $(".post-body a.footnote-call")
      .toArray()
      .map((link) => [$(link).text(), $(link).attr("href")]);
    assert.deepEqual(calls, [
      ["1", "#fn-note"],
      ["2", "#fn-1"],
      ["1", "#fn-note"],
    ]);
    const section = $(".post-body section.footnotes");
    assert.equal(section.find("h2#footnote-label").text(), "Footnotes");
    assert.equal(section.attr("aria-labelledby"), "footnote-label");
    assert.deepEqual(
      section
        .find(".footnote-backref")
        .toArray()
        .map((link) => $(link).attr("aria-label")),
      ["Back to reference 1", "Back to reference 1, occurrence 2", "Back to reference 2"],
    );
  });

  test("every #anchor on the page names an element, and no id repeats", () => {
    const ids = $("[id]")
      .toArray()
      .map((element) => $(element).attr("id") ?? "");
    assert.deepEqual(ids, [...new Set(ids)]);
    const fragments = $(".post-body a[href^='#']")
      .toArray()
      .map((link) => ($(link).attr("href") ?? "").slice(1));
    assert.ok(fragments.length >= 8, fragments.join(" "));
    for (const fragment of fragments) assert.ok(ids.includes(fragment), `#${fragment}`);
  });

  test("the feed carries the code without its button", () => {
    const rss = load(fs.readFileSync(path.join(site.publicFolder, "rss.xml"), "utf8"), {
      xml: true,
    });
    const item = rss("item")
      .toArray()
      .find((element) => rss(element).children("title").text() === "Markdown features");
    assert.ok(item, "the post is not in the feed");
    const body = load(rss(item).children("content\\:encoded").text(), null, false);
    assert.equal(body("button").length, 0);
    assert.equal(body("figure.code-block pre code").first().text(), PRICE_CODE);
  });

  test("a Japanese post gets Japanese words and pairs quotes without spaces", () => {
    const page = loadPage("/japanese-notes/", site.publicFolder);
    assert.equal(page(".post-body p").first().text(), "日本語の\u201Cテスト\u201Dです1。");
    assert.equal(page(".post-body .code-copy").text(), "コピー");
    assert.equal(page(".cite-this-post .code-copy").text(), "コピー");
    assert.equal(page("#footnote-label").text(), "脚注");
    assert.equal(page(".footnote-backref").attr("aria-label"), "参照 1 に戻る");
  });
});
