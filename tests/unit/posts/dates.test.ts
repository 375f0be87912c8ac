import assert from "node:assert/strict";
import { test } from "node:test";
import { canonicalPostDate, formatReadableDate, parsePostDate } from "../../../src/lib/posts/dates";

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

test("parses timestamps written the Jekyll way: a space before the time and the offset", () => {
  const cases: Array<[string, string]> = [
    ["2020-04-20 10:30:00 +0900", "2020-04-20T01:30:00.000Z"],
    ["2020-04-20 10:30:00 +09:00", "2020-04-20T01:30:00.000Z"],
    ["2020-04-20 10:30:00+09", "2020-04-20T01:30:00.000Z"],
    ["2020-04-20 9:05 -0500", "2020-04-20T14:05:00.000Z"],
    ["2020-04-20T10:30:00+0900", "2020-04-20T01:30:00.000Z"],
  ];
  for (const [text, iso] of cases) assert.equal(parsePostDate(text)?.toISOString(), iso, text);
});

test("a time without an offset is UTC, as YAML reads it, whatever the machine's time zone", () => {
  assert.equal(parsePostDate("2020-04-20 10:30:00")?.toISOString(), "2020-04-20T10:30:00.000Z");
  assert.equal(parsePostDate("2020-04-20T22:01")?.toISOString(), "2020-04-20T22:01:00.000Z");
});

test("a day the month does not have is not a date, with or without a time", () => {
  for (const text of ["2021-02-29", "2021-02-30 10:00:00", "2020-04-31", "2020-04-20 25:00"]) {
    assert.equal(parsePostDate(text), null, text);
  }
  assert.equal(parsePostDate("2020-02-29")?.toISOString(), "2020-02-29T00:00:00.000Z");
});

test("the canonical form keeps ISO dates as written and writes the others in UTC", () => {
  assert.equal(canonicalPostDate("2020-04-20"), "2020-04-20");
  assert.equal(canonicalPostDate("2020-04-20T10:00:00+09:00"), "2020-04-20T10:00:00+09:00");
  assert.equal(canonicalPostDate("2020-04-20 10:30:00 +0900"), "2020-04-20T01:30:00.000Z");
  assert.equal(canonicalPostDate(new Date("2020-04-20T00:00:00Z")), "2020-04-20T00:00:00.000Z");
  assert.equal(canonicalPostDate("soon"), "soon");
  assert.equal(canonicalPostDate(2020), 2020);
});
