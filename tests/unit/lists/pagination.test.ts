import assert from "node:assert/strict";
import { test } from "node:test";
import { listPagePath, paginate, POSTS_PER_PAGE } from "../../../src/lib/lists/pagination";

const posts = (count: number) => Array.from({ length: count }, (_, index) => `post-${index + 1}`);

test("pages hold ten posts", () => {
  assert.equal(POSTS_PER_PAGE, 10);
});

test("no posts: one empty first page, so the home page still exists", () => {
  assert.deepEqual(paginate([], "/"), [
    { pageNumber: 1, pageCount: 1, items: [], path: "/", previousPath: null, nextPath: null },
  ]);
});

test("one post: one page without links", () => {
  assert.deepEqual(paginate(posts(1), "/"), [
    {
      pageNumber: 1,
      pageCount: 1,
      items: ["post-1"],
      path: "/",
      previousPath: null,
      nextPath: null,
    },
  ]);
});

test("ten posts fill exactly one page", () => {
  const pages = paginate(posts(10), "/");
  assert.equal(pages.length, 1);
  assert.equal(pages[0]?.items.length, 10);
  assert.equal(pages[0]?.nextPath, null);
});

test("eleven posts: the eleventh is alone on page 2", () => {
  const pages = paginate(posts(11), "/tags/graphs/");
  assert.deepEqual(
    pages.map((page) => [page.path, page.items.length, page.previousPath, page.nextPath]),
    [
      ["/tags/graphs/", 10, null, "/tags/graphs/page/2/"],
      ["/tags/graphs/page/2/", 1, "/tags/graphs/", null],
    ],
  );
  assert.deepEqual(pages[1]?.items, ["post-11"]);
});

test("twenty-five posts: 10, 10 and 5, in the order given", () => {
  const pages = paginate(posts(25), "/");
  assert.deepEqual(
    pages.map((page) => [page.pageNumber, page.pageCount, page.path, page.items.length]),
    [
      [1, 3, "/", 10],
      [2, 3, "/page/2/", 10],
      [3, 3, "/page/3/", 5],
    ],
  );
  assert.equal(pages[1]?.items[0], "post-11");
  assert.equal(pages[2]?.items.at(-1), "post-25");
  assert.equal(pages[1]?.previousPath, "/");
  assert.equal(pages[1]?.nextPath, "/page/3/");
  assert.equal(pages[2]?.nextPath, null);
});

test("page paths: the first page is the list itself, never /page/1/", () => {
  assert.equal(listPagePath("/", 1), "/");
  assert.equal(listPagePath("/", 2), "/page/2/");
  assert.equal(listPagePath("/tags/深層学習/", 3), "/tags/深層学習/page/3/");
  assert.throws(() => listPagePath("/", 0), /start at 1/);
  assert.throws(() => listPagePath("/tags/x", 2), /ends with/);
});
