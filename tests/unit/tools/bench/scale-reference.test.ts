import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { readScaleReference } from "../../../../tools/bench/scale-reference";

const folder = fs.mkdtempSync(path.join(os.tmpdir(), "scale-reference-"));
after(() => fs.rmSync(folder, { recursive: true, force: true }));

function resultsFile(name: string, options: Record<string, unknown>, modes: unknown[]): string {
  const file = path.join(folder, name);
  fs.writeFileSync(file, JSON.stringify({ options, modes }));
  return file;
}

const TEXT_ONLY_1000 = { posts: 1000, textOnly: true, corpus: null };
const cold = (seconds: number) => ({ scenario: "cold", runs: [], medianSeconds: seconds });

test("reads each mode's cold build from a 1,000-post text-only run", () => {
  const file = resultsFile("good.json", TEXT_ONLY_1000, [
    {
      mode: "reader",
      builds: [cold(201.5), { scenario: "warm, nothing changed", medianSeconds: 50 }],
    },
    { mode: "runtime", builds: [cold(190)] },
  ]);
  assert.deepEqual(
    readScaleReference(file),
    new Map([
      ["reader", 201.5],
      ["runtime", 190],
    ]),
  );
});

test("refuses runs of another size or corpus, and files that are no results", () => {
  const modes = [{ mode: "reader", builds: [cold(200)] }];
  const other = [
    resultsFile("100.json", { ...TEXT_ONLY_1000, posts: 100 }, modes),
    resultsFile("figures.json", { ...TEXT_ONLY_1000, textOnly: false }, modes),
    resultsFile("real.json", { ...TEXT_ONLY_1000, corpus: "../blog" }, modes),
  ];
  for (const file of other)
    assert.throws(() => readScaleReference(file), /--posts 1000 --images 0/);
  const broken = path.join(folder, "broken.json");
  fs.writeFileSync(broken, "{");
  assert.throws(
    () => readScaleReference(broken),
    /--scale-from .*broken\.json: not a results file/,
  );
  const noCold = resultsFile("no-cold.json", TEXT_ONLY_1000, [{ mode: "reader", builds: [] }]);
  assert.throws(() => readScaleReference(noCold), /no cold build/);
});
