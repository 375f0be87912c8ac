import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { isBrowserBundleFile } from "../../../src/gatsby/stale-bundles";
import {
  RuntimeLeftoverError,
  withoutClientRuntime,
} from "../../../src/lib/reader-mode/runtime-free-html";
import { gatsbyPage } from "../../support/gatsby-page";

const READER = "/reader-0123456789abcdef0123.js";

const BODY = '<main><h1>A post</h1><p>Text with <a href="/b/">a link</a>.</p></main>';

describe("withoutClientRuntime", () => {
  const page = withoutClientRuntime(gatsbyPage(BODY), READER);

  test("removes every script of Gatsby's runtime and its loader data", () => {
    assert.doesNotMatch(page, /webpack-runtime-|framework-|app-be21|___chunkMapping/);
    assert.doesNotMatch(page, /___webpackCompilationHash|window\.pagePath|slice-start/);
    assert.doesNotMatch(page, /gatsby-announcer/);
  });

  test("loads the site's own script once, deferred, from the head", () => {
    const scripts = page.match(/<script src="[^"]*"[^>]*>/g);
    assert.deepEqual(scripts, [`<script src="${READER}" defer>`]);
    assert.ok(page.indexOf(READER) < page.indexOf("</head>"));
  });

  test("keeps the content, the styles, the theme script and the structured data", () => {
    assert.ok(page.includes(BODY));
    assert.ok(page.includes('<style data-href="/styles.347f83a40fdc80e7ef4b.css"'));
    assert.ok(page.includes('localStorage.getItem("theme")'));
    assert.ok(page.includes('<script type="application/ld+json"'));
    assert.ok(page.endsWith("</body></html>"));
  });

  test("run again, it changes only the script's name", () => {
    assert.equal(withoutClientRuntime(page, READER), page);
    const next = "/reader-fedcba9876543210fedc.js";
    assert.equal(withoutClientRuntime(page, next), page.replace(READER, next));
  });

  test("takes the script under a path prefix", () => {
    const prefixed = withoutClientRuntime(gatsbyPage(BODY), `/notes${READER}`);
    assert.ok(prefixed.includes(`<script src="/notes${READER}" defer></script>`));
    assert.equal(withoutClientRuntime(prefixed, `/notes${READER}`), prefixed);
  });

  test("removes preloads of page data and bundles, keeps other links", () => {
    const head = [
      '<link as="fetch" rel="preload" href="/page-data/a-post/page-data.json" crossorigin="anonymous"/>',
      '<link rel="preload" as="script" href="/app-be2151593a36b65f3c84.js"/>',
      '<link rel="icon" href="/favicon.svg" type="image/svg+xml"/>',
      '<link rel="canonical" href="https://blog.example.com/a-post/"/>',
    ].join("");
    const result = withoutClientRuntime(gatsbyPage(BODY, head), READER);
    assert.doesNotMatch(result, /page-data|app-be21/);
    assert.ok(result.includes('<link rel="icon" href="/favicon.svg"'));
    assert.ok(result.includes('<link rel="canonical"'));
  });

  test("leaves the runtime's names alone where a post shows them as text", () => {
    const post =
      "<main><p>Gatsby sets <code>window.pagePath</code> and <code>window.___chunkMapping</code>" +
      " and fetches <code>/page-data/app-data.json</code>.</p></main>";
    const result = withoutClientRuntime(gatsbyPage(post), READER);
    assert.ok(result.includes(post));
  });

  test("stops on runtime markup it does not know, rather than ship it", () => {
    const unknownSlice = gatsbyPage(BODY).replace(/_gatsby-scripts-1/g, "runtime-v6");
    assert.throws(() => withoutClientRuntime(unknownSlice, READER), RuntimeLeftoverError);
    assert.throws(
      () => withoutClientRuntime(unknownSlice, READER),
      /still holds (a webpack bundle|Gatsby's loader data)/,
    );
    assert.throws(() => withoutClientRuntime("<html><body></body></html>", READER), /<\/head>/);
  });

  test("names the script so that webpack's clean-up treats it like its own bundles", () => {
    assert.equal(isBrowserBundleFile(READER.slice(1)), true);
  });
});
