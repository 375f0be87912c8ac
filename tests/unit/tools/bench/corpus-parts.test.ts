import assert from "node:assert/strict";
import { test } from "node:test";
import { niceTicks } from "../../../../tools/bench/corpus/chart-svg";
import { deck } from "../../../../tools/bench/corpus/deck";
import { Random } from "../../../../tools/bench/corpus/random";

test("a deck deals every item once per round and never the same item twice in a row", () => {
  const items = ["a", "b", "c", "d", "e"];
  const next = deck(new Random("deck"), items);
  const dealt = Array.from({ length: 50 }, next);
  for (let round = 0; round < 10; round += 1) {
    assert.deepEqual([...dealt.slice(round * 5, round * 5 + 5)].sort(), items);
  }
  dealt.forEach((item, index) => assert.notEqual(item, dealt[index + 1], `at ${index}`));
});

test("the same seed gives the same stream; integers stay within their bounds", () => {
  const a = new Random("x");
  const b = new Random("x");
  const first = Array.from({ length: 100 }, () => a.int(4, 8));
  assert.deepEqual(
    first,
    Array.from({ length: 100 }, () => b.int(4, 8)),
  );
  assert.deepEqual([...new Set(first)].sort(), [4, 5, 6, 7, 8]);
  const other = new Random("y");
  assert.notDeepEqual(
    first,
    Array.from({ length: 100 }, () => other.int(4, 8)),
  );
});

test("axis ticks are round numbers that cover the data", () => {
  assert.deepEqual(niceTicks(0, 100), [0, 20, 40, 60, 80, 100]);
  assert.deepEqual(niceTicks(0, 187), [0, 50, 100, 150, 200]);
  assert.deepEqual(niceTicks(0, 0.93), [0, 0.2, 0.4, 0.6, 0.8, 1]);
});
