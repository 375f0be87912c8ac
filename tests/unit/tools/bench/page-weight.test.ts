import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { gzipSize, measurePage } from "../../../../tools/bench/page-weight";

function writeFiles(root: string, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), content);
  }
}

test("a page's weight counts its HTML, inline and linked CSS, scripts, component chunk and data", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "page-weight-"));
  try {
    const html =
      '<html><head><style>body{color:red}</style><link rel="stylesheet" href="/extra.css"/>' +
      '</head><body><script id="gatsby-script-loader">window.pagePath="/post/";</script>' +
      '<script src="/app.js"></script><script src="https://cdn.example/x.js"></script></body></html>';
    writeFiles(root, {
      "post/index.html": html,
      "extra.css": "p{margin:0}",
      "app.js": "console.log('app')",
      "component---post.js": "console.log('post')",
      "page-data/post/page-data.json": '{"componentChunkName":"component---post"}',
      "page-data/app-data.json": '{"webpackCompilationHash":"x"}',
      "webpack.stats.json": JSON.stringify({
        namedChunkGroups: { "component---post": { assets: [{ name: "component---post.js" }] } },
      }),
    });
    const weight = measurePage(root, "/post/");
    assert.equal(weight.html, gzipSize(html));
    assert.equal(weight.css, gzipSize("body{color:red}") + gzipSize("p{margin:0}"));
    // The remote script is not part of the built site and is not counted.
    assert.equal(
      weight.javascript,
      gzipSize("console.log('app')") + gzipSize("console.log('post')"),
    );
    assert.equal(
      weight.pageData,
      gzipSize('{"componentChunkName":"component---post"}') +
        gzipSize('{"webpackCompilationHash":"x"}'),
    );
    assert.deepEqual(
      weight.files.map((file) => file.kind),
      ["html", "css", "css", "javascript", "javascript", "pageData", "pageData"],
    );
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test("the home page's data is read from page-data/index/", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "page-weight-"));
  try {
    writeFiles(root, {
      "index.html": '<html><body><script id="gatsby-script-loader"></script></body></html>',
      "page-data/index/page-data.json": "{}",
    });
    assert.equal(measurePage(root, "/").pageData, gzipSize("{}"));
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test("a page built without the runtime fetches no page data and no component chunk", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "page-weight-"));
  try {
    const html = '<html><head><script src="/reader.js" defer></script></head><body></body></html>';
    writeFiles(root, {
      "post/index.html": html,
      "reader.js": "setup()",
      "component---post.js": "console.log('post')",
      "page-data/post/page-data.json": '{"componentChunkName":"component---post"}',
      "page-data/app-data.json": '{"webpackCompilationHash":"x"}',
      "webpack.stats.json": JSON.stringify({
        namedChunkGroups: { "component---post": { assets: [{ name: "component---post.js" }] } },
      }),
    });
    const weight = measurePage(root, "/post/");
    assert.equal(weight.javascript, gzipSize("setup()"));
    assert.equal(weight.pageData, 0);
    assert.equal(weight.requests, 2);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test("fonts are the first source of each @font-face, resolved against their stylesheet", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "page-weight-"));
  try {
    const woff2 = Buffer.alloc(3000, 1);
    const woff = Buffer.alloc(5000, 2);
    const html =
      '<html><head><link rel="stylesheet" href="/css/site.css"/>' +
      "<style>.spinner{background:url(data:image/gif;base64,R0lGODlhAQABAAAAACw=)}</style></head>" +
      '<body><img src="/logo.png" alt=""><img src="/figure.png" alt="" loading="lazy">' +
      "<span style=\"background-image:url('data:image/png;base64,iVBORw0KGgo=')\"></span></body></html>";
    const css =
      '@font-face{font-family:Body;src:url(../fonts/body.woff2) format("woff2"),url(../fonts/body.woff) format("woff")}' +
      "@font-face{font-family:Missing;src:url(/fonts/missing.woff2)}";
    writeFiles(root, {
      "post/index.html": html,
      "css/site.css": css,
      "logo.png": "png",
      "figure.png": "png",
    });
    fs.mkdirSync(path.join(root, "fonts"));
    fs.writeFileSync(path.join(root, "fonts", "body.woff2"), woff2);
    fs.writeFileSync(path.join(root, "fonts", "body.woff"), woff);
    const weight = measurePage(root, "/post/");
    // Only the woff2 is downloaded by a browser; a font that is not in the site adds nothing.
    assert.equal(weight.fonts, 3000);
    assert.deepEqual(
      weight.fontFiles.map((font) => [
        font.family,
        font.url,
        font.format,
        font.firstChoice,
        font.bytes,
      ]),
      [
        ["Body", "/fonts/body.woff2", "woff2", true, 3000],
        ["Body", "/fonts/body.woff", "woff", false, 5000],
        ["Missing", "/fonts/missing.woff2", "woff2", true, null],
      ],
    );
    // The HTML, the stylesheet and the eager image; the lazy image and the inline style are not requests.
    assert.equal(weight.requests, 3);
    assert.deepEqual(
      weight.dataUris.map((uri) => [uri.in, uri.mediaType, uri.base64]),
      [
        ["html", "image/png", true],
        ["css", "image/gif", true],
      ],
    );
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
