import assert from "node:assert/strict";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, test } from "node:test";
import { fontSources } from "../../../tools/bench/font-faces";
import { woff2OnlyStylesheet } from "../../../src/lib/katex/fonts";

const katexDist = path.join(
  path.dirname(createRequire(path.resolve("package.json")).resolve("katex/package.json")),
  "dist",
);
const original = fs.readFileSync(path.join(katexDist, "katex.min.css"), "utf8");
const FONT_FACE = /@font-face\s*\{[^}]*\}/g;

describe("woff2OnlyStylesheet on the installed KaTeX's stylesheet", () => {
  const { css, fontUrls } = woff2OnlyStylesheet(original);
  const faces = original.match(FONT_FACE) ?? [];

  test("keeps every face, each with exactly one source, a woff2 file", () => {
    // KaTeX 0.16 to 0.19 ship 20 faces, each as woff2, woff and ttf.
    assert.equal(faces.length, 20);
    assert.equal(fontSources(original).length, 60);
    const sources = fontSources(css);
    assert.equal((css.match(FONT_FACE) ?? []).length, faces.length);
    assert.equal(sources.length, faces.length);
    for (const source of sources) {
      assert.equal(source.format, "woff2", `${source.family}: ${source.url}`);
      assert.match(source.url, /^fonts\/KaTeX_[A-Za-z0-9_-]+\.woff2$/);
    }
    assert.deepEqual(
      sources.map((source) => source.family),
      fontSources(original)
        .filter((source) => source.firstChoice)
        .map((source) => source.family),
    );
    assert.doesNotMatch(css, /\.woff\)|\.ttf\)|format\("woff"\)|truetype/);
  });

  test("names only fonts that KaTeX's package contains, and lists each once", () => {
    assert.equal(fontUrls.length, 20);
    assert.equal(new Set(fontUrls).size, fontUrls.length);
    for (const url of fontUrls) {
      assert.ok(fs.existsSync(path.join(katexDist, url)), `${url} is not in katex/dist`);
    }
    assert.deepEqual(
      [...fontUrls].sort(),
      fontSources(css)
        .map((source) => source.url)
        .sort(),
    );
  });

  test("leaves every rule other than the font faces' src exactly as it was", () => {
    assert.equal(css.replace(FONT_FACE, ""), original.replace(FONT_FACE, ""));
    const withoutSrc = (face: string) => face.replace(/src:[^;}]*/, "src:");
    assert.deepEqual((css.match(FONT_FACE) ?? []).map(withoutSrc), faces.map(withoutSrc));
    assert.ok(css.length < original.length);
  });
});

describe("woff2OnlyStylesheet on other stylesheets", () => {
  test("keeps the woff2 source wherever it is listed, with or without format() and quotes", () => {
    const { css, fontUrls } = woff2OnlyStylesheet(
      "@font-face{font-family:A;src:url('fonts/A.woff') format('woff'), url(\"fonts/A.woff2\") format('woff2')}" +
        "@font-face{font-family:B;font-weight:700;src:url(fonts/B.ttf),url(fonts/B.woff2);font-style:normal}" +
        ".a{color:red}",
    );
    assert.equal(
      css,
      "@font-face{font-family:A;src:url(\"fonts/A.woff2\") format('woff2')}" +
        "@font-face{font-family:B;font-weight:700;src:url(fonts/B.woff2);font-style:normal}" +
        ".a{color:red}",
    );
    assert.deepEqual(fontUrls, ["fonts/A.woff2", "fonts/B.woff2"]);
  });

  test("refuses a face without a woff2 source, naming its family", () => {
    assert.throws(
      () =>
        woff2OnlyStylesheet(
          '@font-face{font-family:KaTeX_Main;src:url(fonts/KaTeX_Main.woff2) format("woff2")}' +
            '@font-face{font-family:KaTeX_Math;src:url(fonts/KaTeX_Math.woff) format("woff"),url(fonts/KaTeX_Math.ttf)}',
        ),
      /KaTeX_Math has no woff2 source/,
    );
  });

  test("refuses a stylesheet without font faces, or a face without src", () => {
    assert.throws(
      () => woff2OnlyStylesheet(".katex{font:normal 1.21em KaTeX_Main}"),
      /no @font-face/,
    );
    assert.throws(() => woff2OnlyStylesheet("@font-face{font-family:X}"), /X has no src/);
  });

  test("refuses a woff2 URL outside the package's fonts folder", () => {
    for (const url of ["../secrets/x.woff2", "/fonts/x.woff2", "https://cdn.example/x.woff2"]) {
      assert.throws(
        () => woff2OnlyStylesheet(`@font-face{font-family:X;src:url(${url}) format("woff2")}`),
        /not a woff2 file inside its fonts\/ folder/,
        url,
      );
    }
  });
});
