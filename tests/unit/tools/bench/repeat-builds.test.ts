import assert from "node:assert/strict";
import { test } from "node:test";
import { outcome, parseRepeatArgs, type BuildRecord } from "../../../../tools/bench/repeat-builds";

test("repeat-builds options: defaults, values, and an error naming a bad option", () => {
  assert.deepEqual(parseRepeatArgs([]), { builds: 20, load: false, out: "bench-results/repeat" });
  assert.deepEqual(parseRepeatArgs(["--builds", "40", "--load", "--out", "r"]), {
    builds: 40,
    load: true,
    out: "r",
  });
  for (const bad of [["--builds", "0"], ["--builds"], ["--runs", "3"]]) {
    const parsed = parseRepeatArgs(bad);
    assert.equal(typeof parsed, "string", bad.join(" "));
    assert.match(String(parsed), new RegExp(`option ${bad[0] ?? ""}`));
  }
});

test("a build's end says whether a signal came after Gatsby had finished", () => {
  const base: BuildRecord = {
    index: 1,
    kind: "cold",
    seconds: 1,
    status: 0,
    signal: null,
    done: true,
    output: "",
  };
  assert.equal(outcome(base), "passed");
  assert.equal(outcome({ ...base, status: 1 }), "exit code 1");
  assert.equal(
    outcome({ ...base, status: null, signal: "SIGSEGV" }),
    'ended by SIGSEGV after "Done building"',
  );
  assert.equal(
    outcome({ ...base, status: null, signal: "SIGKILL", done: false }),
    "ended by SIGKILL",
  );
});
