import assert from "node:assert/strict";
import { test } from "node:test";
import GithubSlugger from "github-slugger";
import {
  currentSlug,
  currentSlugger,
  olderSlug,
  olderSlugger,
} from "../../../../plugins/gatsby-remark-heading-ids/slug-rules";

/** The slugs of a page's headings, in order, under one rule. */
function slugsOf(slugger: () => (text: string) => string, texts: readonly string[]): string[] {
  const slug = slugger();
  return texts.map((text) => slug(text));
}

test("English: lower case, punctuation dropped, each space a dash, `-` and `_` kept", () => {
  for (const slug of [currentSlug, olderSlug]) {
    assert.equal(slug("Hello, World!"), "hello-world");
    assert.equal(slug("… and Graphs!"), "-and-graphs");
    assert.equal(slug("Image-to-Text & Text-to-Image"), "image-to-text--text-to-image");
    assert.equal(slug("snake_case & C++ (2020)"), "snake_case--c-2020");
    assert.equal(slug("Café Déjà Vu"), "café-déjà-vu");
  }
});

test("Japanese: the current rule drops full-width punctuation, the older one keeps it", () => {
  assert.equal(currentSlug("機械学習／データサイエンス"), "機械学習データサイエンス");
  assert.equal(olderSlug("機械学習／データサイエンス"), "機械学習／データサイエンス");
  assert.equal(currentSlug("「引用」と、句読点。"), "引用と句読点");
  assert.equal(olderSlug("「引用」と、句読点。"), "「引用」と、句読点。");
  assert.equal(currentSlug("はじめに"), olderSlug("はじめに"));
});

test("Chinese: the full-width colon and parentheses are kept only by the older rule", () => {
  assert.equal(currentSlug("原则 1：不阻断数据流"), "原则-1不阻断数据流");
  assert.equal(olderSlug("原则 1：不阻断数据流"), "原则-1：不阻断数据流");
  assert.equal(currentSlug("总结（二）"), "总结二");
  assert.equal(olderSlug("总结（二）"), "总结（二）");
});

test("Korean: letters kept, ASCII punctuation dropped under both rules", () => {
  for (const slug of [currentSlug, olderSlug]) {
    assert.equal(slug("한국어 제목: 테스트"), "한국어-제목-테스트");
  }
});

test("emoji are dropped by both rules; other symbols only by the current one", () => {
  for (const slug of [currentSlug, olderSlug]) {
    assert.equal(slug("🚀 Launch 🎉 Day"), "-launch--day");
    assert.equal(slug("👍🏽 Thumbs 🇯🇵"), "-thumbs-");
  }
  assert.equal(currentSlug("→ Arrows © 2020"), "-arrows--2020");
  assert.equal(olderSlug("→ Arrows © 2020"), "→-arrows-©-2020");
});

test("other spaces: the older rule makes every space a dash, the current one only U+0020", () => {
  assert.equal(currentSlug("全角\u3000スペース"), "全角スペース");
  assert.equal(olderSlug("全角\u3000スペース"), "全角-スペース");
  assert.equal(olderSlug("  Trimmed  "), "trimmed");
  assert.equal(currentSlug("  Trimmed  "), "--trimmed--");
});

test("the current rule is github-slugger's, as installed", () => {
  const texts = ["機械学習／データサイエンス", "원칙 1", "A", "A", "A-1", "🚀", ""];
  const slugger = new GithubSlugger();
  assert.deepEqual(
    slugsOf(currentSlugger, texts),
    texts.map((text) => slugger.slug(text)),
  );
});

test("repeats are numbered -1, -2 under both rules, skipping slugs already taken", () => {
  const texts = ["A", "A", "A-1", "A"];
  assert.deepEqual(slugsOf(currentSlugger, texts), ["a", "a-1", "a-1-1", "a-2"]);
  assert.deepEqual(slugsOf(olderSlugger, texts), ["a", "a-1", "a-1-1", "a-2"]);
  // Each rule counts its own slugs: the two headings differ under the older rule only.
  assert.deepEqual(slugsOf(currentSlugger, ["总结：", "总结"]), ["总结", "总结-1"]);
  assert.deepEqual(slugsOf(olderSlugger, ["总结：", "总结"]), ["总结：", "总结"]);
});
