import assert from "node:assert/strict";
import { test } from "node:test";
import { groupByYear } from "../../../src/lib/lists/archive";

test("posts are grouped by UTC year, newest year and newest post first", () => {
  const years = groupByYear([
    { slug: "a", date: "2019-06-01" },
    { slug: "b", date: "2021-01-01T00:30:00+09:00" }, // 2020-12-31 in UTC
    { slug: "c", date: "2021-03-04" },
    { slug: "d", date: "2020-02-02" },
    { slug: "e", date: "2021-03-04" },
    { slug: "f", date: "not a date" },
  ]);
  assert.deepEqual(
    years.map(({ year, posts }) => [year, posts.map((post) => post.slug)]),
    [
      [2021, ["c", "e"]],
      [2020, ["b", "d"]],
      [2019, ["a"]],
    ],
  );
});

test("no posts, no years", () => {
  assert.deepEqual(groupByYear([]), []);
});
