import assert from "node:assert/strict";
import { test } from "node:test";
import { builtFileKind } from "../../../src/lib/integrity/built-file-kind";
import { checkBuiltFile } from "../../../src/lib/integrity/check-built-file";
import { replacementWords } from "../../../src/lib/integrity/replacement-words";

const NONE: ReadonlySet<string> = new Set();

test("pages, feeds, data and host files are rendered text; bundles are code; the rest is not read", () => {
  for (const file of [
    "index.html",
    "404.html",
    "ko-2/index.html",
    "rss.xml",
    "sitemap.xml",
    "feed.json",
    "page-data/app-data.json",
    "robots.txt",
    "manifest.webmanifest",
    "_headers",
    "_redirects",
  ]) {
    assert.equal(builtFileKind(`public/${file}`), "rendered", file);
  }
  for (const file of ["app-1a2b.js", "pagefind/pagefind.js", "styles.css", "app.js.map", "x.mjs"]) {
    assert.equal(builtFileKind(file), "code", file);
  }
  for (const file of [
    "og/home.png",
    "figure.svg",
    "katex/fonts/a.woff2",
    "pagefind/x.pf_fragment",
    "pagefind/wasm.unknown.pagefind",
    "headers",
  ]) {
    assert.equal(builtFileKind(file), null, file);
  }
  assert.equal(builtFileKind("public\\tags\\index.html"), "rendered");
});

test("a clean page in Japanese, Chinese and Korean passes", () => {
  const page = Buffer.from(
    "<!DOCTYPE html><html lang=ja><h1>ゼロから学ぶ “表現学習” 🎉</h1><p>从零开始 처음부터 — 🧠</p></html>",
  );
  assert.deepEqual(checkBuiltFile(page, "rendered", NONE), []);
});

test("NUL bytes and invalid UTF-8 fail in every kind of file", () => {
  const page = Buffer.concat([Buffer.from("<p>ゼ"), Buffer.from([0, 0]), Buffer.from("ロ</p>")]);
  for (const kind of ["rendered", "code"] as const) {
    assert.deepEqual(checkBuiltFile(page, kind, NONE), [
      { problem: { kind: "nul", offset: 6, length: 2 }, shown: "<p>ゼ␀␀ロ</p>" },
    ]);
  }
  const script = Buffer.concat([
    Buffer.from('var s="'),
    Buffer.from([0xe3, 0x83]),
    Buffer.from('";'),
  ]);
  assert.deepEqual(
    checkBuiltFile(script, "code", NONE).map((found) => found.problem),
    [{ kind: "invalid-utf8", offset: 7, length: 2, reason: "truncated" }],
  );
});

test("a U+FFFD passes where its word is a source's, and fails where it is not", () => {
  const accepted = replacementWords(
    "Bytes that are not UTF-8 decode to \uFFFD, so Café becomes Caf\uFFFD.",
  );
  const page = Buffer.from(
    "<p>decode to \uFFFD, so <em>Caf\uFFFD</em></p><li>ゼ\uFFFDロから</li><p>CAF\uFFFD</p>",
  );
  const found = checkBuiltFile(page, "rendered", accepted);
  assert.deepEqual(
    found.map((item) => [item.problem.offset, item.shown]),
    [[page.indexOf("ゼ") + 3, "…o <em>Caf�</em></p><li>ゼ�ロから</li><p>CAF�</p>"]],
  );
  // Without any source holding one, every U+FFFD of the page fails.
  assert.equal(checkBuiltFile(page, "rendered", NONE).length, 4);
});

test("a U+FFFD in a script or stylesheet is code's own and passes", () => {
  const script = Buffer.from('const REPLACEMENT="\uFFFD";');
  assert.deepEqual(checkBuiltFile(script, "code", NONE), []);
  assert.equal(checkBuiltFile(script, "rendered", NONE).length, 1);
});
