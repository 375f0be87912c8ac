import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { load } from "cheerio";
import {
  highlightLines,
  lineHtml,
  splitLines,
} from "../../../../plugins/gatsby-remark-code-blocks/highlight";
import { parseInfoString } from "../../../../plugins/gatsby-remark-code-blocks/info-string";
import { codeLabels } from "../../../../plugins/gatsby-remark-code-blocks/labels";
import { resolveLanguage } from "../../../../plugins/gatsby-remark-code-blocks/languages";
import { renderCodeBlock } from "../../../../plugins/gatsby-remark-code-blocks/render";

function render(code: string, lang: string | null, meta: string | null = null, postLang = "en") {
  return load(
    renderCodeBlock(code, parseInfoString(lang, meta), codeLabels(postLang)),
    null,
    false,
  );
}

describe("language names", () => {
  test("aliases name Prism's grammars, in any case", () => {
    const ids = Object.fromEntries(
      ["js", "ts", "tsx", "py", "sh", "bash", "shell", "yml", "json", "diff", "latex", "tex"].map(
        (name) => {
          const language = resolveLanguage(name);
          return [name, language.kind === "grammar" ? language.id : language.kind];
        },
      ),
    );
    assert.deepEqual(ids, {
      js: "javascript",
      ts: "typescript",
      tsx: "tsx",
      py: "python",
      sh: "bash",
      bash: "bash",
      shell: "bash",
      yml: "yaml",
      json: "json",
      diff: "diff",
      latex: "latex",
      tex: "latex",
    });
    assert.deepEqual(resolveLanguage("TypeScript"), {
      kind: "grammar",
      id: "typescript",
      title: "TypeScript",
    });
  });

  test("plain-text names and unknown names", () => {
    assert.equal(resolveLanguage("text").kind, "plain");
    assert.equal(resolveLanguage(null).kind, "plain");
    assert.deepEqual(resolveLanguage("klingon"), { kind: "unknown", name: "klingon" });
  });
});

describe("lines", () => {
  test("a token that spans lines is closed at each line end and opened again", () => {
    const lines = highlightLines("let a = 1; /* one\ntwo */ let b;", "javascript");
    assert.equal(lines.length, 2);
    const first = load(`<div>${lines[0]}</div>`, null, false);
    const second = load(`<div>${lines[1]}</div>`, null, false);
    assert.equal(first(".token.comment").text(), "/* one");
    assert.equal(second(".token.comment").text(), "two */");
    assert.equal(second(".token.keyword").text(), "let");
    // Every line is balanced: what it opens, it closes.
    for (const line of lines) {
      assert.equal(line.match(/<span/g)?.length, line.match(/<\/span>/g)?.length, line);
    }
  });

  test("nested tokens are re-opened with their parents", () => {
    const lines = splitLines([
      { text: "a\nb", wrappers: [{ className: "token outer", key: 1 }] },
      {
        text: "c\nd",
        wrappers: [
          { className: "token outer", key: 1 },
          { className: "token inner", key: 2 },
        ],
      },
    ]);
    assert.deepEqual(lines.map(lineHtml), [
      '<span class="token outer">a</span>',
      '<span class="token outer">b<span class="token inner">c</span></span>',
      '<span class="token outer"><span class="token inner">d</span></span>',
    ]);
  });

  test("empty lines, and Windows line ends, stay lines", () => {
    assert.deepEqual(highlightLines("a\r\n\r\nb", null), ["a", "", "b"]);
    assert.deepEqual(highlightLines("", null), [""]);
  });

  test("<script> and & in code stay text, highlighted or not", () => {
    const code = '<script>alert("&amp;")</script>';
    for (const lang of ["html", "klingon", null]) {
      const $ = render(code, lang);
      assert.equal($("script").length, 0, `${lang}: a script element was made`);
      assert.equal($("code").text(), code, `${lang}`);
    }
  });
});

describe("the rendered block", () => {
  test("title, language, keyboard-scrollable pre, hidden copy button, classes only", () => {
    const $ = render("const a = 1;\nconst b = 2;\nconst c = 3;", "ts", 'title="src/a.ts" {2}');
    const figure = $("figure.code-block");
    assert.equal(figure.length, 1);
    assert.equal(figure.children().first().is("figcaption.code-header"), true);
    assert.equal($("figcaption .code-title").text(), "src/a.ts");
    assert.equal($(".code-language").text(), "TypeScript");
    assert.equal($("pre").attr("tabindex"), "0");
    assert.equal($("code").attr("class"), "language-typescript");
    const button = $("button.code-copy");
    assert.equal(button.attr("type"), "button");
    assert.equal(button.is("[hidden]"), true);
    assert.equal(button.attr("data-pagefind-ignore"), "");
    assert.equal(button.attr("aria-label"), "Copy code: src/a.ts");
    assert.equal(button.text(), "Copy");
    assert.equal($("[style]").length, 0);
    assert.ok($(".token.keyword").length >= 3);
  });

  test("highlighted lines are <mark>, and the code's text is exactly the code", () => {
    const code = "one\ntwo\nthree\nfour";
    const $ = render(code, "text", "{2,4}");
    assert.deepEqual(
      $(".code-line")
        .toArray()
        .map((line) => [line.tagName, $(line).text()]),
      [
        ["span", "one\n"],
        ["mark", "two\n"],
        ["span", "three\n"],
        ["mark", "four"],
      ],
    );
    assert.equal($("code").text(), code);
  });

  test("an unknown or missing language is plain escaped text with no tokens", () => {
    const unknown = render("x <- 1", "klingon");
    assert.equal(unknown(".token").length, 0);
    assert.equal(unknown(".code-language").text(), "klingon");
    assert.equal(unknown("code").attr("class"), "language-none");
    const missing = render("x", null);
    assert.equal(missing(".code-language").length, 0);
    assert.equal(missing(".code-header").prop("tagName"), "DIV");
    assert.equal(missing("figcaption").length, 0);
  });

  test("a Japanese post gets Japanese button words", () => {
    const $ = render("x", "ts", null, "ja");
    assert.equal($("button").text(), "コピー");
    assert.equal($("button").attr("data-copied-label"), "コピーしました");
  });
});
