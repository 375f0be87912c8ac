/**
 * The budgets against the baseline project: at 1,000 text-only synthetic posts, this project's
 * cold build, peak memory and warm build after one edit each cost at most what the baseline's
 * do, measured in the same run (a ratio holds on a noisy shared machine; an absolute time does
 * not).
 */
import type { BudgetResult, BuildRun, ModeResult, Scenario, ScenarioResult } from "./results";
import { memory, seconds } from "./text-table";

export const BASELINE_POSTS = 1000;
export const BASELINE_LIMIT_RATIO = 1.0;

export interface BaselineContext {
  posts: number;
  textOnly: boolean;
  /** A real folder of posts was built instead of synthetic ones. */
  realCorpus: boolean;
}

export interface Comparison {
  what: string;
  project: number;
  baseline: number;
  /** project / baseline. */
  ratio: number;
  unit: "seconds" | "bytes";
}

const ok = (results: ScenarioResult | undefined): ScenarioResult | undefined =>
  results === undefined || results.runs.some((run) => run.exitCode !== 0) ? undefined : results;

function find(builds: readonly ScenarioResult[], scenario: Scenario) {
  return ok(builds.find((result) => result.scenario === scenario));
}

const peak = (runs: readonly BuildRun[]) => Math.max(...runs.map((run) => run.peakRssBytes));

/** Every figure both builds measured, side by side. */
export function compareWithBaseline(
  mode: ModeResult,
  baseline: readonly ScenarioResult[],
): Comparison[] {
  const rows: Comparison[] = [];
  const scenarios: Scenario[] = ["cold", "warm, nothing changed", "warm, one post's text edited"];
  for (const scenario of scenarios) {
    const ours = find(mode.builds, scenario);
    const theirs = find(baseline, scenario);
    if (ours === undefined || theirs === undefined) continue;
    rows.push({
      what: scenario,
      project: ours.medianSeconds,
      baseline: theirs.medianSeconds,
      ratio: ours.medianSeconds / theirs.medianSeconds,
      unit: "seconds",
    });
  }
  const ourBuilds = mode.builds.filter((result) => ok(result) !== undefined);
  const theirBuilds = baseline.filter((result) => ok(result) !== undefined);
  if (ourBuilds.length > 0 && theirBuilds.length > 0) {
    const project = peak(ourBuilds.flatMap((result) => result.runs));
    const other = peak(theirBuilds.flatMap((result) => result.runs));
    rows.push({
      what: "peak memory (any build)",
      project,
      baseline: other,
      ratio: project / other,
      unit: "bytes",
    });
  }
  return rows;
}

export function formatFigure(value: number, unit: Comparison["unit"]): string {
  return unit === "seconds" ? seconds(value) : memory(value);
}

const BUDGETS: ReadonlyArray<{ id: string; what: string; label: string }> = [
  { id: "baseline-cold", what: "cold", label: "cold build" },
  { id: "baseline-memory", what: "peak memory (any build)", label: "peak memory" },
  {
    id: "baseline-warm-edit",
    what: "warm, one post's text edited",
    label: "warm build after one edit",
  },
];

export function evaluateBaselineBudgets(
  comparisons: readonly Comparison[],
  context: BaselineContext,
): BudgetResult[] {
  const sized =
    context.posts === BASELINE_POSTS && context.textOnly && !context.realCorpus
      ? null
      : `needs --posts ${BASELINE_POSTS} --images 0 with synthetic posts`;
  return BUDGETS.map(({ id, what, label }) => {
    const budget = `${BASELINE_POSTS.toLocaleString("en")} text-only posts: ${label} at most ${BASELINE_LIMIT_RATIO.toFixed(1)}x the baseline's`;
    const row = comparisons.find((comparison) => comparison.what === what);
    if (row === undefined) {
      return { id, budget, measured: "not measured in both builds", status: "not measured" };
    }
    const measured = `${row.ratio.toFixed(2)}x (${formatFigure(row.project, row.unit)} against ${formatFigure(row.baseline, row.unit)})`;
    if (sized !== null) {
      return { id, budget, measured: `${measured}; ${sized}`, status: "not measured" };
    }
    return {
      id,
      budget,
      measured,
      status: row.ratio <= BASELINE_LIMIT_RATIO ? "met" : "missed",
    };
  });
}
