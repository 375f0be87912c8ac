import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { gzipSize, measurePage } from "../../src/lib/page-weight";

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
      '</head><body><script src="/app.js"></script><script src="https://cdn.example/x.js"></script></body></html>';
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
      "index.html": "<html></html>",
      "page-data/index/page-data.json": "{}",
    });
    assert.equal(measurePage(root, "/").pageData, gzipSize("{}"));
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
