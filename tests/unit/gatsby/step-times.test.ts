import assert from "node:assert/strict";
import { test } from "node:test";
import { StepTimes } from "../../../src/gatsby/step-times";

test("times each step in order, and still records one that throws", async () => {
  const clock = [0, 400, 400, 2100, 2100, 2150];
  const steps = new StepTimes(() => clock.shift() ?? 0);
  assert.equal(
    steps.run("feeds", () => 7),
    7,
  );
  assert.equal(await steps.runAsync("search index", () => Promise.resolve("ok")), "ok");
  assert.throws(() =>
    steps.run("link check", () => {
      throw new Error("broken");
    }),
  );
  assert.equal(steps.summary(), "feeds 0.40 s, search index 1.70 s, link check 0.05 s");
});
