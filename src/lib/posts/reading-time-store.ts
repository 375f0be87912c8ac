/**
 * Reading times the content check measured on the Markdown trees it parses anyway, kept for the
 * build, which would otherwise parse every post once more only to count its words. Keyed by the
 * file's bytes and the math setting the tree was parsed with; a build that finds no entry for a
 * post measures it itself, so a missing or outdated file only costs time.
 */
import { isRecord, readJsonFile, writeJsonFile } from "../build-cache/json-file";
import { digestOf } from "../content-check/check-cache";

export function readingTimeKey(bytes: Uint8Array, math: boolean): string {
  return `${digestOf(bytes)}:${math ? "math" : "plain"}`;
}

/** The reading times in `file`; none when it is missing or unreadable. */
export function readReadingTimes(file: string): Map<string, number> {
  const parsed = readJsonFile(file);
  if (!isRecord(parsed)) return new Map();
  return new Map(
    Object.entries(parsed).filter(
      (entry): entry is [string, number] => typeof entry[1] === "number",
    ),
  );
}

/**
 * Writes the times just `measured` with those of the last run that still belong to a file of
 * `sources`: a post whose check was reused was not parsed, and its time still holds.
 */
export function updateReadingTimes(
  file: string,
  sources: ReadonlyArray<{ bytes: Uint8Array }>,
  measured: ReadonlyMap<string, number>,
): void {
  const current = new Set(sources.map((source) => digestOf(source.bytes)));
  const kept = [...readReadingTimes(file)].filter(([key]) =>
    current.has(key.slice(0, key.lastIndexOf(":"))),
  );
  writeJsonFile(file, Object.fromEntries([...kept, ...measured]));
}
