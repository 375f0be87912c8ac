/**
 * The cache files in .blog-cache/ are JSON, written whole or not at all: a build stopped halfway
 * leaves the previous file, never half of one. A file that cannot be read counts as absent, since
 * everything in it can be worked out again.
 */
import fs from "node:fs";
import path from "node:path";

/** The parsed content of `file`, or null when it is missing or not JSON. */
export function readJsonFile(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as unknown;
  } catch {
    return null;
  }
}

/** Writes `value` as JSON to a temporary file beside `file`, then renames it into place. */
export function writeJsonFile(file: string, value: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(value));
  fs.renameSync(temporary, file);
}

/** A plain object (not an array, not null), as cache files are made of. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
