import assert from "node:assert/strict";
import { test } from "node:test";
import {
  compareWithBaseline,
  evaluateBaselineBudgets,
} from "../../../../tools/bench/baseline-budgets";
import type {
  BuildRun,
  ModeResult,
  Scenario,
  ScenarioResult,
} from "../../../../tools/bench/results";

const GIB = 2 ** 30;

function run(seconds: number, peakGib: number, exitCode = 0): BuildRun {
  return {
    seconds,
    peakRssBytes: peakGib * GIB,
    peakProcessRssBytes: peakGib * GIB,
    exitCode,
    imageWork: { filesWritten: 0, sourcesProcessed: 0 },
    imageJobs: 0,
    steps: [],
    cardsDrawn: 0,
  };
}

function build(scenario: Scenario, medianSeconds: number, ...runs: BuildRun[]): ScenarioResult {
  return { scenario, medianSeconds, runs };
}

function project(builds: ScenarioResult[]): ModeResult {
  return { mode: "reader", builds, images: null, pages: [], lighthouse: [], cardCost: null };
}

const OURS = project([
  build("cold", 60, run(60, 1.5)),
  build("warm, nothing changed", 20, run(20, 1.0)),
  build("warm, one post's text edited", 25, run(25, 1.2)),
  build("warm, a template edited", 30, run(30, 1.8)),
]);
const STARTER = [
  build("cold", 80, run(80, 2.0)),
  build("warm, nothing changed", 16, run(16, 1.0)),
  build("warm, one post's text edited", 25, run(25, 1.0)),
];

test("each scenario both built is compared, and peak memory over every build", () => {
  const rows = compareWithBaseline(OURS, STARTER);
  assert.deepEqual(
    rows.map((row) => [row.what, row.project, row.baseline, row.ratio]),
    [
      ["cold", 60, 80, 0.75],
      ["warm, nothing changed", 20, 16, 1.25],
      ["warm, one post's text edited", 25, 25, 1],
      // The template edit has no baseline counterpart, but its memory still counts: 1.8 / 2.0.
      ["peak memory (any build)", 1.8 * GIB, 2 * GIB, 0.9],
    ],
  );
});

test("at 1,000 text-only posts each budget is judged from its ratio; 1.0x is still met", () => {
  const budgets = evaluateBaselineBudgets(compareWithBaseline(OURS, STARTER), {
    posts: 1000,
    textOnly: true,
    realCorpus: false,
  });
  assert.deepEqual(
    budgets.map((budget) => [budget.id, budget.status]),
    [
      ["baseline-cold", "met"],
      ["baseline-memory", "met"],
      ["baseline-warm-edit", "met"],
    ],
  );
  assert.match(budgets[0]?.measured ?? "", /^0\.75x \(60\.0 s against 80\.0 s\)/);
  const slower = project([build("cold", 81, run(81, 3)), ...OURS.builds.slice(1)]);
  const judged = evaluateBaselineBudgets(compareWithBaseline(slower, STARTER), {
    posts: 1000,
    textOnly: true,
    realCorpus: false,
  });
  assert.equal(judged.find((budget) => budget.id === "baseline-cold")?.status, "missed");
  assert.equal(judged.find((budget) => budget.id === "baseline-memory")?.status, "missed");
});

test("another size, figures or a real folder gives the ratios without judging them", () => {
  for (const context of [
    { posts: 20, textOnly: true, realCorpus: false },
    { posts: 1000, textOnly: false, realCorpus: false },
    { posts: 1000, textOnly: true, realCorpus: true },
  ]) {
    const budgets = evaluateBaselineBudgets(compareWithBaseline(OURS, STARTER), context);
    assert.ok(budgets.every((budget) => budget.status === "not measured"));
    assert.match(budgets[0]?.measured ?? "", /^0\.75x .*needs --posts 1000 --images 0/);
  }
});

test("a failed build on either side is not compared", () => {
  const failed = [build("cold", 5, run(5, 0.2, 1))];
  const rows = compareWithBaseline(OURS, failed);
  assert.deepEqual(rows, []);
  const budgets = evaluateBaselineBudgets(rows, { posts: 1000, textOnly: true, realCorpus: false });
  assert.ok(budgets.every((budget) => budget.status === "not measured"));
});
