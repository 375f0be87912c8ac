import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { mapInParallel } from "../../../src/lib/parallel/map-in-parallel";

/** A promise with its resolve function, so a test decides when each task ends. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open = () => {};
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

describe("mapInParallel", () => {
  test("keeps the items' order whatever order the tasks finish in", async () => {
    const gates = [gate(), gate(), gate()];
    const pending = mapInParallel([10, 20, 30], 3, async (item, index) => {
      await gates[index]?.promise;
      return item + index;
    });
    gates[2]?.open();
    gates[0]?.open();
    gates[1]?.open();
    assert.deepEqual(await pending, [10, 21, 32]);
  });

  test("never runs more than the limit at once, and uses all of it", async () => {
    let running = 0;
    let most = 0;
    await mapInParallel(
      Array.from({ length: 9 }, (_, i) => i),
      3,
      async () => {
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setImmediate(resolve));
        running -= 1;
      },
    );
    assert.equal(most, 3);
  });

  test("rejects with the first failure, after the tasks already started have ended", async () => {
    const ended: number[] = [];
    const started: number[] = [];
    const slow = gate();
    const pending = mapInParallel([0, 1, 2, 3], 2, async (item) => {
      started.push(item);
      if (item === 0) {
        await slow.promise;
        ended.push(item);
        return item;
      }
      throw new Error(`task ${item} failed`);
    });
    let settled = false;
    pending.catch(() => {}).finally(() => (settled = true));
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(settled, false, "rejected before the running task ended");
    slow.open();
    await assert.rejects(pending, /task 1 failed/);
    assert.deepEqual(ended, [0]);
    assert.deepEqual(started, [0, 1], "a task started after the failure");
  });

  test("an empty list gives an empty result, and a limit below one is refused", async () => {
    assert.deepEqual(await mapInParallel([], 4, async () => 1), []);
    await assert.rejects(
      mapInParallel([1], 0, async () => 1),
      RangeError,
    );
  });
});
