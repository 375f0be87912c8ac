import assert from "node:assert/strict";
import { test } from "node:test";
import { publicationState } from "../../../src/lib/content-check/schedule";

const NOW = new Date("2024-06-01T12:00:00Z");

test("a dated post in the past is published", () => {
  assert.equal(publicationState({ date: "2020-04-20T22:01:03.284Z" }, NOW), "published");
  assert.equal(publicationState({ date: "2024-06-01" }, NOW), "published");
});

test("draft: true is a draft, whatever its date", () => {
  assert.equal(publicationState({ draft: true, date: "2020-04-20" }, NOW), "draft");
  assert.equal(publicationState({ draft: true, date: "2030-01-01" }, NOW), "draft");
  assert.equal(publicationState({ draft: false, date: "2020-04-20" }, NOW), "published");
});

test("a quoted yes or true keeps the post out until the error is fixed", () => {
  assert.equal(publicationState({ draft: "yes", date: "2020-04-20" }, NOW), "draft");
  assert.equal(publicationState({ draft: " True ", date: "2020-04-20" }, NOW), "draft");
  assert.equal(publicationState({ draft: "no", date: "2020-04-20" }, NOW), "published");
});

test("a post dated after now is scheduled, to the millisecond", () => {
  assert.equal(publicationState({ date: "2024-06-02" }, NOW), "scheduled");
  assert.equal(publicationState({ date: "2024-06-01T12:00:00.001Z" }, NOW), "scheduled");
  assert.equal(publicationState({ date: "2024-06-01T12:00:00Z" }, NOW), "published");
  // Gatsby's YAML reader turns an unquoted date into a Date.
  assert.equal(publicationState({ date: new Date("2025-01-01T00:00:00Z") }, NOW), "scheduled");
  assert.equal(publicationState({ draft: false, date: "2030-01-01" }, NOW), "scheduled");
});

test("a missing or broken date leaves the post published (the check reports it)", () => {
  assert.equal(publicationState({}, NOW), "published");
  assert.equal(publicationState({ date: "yesterday" }, NOW), "published");
  assert.equal(publicationState({ date: 2030 }, NOW), "published");
});
