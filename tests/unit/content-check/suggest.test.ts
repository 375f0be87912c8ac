import assert from "node:assert/strict";
import { test } from "node:test";
import { closestName, editDistance } from "../../../src/lib/content-check/suggest";

test("edit distance counts insertions, deletions, substitutions and swaps as one", () => {
  assert.equal(editDistance("tags", "tags"), 0);
  assert.equal(editDistance("tag", "tags"), 1);
  assert.equal(editDistance("tags", "tag"), 1);
  assert.equal(editDistance("date", "data"), 1);
  assert.equal(editDistance("tilte", "title"), 1);
  assert.equal(editDistance("", "lang"), 4);
  assert.equal(editDistance("kitten", "sitting"), 3);
  // Code points, not UTF-16 units: one emoji is one character.
  assert.equal(editDistance("a😲", "ab"), 1);
});

const FIELDS = ["title", "date", "updated", "description", "tags", "lang", "draft"];

test("finds the field an author almost typed", () => {
  assert.equal(closestName("tag", FIELDS), "tags");
  assert.equal(closestName("tilte", FIELDS), "title");
  assert.equal(closestName("descripton", FIELDS), "description");
  assert.equal(closestName("Title", FIELDS), "title");
  assert.equal(closestName("DRAFT", FIELDS), "draft");
});

test("gives nothing when no name is near enough", () => {
  assert.equal(closestName("mood", FIELDS), null);
  assert.equal(closestName("xyz", []), null);
  assert.equal(closestName("tga", FIELDS, 0), null);
  assert.equal(closestName("tgas", FIELDS, 1), "tags");
  assert.equal(closestName("tagsss", FIELDS, 1), null);
});

test("on a tie the earlier candidate wins", () => {
  assert.equal(closestName("dat", ["data", "date"]), "data");
  assert.equal(closestName("dat", ["date", "data"]), "date");
  // A closer later candidate still beats an earlier one.
  assert.equal(closestName("dates", ["date", "dates"]), "dates");
});
