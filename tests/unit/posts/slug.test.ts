import assert from "node:assert/strict";
import { test } from "node:test";
import { slugFromRelativePath } from "../../../src/lib/posts/slug";

test("a post folder's index.md is served at the folder's name", () => {
  assert.equal(
    slugFromRelativePath("representation_learning/index.md"),
    "/representation_learning/",
  );
});

test("a file that is not index.md gets its own name", () => {
  assert.equal(slugFromRelativePath("notes/first-steps.md"), "/notes/first-steps/");
  assert.equal(slugFromRelativePath("hello.md"), "/hello/");
});

test("nested folders keep their path", () => {
  assert.equal(slugFromRelativePath("2020/graphs/index.md"), "/2020/graphs/");
});
