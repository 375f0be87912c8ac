import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { load, type CheerioAPI } from "cheerio";
import { rewriteGfm } from "../../../../plugins/gatsby-remark-accessible-gfm";
import { parseMarkdown } from "../../../../src/lib/content-check/markdown-tree";
import { collectAnchors } from "../../../../src/lib/content-check/page-anchors";
import { renderMarkdown } from "../../../support/markdown-html";

function render(markdown: string, lang = "en"): CheerioAPI {
  return load(
    renderMarkdown(markdown, (tree) => rewriteGfm(tree, lang)),
    null,
    false,
  );
}

function ids($: CheerioAPI): string[] {
  return $("[id]")
    .toArray()
    .map((element) => $(element).attr("id") ?? "");
}

const FOOTNOTES = `Text with a note[^later] and an inline one^[Inline *note*.] and the first again[^later].
Then a third[^a].

[^a]: Third note, which refers to [^later].

[^later]: A note defined last but referred to first.

[^unused]: Never referred to.
`;

describe("footnotes", () => {
  test("numbered in order of first reference, whatever their labels", () => {
    const $ = render(FOOTNOTES);
    assert.deepEqual(
      $("p")
        .first()
        .find("sup.footnote-ref a")
        .toArray()
        .map((link) => [$(link).text(), $(link).attr("href"), $(link).attr("id")]),
      [
        ["1", "#fn-later", "fnref-later"],
        ["2", "#fn-1", "fnref-1"],
        ["1", "#fn-later", "fnref-later-2"],
        ["3", "#fn-a", "fnref-a"],
      ],
    );
  });

  test("a section labelled by its Footnotes heading, notes in number order, unused ones left out", () => {
    const $ = render(FOOTNOTES);
    const section = $("section.footnotes");
    assert.equal(section.length, 1);
    assert.equal(section.attr("aria-labelledby"), "footnote-label");
    assert.equal(section.find("h2#footnote-label").text(), "Footnotes");
    assert.deepEqual(
      section
        .find("ol > li")
        .toArray()
        .map((item) => $(item).attr("id")),
      ["fn-later", "fn-1", "fn-a"],
    );
    assert.ok(!$.html().includes("Never referred to"));
    // Definitions are not left where they were written.
    assert.equal($("section.footnotes").prevAll().text().includes("defined last"), false);
    assert.equal($("div.footnotes, hr").length, 0);
  });

  test("back links with names, one per reference, and a reference inside a note", () => {
    const $ = render(FOOTNOTES);
    const backLinks = $("a.footnote-backref")
      .toArray()
      .map((link) => [
        $(link).closest("li").attr("id"),
        $(link).attr("href"),
        $(link).attr("aria-label"),
      ]);
    assert.deepEqual(backLinks, [
      ["fn-later", "#fnref-later", "Back to reference 1"],
      ["fn-later", "#fnref-later-2", "Back to reference 1, occurrence 2"],
      ["fn-later", "#fnref-later-3", "Back to reference 1, occurrence 3"],
      ["fn-1", "#fnref-1", "Back to reference 2"],
      ["fn-a", "#fnref-a", "Back to reference 3"],
    ]);
    assert.equal($("#fn-a a.footnote-call").attr("id"), "fnref-later-3");
    assert.equal($("#fn-1 em").text(), "note");
  });

  test("every #anchor resolves, no id repeats, and the checks know the note ids", () => {
    const $ = render(FOOTNOTES);
    const all = ids($);
    assert.deepEqual(all, [...new Set(all)]);
    for (const link of $("a[href^='#']").toArray()) {
      const target = ($(link).attr("href") ?? "").slice(1);
      assert.ok(all.includes(target), `#${target} has no element`);
    }
    const known = collectAnchors(parseMarkdown(FOOTNOTES));
    for (const id of all.filter((id) => /^fn-|^fnref-[^-]+$/.test(id))) {
      assert.ok(known.includes(id), `the content checks do not know #${id}`);
    }
  });

  test("a post without footnotes gets no section", () => {
    assert.equal(render("Just text.")("section").length, 0);
  });

  test("Japanese labels in a Japanese post", () => {
    const $ = render("本文[^1]。\n\n[^1]: 注。", "ja");
    assert.equal($("#footnote-label").text(), "脚注");
    assert.equal($(".footnote-backref").attr("aria-label"), "参照 1 に戻る");
  });
});

describe("tables", () => {
  test("a focusable region named after its columns, around the table", () => {
    const $ = render("| Model | Parameters |\n|---|--:|\n| BERT | 340M |\n");
    const region = $("div.table-scroll");
    assert.equal(region.attr("role"), "region");
    assert.equal(region.attr("tabindex"), "0");
    assert.equal(region.attr("aria-label"), "Table: Model, Parameters");
    assert.equal(region.children("table").length, 1);
    assert.equal($("td").last().attr("align"), "right");
  });

  test("many columns are cut short; a table without header text gets a number", () => {
    const wide = render("| a | b | c | d | e |\n|---|---|---|---|---|\n| 1 | 2 | 3 | 4 | 5 |\n");
    assert.equal(wide(".table-scroll").attr("aria-label"), "Table: a, b, c, d, …");
    const blank = render("| x |\n|---|\n| 1 |\n\n|  |\n|---|\n| 2 |\n");
    assert.deepEqual(
      blank(".table-scroll")
        .toArray()
        .map((region) => blank(region).attr("aria-label")),
      ["Table: x", "Table 2"],
    );
  });

  test("strikethrough inside a cell is <del>", () => {
    const $ = render("| a |\n|---|\n| ~~old~~ new |\n");
    assert.equal($("td del").text(), "old");
  });
});

describe("task lists", () => {
  test("no unlabelled checkbox: a drawn box and words for screen readers", () => {
    const $ = render("- [x] Write the tests\n- [ ] Ship it\n- plain item\n");
    assert.equal($("input").length, 0);
    assert.equal($("ul").attr("class"), "task-list");
    const items = $("li")
      .toArray()
      .map((item) => [$(item).attr("class") ?? "", $(item).text()]);
    assert.deepEqual(items, [
      ["task-list-item", "Done: Write the tests"],
      ["task-list-item", "To do: Ship it"],
      ["", "plain item"],
    ]);
    assert.equal($(".task-state-done .visually-hidden").text(), "Done: ");
    assert.equal($(".task-state-todo .visually-hidden").text(), "To do: ");
  });

  test("loose task lists keep the marker inside the item's paragraph", () => {
    const $ = render("- [x] First\n\n  More text.\n\n- [ ] Second\n");
    assert.equal($("li").first().children("p").first().children(".task-state").length, 1);
  });
});
