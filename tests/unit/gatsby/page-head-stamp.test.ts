import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import { stampRendererWithPageHeadAssets, stampSource } from "../../../src/gatsby/page-head-stamp";
import {
  buildStylesheets,
  pageHeadAssets,
  sharedStylesheets,
  type WebpackStats,
} from "../../../src/lib/head/page-head-assets";

const stats: WebpackStats = {
  assetsByChunkName: {
    app: [
      "webpack-runtime-821c21c2bbb6af86e50e.js",
      "styles.bb361331556d0ef1593f.css",
      "framework-36fcceae91ffd39c19f8.js",
      "app-fa7fef8d6080ca2b9ea5.js",
    ],
    "component---src-templates-blog-post-tsx": [
      "styles.bb361331556d0ef1593f.css",
      "component---src-templates-blog-post-tsx-02d8596c576ad2e45dbf.js",
    ],
    "component---src-pages-tags-tsx": ["tags.0123456789abcdef0123.css"],
  },
  childAssetsByChunkName: {
    app: { prefetch: ["search-dialog-aaaaaaaaaaaaaaaaaaaa.js"] },
  },
};

describe("what pages name from the browser bundle", () => {
  test("stylesheets of every chunk, once each, without scripts", () => {
    assert.deepEqual(buildStylesheets(stats), [
      "styles.bb361331556d0ef1593f.css",
      "tags.0123456789abcdef0123.css",
    ]);
  });

  test("only the app's stylesheets are on every page", () => {
    assert.deepEqual(sharedStylesheets(stats), ["styles.bb361331556d0ef1593f.css"]);
  });

  test("the stamp covers stylesheets and prefetched chunks, but not the scripts of the slice", () => {
    assert.deepEqual(pageHeadAssets(stats), [
      "search-dialog-aaaaaaaaaaaaaaaaaaaa.js",
      "styles.bb361331556d0ef1593f.css",
      "tags.0123456789abcdef0123.css",
    ]);
  });

  test("a stylesheet edit (a new content hash) changes the stamp; a script edit does not", () => {
    const base = stampSource(pageHeadAssets(stats));
    const newStyles: WebpackStats = {
      assetsByChunkName: {
        app: ["styles.cccccccccccccccccccc.css", "app-fa7fef8d6080ca2b9ea5.js"],
      },
    };
    const newScript: WebpackStats = {
      ...stats,
      assetsByChunkName: {
        ...stats.assetsByChunkName,
        app: ["styles.bb361331556d0ef1593f.css", "app-dddddddddddddddddddd.js"],
      },
    };
    assert.notEqual(stampSource(pageHeadAssets(newStyles)), base);
    assert.equal(stampSource(pageHeadAssets(newScript)), base);
  });
});

describe("stampRendererWithPageHeadAssets", () => {
  const roots: string[] = [];
  after(() => {
    for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
  });

  function folders(withStats = true): { publicFolder: string; cacheFolder: string } {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "page-head-stamp-"));
    roots.push(root);
    const publicFolder = path.join(root, "public");
    fs.mkdirSync(publicFolder);
    if (withStats) {
      fs.writeFileSync(path.join(publicFolder, "webpack.stats.json"), JSON.stringify(stats));
    }
    return { publicFolder, cacheFolder: path.join(root, ".cache") };
  }

  const stampOf = (cacheFolder: string) => path.join(cacheFolder, "page-head-stamp", "assets.js");

  test("puts the stamp first in the renderer's entry, so Gatsby's renderer stays the export", () => {
    const { publicFolder, cacheFolder } = folders();
    const config = { entry: { "render-page": "/site/.cache/static-entry" } };
    stampRendererWithPageHeadAssets(config, publicFolder, cacheFolder);
    assert.deepEqual(config.entry["render-page"], [
      stampOf(cacheFolder),
      "/site/.cache/static-entry",
    ]);
    const source = fs.readFileSync(stampOf(cacheFolder), "utf8");
    assert.ok(source.includes('"styles.bb361331556d0ef1593f.css"'), source);
    assert.ok(source.includes('"tags.0123456789abcdef0123.css"'), source);
    assert.ok(!source.includes("app-fa7fef8d6080ca2b9ea5.js"), source);
  });

  test("adds the stamp once however often the config is adapted", () => {
    const { publicFolder, cacheFolder } = folders();
    const config = { entry: { "render-page": ["/site/.cache/static-entry"] } };
    stampRendererWithPageHeadAssets(config, publicFolder, cacheFolder);
    stampRendererWithPageHeadAssets(config, publicFolder, cacheFolder);
    assert.deepEqual(config.entry["render-page"], [
      stampOf(cacheFolder),
      "/site/.cache/static-entry",
    ]);
  });

  test("leaves an unchanged stamp file untouched, so webpack's cache keeps the renderer", () => {
    const { publicFolder, cacheFolder } = folders();
    stampRendererWithPageHeadAssets({ entry: { "render-page": "x" } }, publicFolder, cacheFolder);
    const longAgo = new Date("2001-02-03T04:05:06Z");
    fs.utimesSync(stampOf(cacheFolder), longAgo, longAgo);
    stampRendererWithPageHeadAssets({ entry: { "render-page": "x" } }, publicFolder, cacheFolder);
    assert.equal(fs.statSync(stampOf(cacheFolder)).mtime.toISOString(), longAgo.toISOString());

    fs.writeFileSync(
      path.join(publicFolder, "webpack.stats.json"),
      JSON.stringify({ assetsByChunkName: { app: ["styles.cccccccccccccccccccc.css"] } }),
    );
    stampRendererWithPageHeadAssets({ entry: { "render-page": "x" } }, publicFolder, cacheFolder);
    assert.ok(
      fs.readFileSync(stampOf(cacheFolder), "utf8").includes("styles.cccccccccccccccccccc.css"),
    );
  });

  test("fails clearly without the browser bundle's stats or without Gatsby's renderer entry", () => {
    const missing = folders(false);
    assert.throws(
      () =>
        stampRendererWithPageHeadAssets(
          { entry: { "render-page": "x" } },
          missing.publicFolder,
          missing.cacheFolder,
        ),
      /webpack\.stats\.json is missing.*npm run clean/,
    );
    const present = folders();
    assert.throws(
      () =>
        stampRendererWithPageHeadAssets(
          { entry: { app: "x" } },
          present.publicFolder,
          present.cacheFolder,
        ),
      /no "render-page" entry/,
    );
  });
});
