import assert from "node:assert/strict";
import fs from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { checkBuiltLinks, srcsetUrls } from "../../../src/lib/content-check/built-links";
import type { Problem } from "../../../src/lib/content-check/types";

let root = "";

/** Writes `files` (relative path -> content) under `folder`. */
function writeTree(folder: string, files: Record<string, string>): void {
  for (const [relative, content] of Object.entries(files)) {
    const file = path.join(folder, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
}

/** Line numbers below are those of these arrays, so keep one element per line. */
const HOME = [
  "<!doctype html>", // 1
  '<html><head><link rel="stylesheet" href="/styles.css"></head><body>', // 2
  '<a href="/good/">good</a>', // 3
  '<a href="/missing/">missing page</a>', // 4
  '<img src="/img/a.png" srcset="/img/a.png 1x, /img/a-2x.png 2x" alt="">', // 5
  '<a href="/good/#results">existing anchor</a>', // 6
  '<a href="/good/#nowhere">missing anchor</a>', // 7
  '<a href="javascript:void(0)">does something</a>', // 8
  '<a href="https://example.com/x">external</a> <a href="mailto:a@example.com">mail</a>', // 9
  '<a href="//cdn.example.com/x.js">protocol-relative</a> <a href="#">top</a>', // 10
  '<a href="#main">skip</a> <a href="?page=2">query</a> <a href="/file">bare</a>', // 11
  '<main id="main"><a href="#absent">same-page anchor</a></main>', // 12
  '<noscript><img src="/img/fallback.png" alt=""></noscript>', // 13
  "</body></html>", // 14
].join("\n");

const GOOD = [
  "<!doctype html>",
  "<html><body>",
  '<h2 id="results">Results</h2><a name="legacy"></a>',
  '<img src="../img/a.png" alt=""><img src="figure.png" alt="">',
  '<a href="/missing/">twice</a> <a href="/missing/">on one page</a>',
  '<a href="#legacy">legacy anchor</a> <a href="/caf%C3%A9/">encoded</a>',
  "</body></html>",
].join("\n");

before(() => {
  root = fs.mkdtempSync(path.join(tmpdir(), "built-links-"));
  writeTree(path.join(root, "plain", "public"), {
    "index.html": HOME,
    "good/index.html": GOOD,
    "café/index.html": "<p>encoded path</p>",
    "file/index.html": "<p>bare path</p>",
    "styles.css": "",
    "img/a.png": "",
  });
  writeTree(path.join(root, "prefixed", "public"), {
    "index.html": [
      '<a href="/blog/about/">prefixed</a>',
      '<a href="/about/">no prefix</a>',
      '<a href="about/">relative</a> <a href="/blog">bare prefix</a>',
      '<img src="/static/logo.png" alt="">',
    ].join("\n"),
    "about/index.html": '<a href="../">up</a> <a href="../../outside/">escapes</a>',
    "static/logo.png": "",
  });
});

after(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

function plainProblems(): Problem[] {
  const projectRoot = path.join(root, "plain");
  return checkBuiltLinks(path.join(projectRoot, "public"), {
    pathPrefix: "",
    projectRoot,
    sourceOf: (pagePath) => (pagePath === "/good/" ? "content/blog/good/index.md" : null),
  });
}

test("srcsetUrls() reads URLs with commas and descriptors", () => {
  assert.deepEqual(srcsetUrls("a.png 1x, b,c.png 2x,d.png"), ["a.png", "b,c.png", "d.png"]);
  assert.deepEqual(srcsetUrls(" /x.png 480w,  /y.png 800w "), ["/x.png", "/y.png"]);
  assert.deepEqual(srcsetUrls(""), []);
});

test("reports exactly the broken links of an unprefixed build", () => {
  const summary = plainProblems()
    .map((problem) => `${problem.rule} ${problem.file}:${problem.line}:${problem.column}`)
    .sort();
  assert.deepEqual(summary, [
    "links/anchor public/index.html:12:17",
    "links/anchor public/index.html:7:1",
    "links/javascript public/index.html:8:1",
    "links/missing content/blog/good/index.md:null:null",
    "links/missing content/blog/good/index.md:null:null",
    "links/missing public/index.html:13:11",
    "links/missing public/index.html:4:1",
    "links/missing public/index.html:5:1",
  ]);
});

test("names the page, the element, the URL and the expected file", () => {
  const messages = plainProblems().map((problem) => problem.message);
  const expected = [
    "page /: link to /missing/ goes nowhere (no public/missing/index.html); " +
      "fix the link or create the page",
    "page /: <img srcset> /img/a-2x.png goes nowhere (no public/img/a-2x.png or " +
      "public/img/a-2x.png/index.html); fix the URL or add the file to the site",
    "page /: <img src> /img/fallback.png goes nowhere",
    "page /: link to /good/#nowhere points to #nowhere, but /good/ has no element with that id",
    "page /: link to #absent points to #absent, but / has no element with that id",
    "page /: link to javascript:void(0) runs script",
    "page /good/: <img src> figure.png goes nowhere (no public/good/figure.png or",
    "page /good/: link to /missing/ goes nowhere (no public/missing/index.html)",
  ];
  const missing = expected.filter((part) => !messages.some((message) => message.includes(part)));
  assert.deepEqual(missing, [], `messages were:\n${messages.join("\n")}`);
});

test("reports a page once per distinct problem and only errors", () => {
  const problems = plainProblems();
  // `/missing/` appears twice on /good/; once mapped to the Markdown they are the same problem.
  const onGood = problems.filter(
    (problem) =>
      problem.file === "content/blog/good/index.md" && problem.message.includes("/missing/"),
  );
  assert.equal(onGood.length, 1);
  assert.ok(problems.every((problem) => problem.severity === "error"));
});

test("checks the path prefix of site-absolute URLs in a prefixed build", () => {
  const projectRoot = path.join(root, "prefixed");
  const problems = checkBuiltLinks(path.join(projectRoot, "public"), {
    pathPrefix: "/blog/",
    projectRoot,
  });
  const summary = problems.map((problem) => `${problem.rule} ${problem.file}:${problem.line}`);
  assert.deepEqual(summary.sort(), [
    "links/prefix public/about/index.html:1",
    "links/prefix public/index.html:2",
    "links/prefix public/index.html:4",
  ]);
  const noPrefix = problems.find((problem) => problem.line === 2);
  assert.match(
    noPrefix?.message ?? "",
    /^page \/: link to \/about\/ is outside the path prefix "\/blog"/,
  );
});

test("a page whose HTML was scanned before is not parsed again; the cache keeps the pages read", () => {
  const folder = path.join(root, "cached", "public");
  const page = '<html><body><a href="/">home</a></body></html>';
  const other = '<html><body><a href="/">home</a><a href="/nowhere/">x</a></body></html>';
  writeTree(folder, { "index.html": page, "other/index.html": other });
  const scanCache = new Map();
  const options = { pathPrefix: "", projectRoot: root, scanCache };
  const first = checkBuiltLinks(folder, options);
  assert.deepEqual(
    first.map((problem) => problem.message.split(" goes nowhere")[0]),
    ["page /other/: link to /nowhere/"],
  );
  assert.equal(scanCache.size, 2);

  // A stored scan stands for the page's HTML: one planted for the home page is believed.
  const [homeKey] = [...scanCache].find(([, scan]) => scan.references.length === 1) ?? [];
  assert.ok(homeKey);
  scanCache.set(homeKey, {
    ids: [],
    references: [{ tag: "a", attribute: "href", url: "/planted/", line: 1, column: 1 }],
  });
  scanCache.set("a page no longer built", { ids: [], references: [] });
  const second = checkBuiltLinks(folder, options);
  assert.ok(second.some((problem) => problem.message.includes("link to /planted/")));
  assert.equal(scanCache.size, 2);
  assert.equal(scanCache.has("a page no longer built"), false);

  // An edited page has new HTML, so it is parsed afresh.
  writeTree(folder, { "index.html": page.replace("home", "start") });
  const third = checkBuiltLinks(folder, options);
  assert.equal(
    third.some((problem) => problem.message.includes("/planted/")),
    false,
  );
});
