import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { fontSources } from "../../tools/bench/font-faces";
import { KATEX_VERSION } from "../../src/lib/katex/stylesheet-path";
import { measurePage } from "../../tools/bench/page-weight";
import { builtFile, loadPage } from "../support/built-site";
import { publicFolder } from "../support/paths";

const STYLESHEET = `/katex/${KATEX_VERSION}/katex.min.css`;

/** Site paths of every page of the built site (`/`, `/tags/en/`, …), from its index.html files. */
function builtPages(): string[] {
  return fs
    .readdirSync(publicFolder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === "index.html")
    .map((entry) => path.relative(publicFolder, entry.parentPath).split(path.sep).join("/"))
    .filter((folder) => !folder.startsWith("page-data") && !folder.startsWith("_gatsby"))
    .map((folder) => (folder === "" ? "/" : `/${folder}/`))
    .sort();
}

function stylesheetLinks(page: string): string[] {
  const $ = loadPage(page);
  return $('link[rel="stylesheet"]')
    .map((_, link) => $(link).attr("href") ?? "")
    .get();
}

function inlineCss(page: string): string {
  const $ = loadPage(page);
  return $("style")
    .map((_, style) => $(style).text())
    .get()
    .join("\n");
}

const pages = builtPages();

describe("KaTeX's stylesheet and fonts in the built site", () => {
  test("the seed post links the stylesheet, whose fonts are woff2 files of the build", () => {
    assert.deepEqual(stylesheetLinks("/representation_learning/"), [STYLESHEET]);
    const file = builtFile(STYLESHEET);
    assert.ok(file, `${STYLESHEET} is not in public/`);
    const css = fs.readFileSync(file, "utf8");
    assert.match(css, /\.katex\{/);
    const sources = fontSources(css);
    assert.equal(sources.length, 20, "one source for each of KaTeX's 20 faces");
    for (const source of sources) {
      assert.equal(source.format, "woff2", source.url);
      const url = new URL(source.url, `http://site.invalid${STYLESHEET}`).pathname;
      assert.ok(builtFile(url), `${url} is not in public/`);
    }
    const fonts = fs.readdirSync(path.join(path.dirname(file), "fonts"));
    assert.equal(fonts.length, 20);
    for (const font of fonts) assert.match(font, /^KaTeX_[A-Za-z0-9_-]+\.woff2$/);
  });

  test("pages link it exactly when their content has a formula", () => {
    assert.ok(pages.length >= 8, pages.join(", "));
    const withMath: string[] = [];
    for (const page of pages) {
      const hasFormula = loadPage(page)(".katex").length > 0;
      if (hasFormula) withMath.push(page);
      assert.deepEqual(stylesheetLinks(page), hasFormula ? [STYLESHEET] : [], page);
    }
    // The seed post writes $B$; the about page writes Euler's identity.
    assert.deepEqual(withMath, ["/about/", "/representation_learning/"]);
  });

  test("pages without math carry no KaTeX rule or font, inline or linked", () => {
    for (const page of ["/", "/tags/", "/tags/en/", "/archive/", "/search/", "/404/"]) {
      assert.ok(pages.includes(page), `${page} was not built`);
      const css = inlineCss(page);
      assert.doesNotMatch(css, /KaTeX_|\.katex-html|@font-face/, page);
      assert.deepEqual(measurePage(publicFolder, page).fontFiles, [], page);
    }
  });

  test("every font any page's CSS names is a woff2 file that exists", () => {
    for (const page of pages) {
      for (const font of measurePage(publicFolder, page).fontFiles) {
        assert.equal(font.format, "woff2", `${page}: ${font.url}`);
        assert.notEqual(font.bytes, null, `${page}: ${font.url} is not in public/`);
      }
    }
  });

  test("no page inlines an image or a font as a data: URI", () => {
    for (const page of pages) {
      const weight = measurePage(publicFolder, page);
      assert.deepEqual(
        weight.dataUris.map((uri) => `${uri.in}: ${uri.mediaType}`),
        [],
        `${page} inlines data: URIs`,
      );
      const html = fs.readFileSync(builtFile(page) ?? "", "utf8");
      assert.doesNotMatch(html, /data:(?:image|font|application\/(?:x-)?font)|;base64,/i, page);
    }
  });

  test("figures still reserve their height with the ratio box, without a placeholder", () => {
    const $ = loadPage("/representation_learning/");
    const boxes = $(".gatsby-resp-image-background-image");
    assert.equal(boxes.length, 6);
    boxes.each((_, box) => {
      const style = $(box).attr("style") ?? "";
      assert.match(style, /padding-bottom:\s*[\d.]+%/);
      assert.doesNotMatch(style, /background-image/);
    });
  });
});
