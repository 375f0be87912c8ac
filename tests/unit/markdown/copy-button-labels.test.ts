import assert from "node:assert/strict";
import { test } from "node:test";
import { load } from "cheerio";
import { uiStrings } from "../../../src/lib/i18n/ui-strings";
import { labelCopyButtons } from "../../../src/lib/markdown/copy-button-labels";

const PLAIN =
  '<button type="button" class="code-copy" hidden="" data-pagefind-ignore="" aria-label="Copy code" data-copied-label="Copied" data-failed-label="Copying is not available">Copy</button>';
const TITLED =
  '<button type="button" class="code-copy" hidden="" aria-label="Copy code: a &amp; b.ts" data-code-title="a &amp; b.ts" data-copied-label="Copied" data-failed-label="x">Copy</button>';

test("copy buttons are named in the page's language, with the code block's title", () => {
  const $ = load(labelCopyButtons(`<div>${PLAIN}<pre>code</pre>${TITLED}</div>`, uiStrings("ru")));
  const [plain, titled] = [$("button").eq(0), $("button").eq(1)];
  assert.equal(plain.text(), "Копировать");
  assert.equal(plain.attr("aria-label"), "Копировать код");
  assert.equal(plain.attr("data-copied-label"), "Скопировано");
  assert.ok(plain.is("[hidden]"));
  assert.equal(titled.attr("aria-label"), "Копировать код: a & b.ts");
  assert.match(titled.attr("data-failed-label") ?? "", /Ctrl\+C/);
  assert.equal($("pre").text(), "code");
});

test("other buttons and text are left as they are", () => {
  const html = '<button type="button" class="other">Copy</button><p>Copy</p>';
  assert.equal(labelCopyButtons(html, uiStrings("fa")), html);
});
