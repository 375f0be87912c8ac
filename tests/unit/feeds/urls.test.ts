import assert from "node:assert/strict";
import { test } from "node:test";
import { absoluteSrcset, parseSrcset } from "../../../src/lib/feeds/srcset";
import { absoluteUrl } from "../../../src/lib/feeds/urls";

const page = "https://user.github.io/blog/a-post/";

test("site-absolute URLs resolve against the origin, keeping the prefix they already carry", () => {
  assert.equal(absoluteUrl("/blog/static/x.png", page), "https://user.github.io/blog/static/x.png");
  assert.equal(absoluteUrl("/blog/other/", page), "https://user.github.io/blog/other/");
});

test("relative URLs resolve against the page", () => {
  assert.equal(absoluteUrl("figure.svg", page), "https://user.github.io/blog/a-post/figure.svg");
  assert.equal(absoluteUrl("../b/", page), "https://user.github.io/blog/b/");
  assert.equal(absoluteUrl("?q=1", page), "https://user.github.io/blog/a-post/?q=1");
});

test("fragment-only links point back into the page", () => {
  assert.equal(absoluteUrl("#fn-1", page), `${page}#fn-1`);
});

test("protocol-relative URLs take the page's scheme", () => {
  assert.equal(absoluteUrl("//cdn.example.com/x.js", page), "https://cdn.example.com/x.js");
});

test("URLs with a scheme are returned exactly as written", () => {
  for (const url of [
    "mailto:me@example.com",
    "data:image/png;base64,AAAA",
    "https://Example.com/a b",
    "http://jalammar.github.io/illustrated-bert/",
    "tel:+1-555",
  ]) {
    assert.equal(absoluteUrl(url, page), url);
  }
});

test("empty values are left alone", () => {
  assert.equal(absoluteUrl("", page), "");
});

test("srcset candidates are split by the HTML rules, not on every comma", () => {
  assert.deepEqual(parseSrcset("a.png 360w,\n/b.png 720w"), [
    { url: "a.png", descriptor: "360w" },
    { url: "/b.png", descriptor: "720w" },
  ]);
  assert.deepEqual(parseSrcset("data:image/png;base64,AA== 1x, x.png 2x"), [
    { url: "data:image/png;base64,AA==", descriptor: "1x" },
    { url: "x.png", descriptor: "2x" },
  ]);
  // A comma ending a URL separates candidates; one inside a URL is part of it.
  assert.deepEqual(parseSrcset("a.png, b.png 2x"), [
    { url: "a.png", descriptor: "" },
    { url: "b.png", descriptor: "2x" },
  ]);
  assert.deepEqual(parseSrcset("/img/w_100,h_50/a.png 2x"), [
    { url: "/img/w_100,h_50/a.png", descriptor: "2x" },
  ]);
  assert.deepEqual(parseSrcset("  , "), []);
});

test("every srcset candidate becomes absolute and keeps its descriptor", () => {
  assert.equal(
    absoluteSrcset("/blog/static/s.webp 360w,\n/blog/static/l.webp 720w, rel.webp 2x", page),
    "https://user.github.io/blog/static/s.webp 360w, https://user.github.io/blog/static/l.webp 720w, " +
      "https://user.github.io/blog/a-post/rel.webp 2x",
  );
});
