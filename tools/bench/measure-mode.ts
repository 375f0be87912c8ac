// Everything measured for one build mode, in order: cold builds, then the built site (image
// outputs, page weight, Lighthouse) before anything is edited, then the warm builds.
import path from "node:path";
import type { BuildMode } from "./build-modes";
import { cardsDrawn, imageJobs, stepTimings } from "./gatsby-output";
import { measureCardCost } from "./profile-cards";
import { imageWork, summarizeImageOutputs } from "./image-work";
import type { BuildRun, ModeResult, Scenario, ScenarioResult } from "./results";
import { median } from "./statistics";
import { seconds } from "./text-table";
import { editPostText, editTemplate } from "./edits";
import { collectSourceOutputs, staticFileTimes } from "./image-outputs";
import { runLighthouse } from "./lighthouse";
import { pageReport } from "./page-reports";
import { cleanBuild, runBuild } from "./run-build";

/** A build that takes this long or longer is run once: repeats would cost more than they tell. */
const REPEAT_BELOW_SECONDS = 60;
/**
 * Cards drawn to measure a card's cost: as many as the cold build drew, so opening the fonts and
 * warming up are spread over the same number of cards (200 cards cost 20 ms each where the same
 * code drew 1,000 at 13.6 ms), within these bounds: enough to average out titles, and no more
 * than about half a minute.
 */
const CARD_SAMPLE = { fewest: 200, most: 2000 };

export interface ModeSettings {
  root: string;
  /** The post whose text the warm build edits: its Markdown file, relative to content/blog. */
  editedPost: string;
  /** Replaces one of that post's images; null when the corpus has none to replace. */
  replaceImage: ((run: number) => Promise<void>) | null;
  runs: number;
  skipBuilds: boolean;
  skipLighthouse: boolean;
  /** The seed post, the home page and a tag page. */
  pages: readonly string[];
  seedPage: string;
  log: (message: string) => void;
}

/** The change made before each run of a scenario; every call makes a different one. */
export type Prepare = () => void | Promise<void>;

/** What a scenario builds: this project in one of its modes, or a baseline project. */
export interface Builder extends BuildMode {
  /** `node` arguments of the build; this project's own build script when absent. */
  args?: readonly string[];
}

export interface ScenarioSettings {
  root: string;
  runs: number;
  log: (message: string) => void;
}

export async function runScenario(
  scenario: Scenario,
  mode: Builder,
  settings: ScenarioSettings,
  prepare: Prepare,
): Promise<ScenarioResult> {
  const publicFolder = path.join(settings.root, "public");
  const runs: BuildRun[] = [];
  for (let run = 1; run <= settings.runs; run += 1) {
    await prepare();
    const before = staticFileTimes(publicFolder);
    const outcome = await runBuild(settings.root, mode.env, mode.args);
    const work = imageWork(before, staticFileTimes(publicFolder));
    runs.push({
      seconds: outcome.seconds,
      peakRssBytes: outcome.peakRssBytes,
      peakProcessRssBytes: outcome.peakProcessRssBytes,
      exitCode: outcome.exitCode,
      imageWork: work,
      imageJobs: imageJobs(outcome.output),
      steps: stepTimings(outcome.output),
      cardsDrawn: cardsDrawn(outcome.output),
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
    cardCost: null,
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
  // Apart from the build, where cards share the cores with webpack and their own time is lost.
  const drawn = cold.runs[0]?.cardsDrawn ?? 0;
  const sample = Math.min(CARD_SAMPLE.most, Math.max(CARD_SAMPLE.fewest, drawn));
  log(`Drawing ${sample} social cards to measure what one costs`);
  result.cardCost = measureCardCost(sample);
  if (!settings.skipLighthouse) {
    result.lighthouse = await runLighthouse(publicFolder, settings.pages, settings.runs, log);
  }
  if (settings.skipBuilds) return result;

  let edits = 0;
  const { replaceImage } = settings;
  const warm: Array<[Scenario, Prepare]> = [
    ["warm, nothing changed", () => undefined],
    ["warm, one post's text edited", () => editPostText(root, settings.editedPost, (edits += 1))],
    // A corpus without images (text-only posts) has no image to replace.
    ...(replaceImage === null
      ? []
      : [
          ["warm, one post's image replaced", () => replaceImage((edits += 1))] as [
            Scenario,
            Prepare,
          ],
        ]),
    ["warm, a template edited", () => editTemplate(root, (edits += 1))],
  ];
  for (const [scenario, prepare] of warm) {
    const outcome = await runScenario(scenario, mode, settings, prepare);
    result.builds.push(outcome);
    if (failed(outcome)) break;
  }
  return result;
}
