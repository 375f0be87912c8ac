import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { gzipSync } from "node:zlib";
import { measurePage } from "../../tools/bench/page-weight";
import { publicFolder } from "../support/paths";
import { parseHeadersFile } from "../../tools/static-server";

/** Every page of the built site, as paths relative to public/. */
function builtPages(): string[] {
  return fs
    .readdirSync(publicFolder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => path.relative(publicFolder, path.join(entry.parentPath, entry.name)))
    .filter((file) => !file.startsWith("_gatsby"))
    .sort();
}

const JS_BUDGET_BYTES = 60_000;
/** The site's own script, gzipped: every page loads it, so each feature in it must stay tiny. */
const READER_SCRIPT_BUDGET_BYTES = 6_000;

describe("the site as built by default: no Gatsby runtime", () => {
  const pages = builtPages();
  const readerScripts = fs.readdirSync(publicFolder).filter((name) => /^reader-.*\.js$/.test(name));

  test("the build wrote exactly one reader script", () => {
    assert.equal(readerScripts.length, 1, readerScripts.join(", "));
    assert.match(readerScripts[0] ?? "", /^reader-[0-9a-f]{20}\.js$/);
  });

  test("that script stays within its budget of 6 kB gzipped", () => {
    const script = fs.readFileSync(path.join(publicFolder, readerScripts[0] ?? ""));
    const gzipped = gzipSync(script, { level: 9 }).byteLength;
    assert.ok(gzipped <= READER_SCRIPT_BUDGET_BYTES, `${gzipped} B gzipped`);
  });

  test("every page loads that script, deferred, and no other script file", () => {
    assert.ok(pages.length >= 8, pages.join(", "));
    for (const page of pages) {
      const html = fs.readFileSync(path.join(publicFolder, page), "utf8");
      const sources = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]*)"[^>]*>/g)];
      assert.deepEqual(
        sources.map((match) => match[0]),
        [`<script src="/${readerScripts[0]}" defer>`],
        page,
      );
    }
  });

  test("no page carries Gatsby's loader data or preloads page data", () => {
    for (const page of pages) {
      const html = fs.readFileSync(path.join(publicFolder, page), "utf8");
      assert.doesNotMatch(html, /___chunkMapping|___webpackCompilationHash|window\.pagePath/, page);
      assert.doesNotMatch(html, /<link[^>]*page-data/, page);
      assert.doesNotMatch(html, /gatsby-announcer/, page);
    }
  });

  test("the seed post, home and a tag page are within the 60 kB JavaScript budget, without page data", () => {
    for (const page of ["/representation_learning/", "/", "/tags/deep-learning/"]) {
      const weight = measurePage(publicFolder, page);
      assert.ok(weight.javascript > 0, `${page}: no script measured`);
      assert.ok(weight.javascript <= JS_BUDGET_BYTES, `${page}: ${weight.javascript} B of JS`);
      assert.equal(weight.pageData, 0, page);
    }
  });

  test("_headers holds one site-wide policy instead of one rule per page", () => {
    const rules = parseHeadersFile(fs.readFileSync(path.join(publicFolder, "_headers"), "utf8"));
    const withPolicy = rules.filter((rule) =>
      rule.headers.some(([name]) => name.toLowerCase() === "content-security-policy"),
    );
    assert.deepEqual(
      withPolicy.map((rule) => rule.path),
      ["/*"],
    );
    assert.ok(rules.length < 100, `${rules.length} rules; Cloudflare Pages reads at most 100`);
  });
});
