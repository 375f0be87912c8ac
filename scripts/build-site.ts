// `npm run build`: the content checks, then gatsby build with the path prefix applied when
// there is one (site.config.ts or PATH_PREFIX), and never a half-written public/ left behind.
// Gatsby starts beside the checks but waits for their verdict before it touches public/ (it may
// empty it when its cache is new; see content-check-gate.ts), so content errors leave the
// previous build usable; a failure after Gatsby started writing removes public/, so nothing broken
// can be deployed by mistake. `--all` and `--rule <rule>` choose what the reports list (see
// report-options.ts); they reach the Gatsby process, for its link report, as CHECK_REPORT.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  checkProjectContent,
  cachedCheckOptions,
  contentCheckTimeLine,
  type ContentCheckResult,
} from "../src/gatsby/content-report";
import { GATED_STDIO, GATE_ENV, GATE_FD, sendVerdict } from "../src/gatsby/content-check-gate";
import { workflowCommands } from "../src/lib/content-check/annotations";
import { formatReport, mustFail, summarize } from "../src/lib/content-check/report";
import {
  REPORT_ENV,
  SEE_ALL_HINTS,
  combineViews,
  parseReportArgs,
  parseReportEnv,
  reportEnvValue,
} from "../src/lib/content-check/report-options";
import { site } from "../src/site-config";

const publicFolder = path.resolve("public");
const gatsby = path.resolve("node_modules", "gatsby", "cli.js");

/** The newest modification time below `folder` (0 when it does not exist). */
function newestChange(folder: string): number {
  if (!fs.existsSync(folder)) return 0;
  let newest = fs.statSync(folder).mtimeMs;
  for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
    const stat = fs.statSync(path.join(entry.parentPath, entry.name));
    newest = Math.max(newest, stat.mtimeMs);
  }
  return newest;
}

/** Starts `gatsby build`, which waits at onPreInit for the content check's verdict. */
function startGatsby(view: ReturnType<typeof combineViews>, rest: string[]): ChildProcess {
  const prefix = site.pathPrefix;
  const gatsbyArgs = [gatsby, "build", ...(prefix ? ["--prefix-paths"] : []), ...rest];
  return spawn(process.execPath, gatsbyArgs, {
    stdio: [...GATED_STDIO],
    env: {
      ...process.env,
      GATSBY_TELEMETRY_DISABLED: "1",
      // The checks run here; the build's own run of them (for `gatsby build` used directly)
      // would only repeat them.
      BLOG_CONTENT_CHECKED: "1",
      [GATE_ENV]: String(GATE_FD),
      // Gatsby runs page queries (where posts are rendered) and page HTML in one worker per
      // core but one, keeping a core for its main process, which then mostly waits: one worker
      // per core uses the core it leaves idle. An author's own setting wins.
      GATSBY_CPU_COUNT: process.env.GATSBY_CPU_COUNT ?? String(os.availableParallelism() + 1),
      [REPORT_ENV]: reportEnvValue(view),
    },
  });
}

function exited(child: ChildProcess): Promise<{ status: number | null; signal: string | null }> {
  return new Promise((resolve) => {
    child.on("error", (error) => {
      console.error(`Could not start gatsby build: ${error.message}`);
      resolve({ status: 1, signal: null });
    });
    child.on("exit", (status, signal) => resolve({ status, signal }));
  });
}

/** What an author can do about a Gatsby process ended by a signal (docs/performance.md). */
function signalMessage(signal: string): string {
  return (
    `gatsby build was ended by ${signal}: something stopped it from outside (the machine ran ` +
    `out of memory, a time limit) or it crashed in native code. Run the build again. If it ` +
    `keeps happening, \`npm run bench:repeat -- --load\` builds the site many times in a row ` +
    `and writes the backtrace of such a crash.`
  );
}

async function build(): Promise<number> {
  const strict = process.env.BLOG_STRICT === "1";
  const args = parseReportArgs(process.argv.slice(2));
  if (args.error !== null) {
    console.error(`npm run build: ${args.error}`);
    return 2;
  }
  const view = combineViews(parseReportEnv(process.env[REPORT_ENV]), args.view);
  const before = newestChange(publicFolder);
  const gatsbyProcess = startGatsby(view, args.rest);
  const ended = exited(gatsbyProcess);
  const started = performance.now();
  let checked: ContentCheckResult;
  try {
    checked = checkProjectContent(process.cwd(), cachedCheckOptions(process.cwd()));
  } catch (error) {
    sendVerdict(gatsbyProcess, "fail");
    await ended;
    throw error;
  }
  console.log(contentCheckTimeLine(checked, performance.now() - started));
  const { problems, checkedFiles } = checked;
  // The content problems are the ones `npm run check` finds, and it lists them without a build.
  const report = formatReport(problems, checkedFiles, { view, seeAll: SEE_ALL_HINTS.check });
  const failed = mustFail(problems, strict);
  sendVerdict(gatsbyProcess, failed ? "fail" : "pass");
  if (failed) console.error(`Content check failed; nothing was built.\n${report}`);
  else if (problems.length > 0) {
    const { errors, warnings } = summarize(problems);
    // Notes alone go to stdout: they say how old frontmatter was read, and nothing is wrong.
    (errors + warnings > 0 ? console.warn : console.log)(`Content check:\n${report}`);
  }
  for (const line of workflowCommands(problems, process.env, process.cwd())) console.log(line);
  const result = await ended;
  if (failed) return 1;

  if (result.signal !== null) console.error(signalMessage(result.signal));
  const status = result.status ?? 1;
  if (status !== 0 && newestChange(publicFolder) > before) {
    fs.rmSync(publicFolder, { recursive: true, force: true });
    console.error("The build failed after it had started writing public/, so public/ was removed.");
  }
  return status;
}

build().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
