import assert from "node:assert/strict";
import { test } from "node:test";
import { adjacentPosts } from "../../../src/lib/posts/adjacent-posts";

test("older and newer follow publication time, whatever the input order", () => {
  const posts = [
    { slug: "/middle/", time: 20 },
    { slug: "/newest/", time: 30 },
    { slug: "/oldest/", time: 10 },
  ];
  const neighbours = adjacentPosts(posts);
  const slugs = (slug: string) => {
    const found = neighbours.get(slug);
    return [found?.older?.slug ?? null, found?.newer?.slug ?? null];
  };
  assert.deepEqual(slugs("/oldest/"), [null, "/middle/"]);
  assert.deepEqual(slugs("/middle/"), ["/oldest/", "/newest/"]);
  assert.deepEqual(slugs("/newest/"), ["/middle/", null]);
});

test("posts published at the same moment are ordered by slug", () => {
  const neighbours = adjacentPosts([
    { slug: "/b/", time: 5 },
    { slug: "/a/", time: 5 },
  ]);
  assert.equal(neighbours.get("/a/")?.newer?.slug, "/b/");
  assert.equal(neighbours.get("/b/")?.older?.slug, "/a/");
});

test("a single post has neither", () => {
  assert.deepEqual(adjacentPosts([{ slug: "/a/", time: 1 }]).get("/a/"), {
    older: null,
    newer: null,
  });
});
