import assert from "node:assert/strict";
import { test } from "node:test";
import { parseLocator } from "../../../src/lib/citations/locator";

test("labels as authors write them, and a bare number as a page", () => {
  assert.deepEqual(parseLocator("p. 33"), { label: "page", locator: "33" });
  assert.deepEqual(parseLocator("pp. 3-4"), { label: "page", locator: "3-4" });
  assert.deepEqual(parseLocator("chap. 2"), { label: "chapter", locator: "2" });
  assert.deepEqual(parseLocator("§ 4"), { label: "section", locator: "4" });
  assert.deepEqual(parseLocator("12"), { label: "page", locator: "12" });
});

test("anything else is no locator", () => {
  assert.equal(parseLocator("and elsewhere"), null);
});
