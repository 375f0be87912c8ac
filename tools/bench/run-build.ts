// One timed build of a project copy with `npm run build`'s own script (scripts/build-site.ts):
// what an author runs to publish, content check included, without npm's start-up in the time.
// The baseline project is timed the same way with its own `gatsby build`.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ownCachePath } from "../../src/lib/build-cache/own-cache-folder";
import { sampleMemory } from "./memory-sampler";

export interface BuildOutcome {
  seconds: number;
  peakRssBytes: number;
  peakProcessRssBytes: number;
  exitCode: number;
  /** stdout and stderr together. */
  output: string;
}

/** Gatsby in CI mode prints one plain line per finished step, which the step timings are read from. */
function buildEnvironment(extra: Readonly<Record<string, string>>): NodeJS.ProcessEnv {
  return { ...process.env, GATSBY_TELEMETRY_DISABLED: "1", CI: "true", NO_COLOR: "1", ...extra };
}

/** This project's build, as `npm run build` runs it. */
export const PROJECT_BUILD: readonly string[] = ["--import", "tsx", "scripts/build-site.ts"];

/** A plain Gatsby project's build (the baseline's `npm run build`). */
export const GATSBY_BUILD: readonly string[] = ["node_modules/gatsby/cli.js", "build"];

/** Runs `node <args>` in `root`, sampling the memory of its whole process tree. */
export function runBuild(
  root: string,
  env: Readonly<Record<string, string>>,
  args: readonly string[] = PROJECT_BUILD,
): Promise<BuildOutcome> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...args], {
      cwd: root,
      env: buildEnvironment(env),
      stdio: ["ignore", "pipe", "pipe"],
    });
    if (child.pid === undefined) {
      reject(new Error("could not start the build"));
      return;
    }
    const sampler = sampleMemory(child.pid);
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      const seconds = (performance.now() - started) / 1000;
      const peak = sampler.stop();
      resolve({
        seconds,
        peakRssBytes: peak.rssBytes,
        peakProcessRssBytes: peak.largestProcessRssBytes,
        exitCode: code ?? (signal ? 128 : 1),
        output: Buffer.concat(chunks).toString("utf8") + (signal ? `\n(ended by ${signal})` : ""),
      });
    });
  });
}

/**
 * `npm run clean` as it works on any Gatsby project: `gatsby clean` removes .cache/ and public/,
 * and the project's own cache folder goes too, so the next build is cold.
 */
export function cleanBuild(root: string): void {
  fs.rmSync(ownCachePath(root), { recursive: true, force: true });
  const gatsby = path.join(root, "node_modules", "gatsby", "cli.js");
  const result = spawnSync(process.execPath, [gatsby, "clean"], {
    cwd: root,
    env: buildEnvironment({}),
    encoding: "utf8",
  });
  if (result.status !== 0)
    throw new Error(`gatsby clean failed:\n${result.stdout}${result.stderr}`);
}
