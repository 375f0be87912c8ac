import assert from "node:assert/strict";
import { test } from "node:test";
import { postListHeading, type PostListContext } from "../../../src/lib/lists/post-list-page";

const base: PostListContext = {
  kind: "home",
  pagePath: "/",
  slugs: [],
  pageNumber: 1,
  pageCount: 1,
  previousPath: null,
  nextPath: null,
  postCount: 0,
  name: null,
  segment: null,
};

test("the home page keeps the site's title; later pages say which page they are", () => {
  assert.deepEqual(postListHeading(base), {
    heading: "Posts",
    title: null,
    description: null,
    lang: null,
  });
  const second = postListHeading({ ...base, pageNumber: 2, pageCount: 3 });
  assert.equal(second.title, "Posts (page 2 of 3)");
});

test("a tag page names its tag and counts its posts", () => {
  const heading = postListHeading({
    ...base,
    kind: "topic",
    name: "deep-learning",
    segment: "deep-learning",
    postCount: 11,
    pageCount: 2,
  });
  assert.deepEqual(heading, {
    heading: "Posts tagged “deep-learning”",
    title: "Posts tagged “deep-learning” (page 1 of 2)",
    description: "11 posts tagged “deep-learning”.",
    lang: null,
  });
});

test("language pages are titled in their language and carry it", () => {
  const english = postListHeading({ ...base, kind: "language", name: "en", postCount: 1 });
  assert.deepEqual(english, {
    heading: "Posts in English",
    title: "Posts in English",
    description: "1 post written in English.",
    lang: "en",
  });
  const japanese = postListHeading({
    ...base,
    kind: "language",
    name: "ja",
    postCount: 12,
    pageNumber: 2,
    pageCount: 2,
  });
  assert.equal(japanese.heading, "日本語の記事");
  assert.equal(japanese.title, "日本語の記事（2ページ中2ページ目）");
  assert.equal(japanese.lang, "ja");
  assert.match(japanese.description ?? "", /12 件/);
});
