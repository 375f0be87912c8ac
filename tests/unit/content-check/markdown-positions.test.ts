import assert from "node:assert/strict";
import { test } from "node:test";
import {
  createPositionLookup,
  lineStarts,
  positionInFile,
  problemAt,
} from "../../../src/lib/content-check/positions";
import { postFromLines } from "./markdown-fixture.test";

test("lines start after \\n, \\r\\n and a lone \\r", () => {
  assert.deepEqual(lineStarts("a\nb\r\nc\rd"), [0, 2, 5, 7]);
  assert.deepEqual(lineStarts(""), [0]);
});

test("lines and columns are 1-based and columns count code points", () => {
  const lookup = createPositionLookup("ab\n😲x\r\ny");
  assert.deepEqual(lookup(0), { line: 1, column: 1 });
  assert.deepEqual(lookup(2), { line: 1, column: 3 });
  assert.deepEqual(lookup(3), { line: 2, column: 1 });
  // The emoji is two UTF-16 units but one character.
  assert.deepEqual(lookup(5), { line: 2, column: 2 });
  assert.deepEqual(lookup(8), { line: 3, column: 1 });
  assert.deepEqual(lookup(99), { line: 3, column: 2 });
});

test("a body offset is placed in the whole file, frontmatter included", () => {
  const post = postFromLines("---", "title: x", "---", "", "Hello there");
  assert.deepEqual(positionInFile(post, post.body.indexOf("there")), { line: 5, column: 7 });
  assert.deepEqual(problemAt(post, 0, "warning", "test/rule", "message"), {
    file: "content/blog/test-post/index.md",
    line: 4,
    column: 1,
    severity: "warning",
    rule: "test/rule",
    message: "message",
  });
});
