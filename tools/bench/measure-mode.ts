// Everything measured for one build mode, in order: cold builds, then the built site (image
// outputs, page weight, Lighthouse) before anything is edited, then the warm builds.
import path from "node:path";
import type { BuildMode } from "./build-modes";
import { postFolder } from "./corpus/synthetic-post";
import { imageJobs, stepTimings } from "./gatsby-output";
import { imageWork, summarizeImageOutputs } from "./image-work";
import type { BuildRun, ModeResult, Scenario, ScenarioResult } from "./results";
import { median } from "./statistics";
import { seconds } from "./text-table";
import { editPostText, editTemplate, replacePostImage } from "./edits";
import { collectSourceOutputs, staticFileTimes } from "./image-outputs";
import { runLighthouse } from "./lighthouse";
import { pageReport } from "./page-reports";
import { cleanBuild, runBuild } from "./run-build";

/** A build that takes this long or longer is run once: repeats would cost more than they tell. */
const REPEAT_BELOW_SECONDS = 60;

export interface ModeSettings {
  root: string;
  posts: number;
  seed: string;
  textOnly: boolean;
  runs: number;
  skipBuilds: boolean;
  skipLighthouse: boolean;
  /** The seed post, the home page and a tag page. */
  pages: readonly string[];
  seedPage: string;
  log: (message: string) => void;
}

/** The change made before each run of a scenario; every call makes a different one. */
type Prepare = () => void | Promise<void>;

async function runScenario(
  scenario: Scenario,
  mode: BuildMode,
  settings: ModeSettings,
  prepare: Prepare,
): Promise<ScenarioResult> {
  const publicFolder = path.join(settings.root, "public");
  const runs: BuildRun[] = [];
  for (let run = 1; run <= settings.runs; run += 1) {
    await prepare();
    const before = staticFileTimes(publicFolder);
    const outcome = await runBuild(settings.root, mode.env);
    const work = imageWork(before, staticFileTimes(publicFolder));
    runs.push({
      seconds: outcome.seconds,
      peakRssBytes: outcome.peakRssBytes,
      peakProcessRssBytes: outcome.peakProcessRssBytes,
      exitCode: outcome.exitCode,
      imageWork: work,
      imageJobs: imageJobs(outcome.output),
      steps: stepTimings(outcome.output),
    });
    settings.log(
      `${mode.name}, ${scenario}: ${seconds(outcome.seconds)}, ${work.filesWritten} image files written${outcome.exitCode === 0 ? "" : `, FAILED (exit ${outcome.exitCode})`}`,
    );
    if (outcome.exitCode !== 0) {
      settings.log(outcome.output.split("\n").slice(-60).join("\n"));
      break;
    }
    if (outcome.seconds >= REPEAT_BELOW_SECONDS) break;
  }
  return { scenario, runs, medianSeconds: median(runs.map((run) => run.seconds)) };
}

const failed = (result: ScenarioResult) => result.runs.some((run) => run.exitCode !== 0);

export async function measureMode(mode: BuildMode, settings: ModeSettings): Promise<ModeResult> {
  const { root, log } = settings;
  const publicFolder = path.join(root, "public");
  const result: ModeResult = {
    mode: mode.name,
    builds: [],
    images: null,
    pages: [],
    lighthouse: [],
  };
  const cold = await runScenario(
    "cold",
    mode,
    { ...settings, runs: settings.skipBuilds ? 1 : settings.runs },
    () => cleanBuild(root),
  );
  result.builds.push(cold);
  if (failed(cold)) return result;

  log("Reading the image outputs and the pages");
  result.images = summarizeImageOutputs(await collectSourceOutputs(root, publicFolder));
  result.pages = settings.pages.map((page) =>
    pageReport(publicFolder, page, page === settings.seedPage),
  );
  if (!settings.skipLighthouse) {
    result.lighthouse = await runLighthouse(publicFolder, settings.pages, settings.runs, log);
  }
  if (settings.skipBuilds) return result;

  // The post in the middle of the corpus: neither on the home page nor at the end of the lists.
  const edited = Math.ceil(settings.posts / 2);
  let edits = 0;
  const warm: Array<[Scenario, Prepare]> = [
    ["warm, nothing changed", () => undefined],
    ["warm, one post's text edited", () => editPostText(root, postFolder(edited), (edits += 1))],
    [
      "warm, one post's image replaced",
      () => replacePostImage(root, edited, settings.seed, (edits += 1)),
    ],
    ["warm, a template edited", () => editTemplate(root, (edits += 1))],
  ];
  for (const [scenario, prepare] of warm) {
    // Text-only posts have no image to replace.
    if (settings.textOnly && scenario === "warm, one post's image replaced") continue;
    const outcome = await runScenario(scenario, mode, settings, prepare);
    result.builds.push(outcome);
    if (failed(outcome)) break;
  }
  return result;
}
