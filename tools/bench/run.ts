// `npm run bench`: generates a corpus of synthetic technical posts in a temporary copy of the
// project, builds it cold and warm, measures image work, memory, page weight and Lighthouse
// scores, and judges the budgets. Prints tables and writes everything to bench-results/.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { evaluateBudgets } from "./budgets";
import { formatReport } from "./format-report";
import { summarizeImageOutputs } from "./image-work";
import { parseOptions, USAGE, type BenchOptions } from "./options";
import type { BenchResult, ModeResult } from "./results";
import { seconds } from "./text-table";
import { runIfEntryPoint } from "../../scripts/run-cli";
import { collectSourceOutputs } from "./image-outputs";
import { chromePath, runLighthouse } from "./lighthouse";
import { measureMode } from "./measure-mode";
import { readScaleReference } from "./scale-reference";
import { canSampleMemory } from "./memory-sampler";
import { pageReport } from "./page-reports";
import { copyProject } from "./project-copy";
import { writeCorpus } from "./write-corpus";
import { compareWithBaseline, evaluateBaselineBudgets } from "./baseline-budgets";
import { prepareBaseline } from "./baseline-project";
import { postFolder } from "./corpus/synthetic-post";
import { replacePostImage } from "./edits";
import { measureBaseline } from "./measure-baseline";
import { copyRealCorpus } from "./real-corpus";
import { CONTENT_FOLDER } from "../../src/lib/posts/content-folder";

/** The seed post (the real first post, kept in every corpus), the home page and a tag page. */
const SEED_POST = "/representation_learning/";
const MEASURED_PAGES = [SEED_POST, "/", "/tags/deep-learning/"];

const repoRoot = path.resolve(".");

function log(message: string): void {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

function packageVersion(name: string): string {
  try {
    const file = path.join(repoRoot, "node_modules", name, "package.json");
    return (JSON.parse(fs.readFileSync(file, "utf8")) as { version: string }).version;
  } catch {
    return "not installed";
  }
}

function commandOutput(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: "utf8" });
  return result.status === 0 ? result.stdout.trim() : "unknown";
}

function environment(): Record<string, string | number> {
  return {
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryBytes: os.totalmem(),
    // The benchmark runs on shared machines: the load at the start says how quiet this one was.
    loadAverageAtStart: os.loadavg()[0] ?? 0,
    gatsby: packageVersion("gatsby"),
    lighthouse: packageVersion("lighthouse"),
    chromium: fs.existsSync(chromePath) ? commandOutput(chromePath, ["--version"]) : "missing",
    commit: commandOutput("git", ["rev-parse", "--short", "HEAD"]),
  };
}

function resultFile(options: BenchOptions, startedAt: string): string {
  if (options.out !== null) return path.resolve(options.out);
  const stamp = startedAt.replace(/[:.]/g, "-");
  const what =
    options.publicFolder !== null
      ? "pages"
      : options.corpus !== null
        ? `corpus-${path.basename(path.resolve(options.corpus))}`
        : `${options.posts}-posts${options.textOnly ? "-text-only" : ""}`;
  return path.join(repoRoot, "bench-results", `${stamp}-${what}.json`);
}

/** The pages and images of an already built site (`--public`), without any build. */
async function measureBuiltSite(options: BenchOptions, folder: string): Promise<ModeResult> {
  for (const page of MEASURED_PAGES) {
    const html = path.join(folder, ...page.split("/").filter(Boolean), "index.html");
    if (!fs.existsSync(html)) throw new Error(`${html} does not exist; build the site first`);
  }
  return {
    mode: "as built",
    builds: [],
    // The sources are this checkout's content/, which the folder is assumed to be built from.
    images: summarizeImageOutputs(await collectSourceOutputs(repoRoot, folder)),
    pages: MEASURED_PAGES.map((page) => pageReport(folder, page, page === SEED_POST)),
    lighthouse: options.skipLighthouse
      ? []
      : await runLighthouse(folder, MEASURED_PAGES, options.runs, log),
    cardCost: null,
  };
}

interface PostsToBuild {
  /** The post whose text the warm build edits, relative to content/blog. */
  editedPost: string;
  replaceImage: ((run: number) => Promise<void>) | null;
  pages: readonly string[];
}

/** Writes the synthetic corpus, or copies the --corpus folder, into the project copy. */
async function writePosts(
  options: BenchOptions,
  root: string,
  result: BenchResult,
): Promise<PostsToBuild> {
  if (options.corpus !== null) {
    log(`Copying the posts of ${options.corpus}`);
    const real = copyRealCorpus(options.corpus, root);
    result.corpus = real.summary;
    // A real blog has no seed post or known tag page: its home page is what every blog has.
    return { editedPost: real.editedPost, replaceImage: null, pages: ["/"] };
  }
  log(`Writing ${options.posts} posts${options.textOnly ? " (text only)" : " with figures"}`);
  result.corpus = await writeCorpus(
    root,
    options.posts,
    { seed: options.seed, textOnly: options.textOnly },
    log,
  );
  log(`Corpus written and checked in ${seconds(result.corpus.seconds)}`);
  // The post in the middle of the corpus: neither on the home page nor at the end of the lists.
  const edited = Math.ceil(options.posts / 2);
  return {
    editedPost: `${postFolder(edited)}/index.md`,
    replaceImage: options.textOnly
      ? null
      : (run) => replacePostImage(root, edited, options.seed, run),
    pages: MEASURED_PAGES,
  };
}

async function measureCorpus(options: BenchOptions, result: BenchResult): Promise<void> {
  const root = copyProject(repoRoot);
  log(`Project copy: ${root}`);
  let baselineRoot: string | null = null;
  try {
    const posts = await writePosts(options, root, result);
    if (options.baseline !== null) {
      // Copied before any build, so the baseline gets the posts exactly as this project does.
      baselineRoot = prepareBaseline(options.baseline, path.join(root, CONTENT_FOLDER), log);
      log(`Baseline copy: ${baselineRoot}`);
      result.baseline = {
        project: options.baseline,
        builds: await measureBaseline({
          root: baselineRoot,
          runs: options.runs,
          skipBuilds: options.skipBuilds,
          editedPost: posts.editedPost,
          log: (message) => log(`baseline: ${message}`),
        }),
      };
    }
    for (const [index, mode] of options.modes.entries()) {
      result.modes.push(
        await measureMode(mode, {
          root,
          editedPost: posts.editedPost,
          replaceImage: posts.replaceImage,
          runs: options.runs,
          // The modes differ only in the last step of a build, which rewrites the pages: the
          // first mode gets every build, the others one cold build for their pages and scores.
          skipBuilds: options.skipBuilds || index > 0,
          skipLighthouse: options.skipLighthouse,
          pages: posts.pages,
          seedPage: SEED_POST,
          log,
        }),
      );
    }
  } finally {
    for (const copy of [root, baselineRoot]) {
      if (copy === null) continue;
      if (options.keep) log(`Kept ${copy}`);
      else fs.rmSync(copy, { recursive: true, force: true });
    }
  }
}

async function main(argv: string[]): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseOptions(argv);
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  let scaleReference = new Map<string, number>();
  try {
    if (options.scaleFrom !== null) scaleReference = readScaleReference(options.scaleFrom);
  } catch (error) {
    // Before any build: a wrong file costs seconds, not the half hour of a 10,000-post run.
    console.error((error as Error).message);
    return 2;
  }
  if (!canSampleMemory()) log("No /proc on this system: build memory is not measured.");
  const startedAt = new Date().toISOString();
  const result: BenchResult = {
    startedAt,
    options: { ...options, modes: options.modes.map((mode) => mode.name) },
    environment: environment(),
    corpus: null,
    modes: [],
    baseline: null,
    budgets: {},
  };
  if (options.publicFolder !== null) {
    result.modes.push(await measureBuiltSite(options, path.resolve(options.publicFolder)));
  } else {
    await measureCorpus(options, result);
  }
  result.environment.loadAverageAtEnd = os.loadavg()[0] ?? 0;
  for (const [index, mode] of result.modes.entries()) {
    result.budgets[mode.mode] = evaluateBudgets(mode, {
      posts: options.publicFolder !== null || options.corpus !== null ? 0 : options.posts,
      textOnly: options.textOnly,
      seedPage: SEED_POST,
      referenceColdSeconds: scaleReference.get(mode.mode) ?? null,
    });
    // The baseline is compared with the mode that got every build.
    if (index === 0 && result.baseline !== null) {
      result.budgets[mode.mode]?.push(
        ...evaluateBaselineBudgets(compareWithBaseline(mode, result.baseline.builds), {
          posts: options.posts,
          textOnly: options.textOnly,
          realCorpus: options.corpus !== null,
        }),
      );
    }
  }
  const file = resultFile(options, startedAt);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\n${formatReport(result)}\n\nResults: ${path.relative(repoRoot, file)}`);
  const builds = [
    ...result.modes.flatMap((mode) => mode.builds),
    ...(result.baseline?.builds ?? []),
  ];
  const buildFailed = builds.some((build) => build.runs.some((run) => run.exitCode !== 0));
  return buildFailed ? 1 : 0;
}

runIfEntryPoint(import.meta.url, main);
