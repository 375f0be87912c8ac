// The baseline's builds: the same scenarios as this project's first mode where a plain starter
// can do them (cold, nothing changed, one post's text edited), timed and sampled the same way.
import { editPostText } from "./edits";
import { runScenario, type Builder } from "./measure-mode";
import type { ScenarioResult } from "./results";
import { cleanBuild, GATSBY_BUILD } from "./run-build";

export const BASELINE_BUILDER: Builder = {
  name: "baseline",
  description: "the baseline project's own gatsby build",
  env: {},
  args: GATSBY_BUILD,
};

export interface BaselineSettings {
  root: string;
  runs: number;
  skipBuilds: boolean;
  /** The same post this project's warm build edits, relative to content/blog. */
  editedPost: string;
  log: (message: string) => void;
}

export async function measureBaseline(settings: BaselineSettings): Promise<ScenarioResult[]> {
  const { root, log } = settings;
  const runs = settings.skipBuilds ? 1 : settings.runs;
  const cold = await runScenario("cold", BASELINE_BUILDER, { root, runs, log }, () =>
    cleanBuild(root),
  );
  const results = [cold];
  if (settings.skipBuilds || cold.runs.some((run) => run.exitCode !== 0)) return results;
  let edits = 0;
  results.push(
    await runScenario("warm, nothing changed", BASELINE_BUILDER, { root, runs, log }, () => {}),
    await runScenario("warm, one post's text edited", BASELINE_BUILDER, { root, runs, log }, () =>
      editPostText(root, settings.editedPost, (edits += 1)),
    ),
  );
  return results;
}
