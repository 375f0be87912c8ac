import assert from "node:assert/strict";
import { test } from "node:test";
import { lastChange, newestFirst } from "../../../src/lib/feeds/post-order";
import { parseTimestamp, toRfc822 } from "../../../src/lib/feeds/timestamps";
import { post } from "./fixtures";

test("ISO dates and timestamps parse; times without an offset are UTC", () => {
  assert.equal(parseTimestamp("2024-01-10", "d").toISOString(), "2024-01-10T00:00:00.000Z");
  assert.equal(parseTimestamp("2024-01-10T09:30", "d").toISOString(), "2024-01-10T09:30:00.000Z");
  assert.equal(
    parseTimestamp("2024-01-10T09:30:00+09:00", "d").toISOString(),
    "2024-01-10T00:30:00.000Z",
  );
});

test("anything that is not an ISO 8601 date is refused with its context", () => {
  assert.throws(() => parseTimestamp("Jan 10, 2024", "date of x"), /date of x/);
  assert.throws(() => parseTimestamp("2024-13-45", "d"), /not a real date/);
});

test("RSS dates are RFC 822 in GMT", () => {
  assert.equal(toRfc822(new Date("2020-04-19T15:10:23Z")), "Sun, 19 Apr 2020 15:10:23 GMT");
});

test("newestFirst sorts by publication, breaking ties by URL, and honours limit", () => {
  const posts = [
    post({ url: "https://x/b/", published: "2024-01-01" }),
    post({ url: "https://x/c/", published: "2024-05-01" }),
    post({ url: "https://x/a/", published: "2024-01-01" }),
  ];
  assert.deepEqual(
    newestFirst(posts).map(({ post: p }) => p.url),
    ["https://x/c/", "https://x/a/", "https://x/b/"],
  );
  assert.equal(newestFirst(posts, 0).length, 0);
  assert.throws(() => newestFirst(posts, 1.5), RangeError);
});

test("lastChange is the latest update or publication, or null without posts", () => {
  const dated = newestFirst([
    post({ url: "https://x/new/", published: "2024-05-01" }),
    post({ url: "https://x/old/", published: "2020-01-01", updated: "2024-06-01" }),
  ]);
  assert.equal(lastChange(dated)?.toISOString(), "2024-06-01T00:00:00.000Z");
  assert.equal(lastChange([]), null);
});
