/**
 * The 1,000-post cold build a 10,000-post run is held against (`--scale-from`), read from the
 * results file of an earlier run. Checked when the run starts, not after half an hour of building.
 */
import fs from "node:fs";
import { isRecord } from "../../src/lib/build-cache/json-file";
import { MEMORY_POSTS } from "./budgets";

/** The cold build's median seconds per mode of a `--posts 1000 --images 0` results file. */
export function readScaleReference(file: string): Map<string, number> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(
      `--scale-from ${file}: not a results file (${(error as Error).message}); give the JSON that \`npm run bench -- --posts ${MEMORY_POSTS} --images 0 --out FILE\` wrote`,
    );
  }
  const options = isRecord(parsed) && isRecord(parsed.options) ? parsed.options : null;
  const modes = isRecord(parsed) && Array.isArray(parsed.modes) ? parsed.modes : null;
  if (options === null || modes === null) {
    throw new Error(`--scale-from ${file}: not a results file of npm run bench`);
  }
  if (options.posts !== MEMORY_POSTS || options.textOnly !== true || options.corpus !== null) {
    throw new Error(
      `--scale-from ${file}: needs a run of --posts ${MEMORY_POSTS} --images 0 with synthetic posts`,
    );
  }
  const reference = new Map<string, number>();
  for (const mode of modes) {
    if (!isRecord(mode) || typeof mode.mode !== "string" || !Array.isArray(mode.builds)) continue;
    const cold = mode.builds.find((build) => isRecord(build) && build.scenario === "cold");
    if (isRecord(cold) && typeof cold.medianSeconds === "number") {
      reference.set(mode.mode, cold.medianSeconds);
    }
  }
  if (reference.size === 0) throw new Error(`--scale-from ${file}: it has no cold build`);
  return reference;
}
