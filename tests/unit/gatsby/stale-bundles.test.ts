import assert from "node:assert/strict";
import { test } from "node:test";
import { isBrowserBundleFile, removeStaleBundles } from "../../../src/gatsby/stale-bundles";

test("files named like the browser bundle's, as a build writes them into public/", () => {
  for (const file of [
    "app-fa7fef8d6080ca2b9ea5.js",
    "app-fa7fef8d6080ca2b9ea5.js.map",
    "454-3b0e6e6025945925a31b.js",
    "webpack-runtime-821c21c2bbb6af86e50e.js",
    "framework-36fcceae91ffd39c19f8.js.LICENSE.txt",
    "component---src-templates-blog-post-tsx-02d8596c576ad2e45dbf.js",
    "styles.e5e492015c105fb6c037.css",
    "static/KaTeX_AMS-Regular-73ea273a72f4aca30ca528cf9117470a.woff2",
    "static/KaTeX_Main-Bold-0f60d1b8f6b2a8d4c3a1e2b4d5c6a7f8.ttf",
  ]) {
    assert.equal(isBrowserBundleFile(file), true, file);
  }
});

test("everything else in public/ is never a bundle file", () => {
  for (const file of [
    "index.html",
    "404.html",
    "representation_learning",
    "page-data",
    "page-data/app-data.json",
    "webpack.stats.json",
    "chunk-map.json",
    "_gatsby",
    "~partytown",
    "static/1a0395674395c4b90ad4b0ee0c4a1920",
    "katex/0.19.1/katex.min.css",
    "katex/0.19.1/fonts/KaTeX_Main-Regular.woff2",
    "static/1a0395674395c4b90ad4b0ee0c4a1920/a1b2c/figure.png",
    "740af5af687ea63288296b597b0a8ea6",
    "favicon-32x32.png",
    "og/home.png",
    "pagefind",
    // A file an author put in the site's static/ folder keeps its plain name.
    "vendor.js",
    "styles.css",
  ]) {
    assert.equal(isBrowserBundleFile(file), false, file);
  }
});

test("webpack is told to clean public/ of bundle files only, other output settings kept", () => {
  const config = { output: { path: "/site/public", publicPath: "/" } as Record<string, unknown> };
  removeStaleBundles(config);
  assert.equal(config.output.path, "/site/public");
  assert.equal(config.output.publicPath, "/");
  const clean = config.output.clean as { keep: (file: string) => boolean };
  assert.equal(clean.keep("styles.e5e492015c105fb6c037.css"), false);
  assert.equal(clean.keep("index.html"), true);
  assert.equal(clean.keep("static/1a0395674395c4b90ad4b0ee0c4a1920"), true);
});
