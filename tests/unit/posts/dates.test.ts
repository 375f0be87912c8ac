import assert from "node:assert/strict";
import { test } from "node:test";
import { formatReadableDate, parsePostDate } from "../../../src/lib/posts/dates";

test("parses the seed's quoted ISO timestamp", () => {
  assert.equal(
    parsePostDate("2020-04-20T22:01:03.284Z")?.toISOString(),
    "2020-04-20T22:01:03.284Z",
  );
});

test("parses a plain calendar date and a Date object from unquoted YAML", () => {
  assert.equal(parsePostDate("2021-01-05")?.toISOString(), "2021-01-05T00:00:00.000Z");
  const date = new Date("2022-02-03T00:00:00Z");
  assert.equal(parsePostDate(date), date);
});

test("rejects what is not a date", () => {
  for (const value of ["yesterday", "", "2020-13-45", "20/04/2020", 42, null, undefined]) {
    assert.equal(parsePostDate(value), null, String(value));
  }
});

test("formats in UTC, so a late-evening timestamp keeps its day everywhere", () => {
  assert.equal(formatReadableDate(new Date("2020-04-20T22:01:03.284Z")), "April 20, 2020");
  assert.equal(formatReadableDate(new Date("2020-12-31T23:59:59Z")), "December 31, 2020");
});
