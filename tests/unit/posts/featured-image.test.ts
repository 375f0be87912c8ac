import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { resolveFeaturedImage } from "../../../src/lib/posts/featured-image";

const content = path.resolve("site", "content", "blog");
const post = path.join(content, "representation_learning");

function existing(...files: string[]) {
  const set = new Set(files);
  return (candidate: string) => set.has(candidate);
}

test("resolves a path relative to the content folder, as the seed writes it", () => {
  const image = path.join(post, "ogp.png");
  assert.equal(
    resolveFeaturedImage("representation_learning/ogp.png", post, content, existing(image)),
    image,
  );
});

test("resolves a path relative to the post's own folder first", () => {
  const own = path.join(post, "ogp.png");
  const shared = path.join(content, "ogp.png");
  assert.equal(resolveFeaturedImage("./ogp.png", post, content, existing(own, shared)), own);
  assert.equal(resolveFeaturedImage("ogp.png", post, content, existing(shared)), shared);
});

test("returns null when neither place has the file", () => {
  assert.equal(resolveFeaturedImage("missing.png", post, content, existing()), null);
});

test("a plain file name, as other blogs write `cover: cover.png`, is found in the post's folder", () => {
  const own = path.join(post, "cover.png");
  const shared = path.join(content, "cover.png");
  assert.equal(resolveFeaturedImage("cover.png", post, content, existing(own, shared)), own);
});
