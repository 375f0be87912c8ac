import fs from "node:fs";
import path from "node:path";
import { builtFileKind } from "../lib/integrity/built-file-kind";
import { REPLACEMENT_BYTES } from "../lib/integrity/byte-problems";
import { checkBuiltFile } from "../lib/integrity/check-built-file";
import type { IntegrityProblem } from "../lib/integrity/report";
import { replacementWords } from "../lib/integrity/replacement-words";

/** Files an author or developer writes text in, whose words may hold a U+FFFD on purpose. */
const SOURCE_FILE = /\.(?:md|markdown|ya?ml|tsx?|jsx?|json|css)$/i;

export interface IntegrityResult {
  problems: IntegrityProblem[];
  checkedFiles: number;
  checkedBytes: number;
}

/** Every file below `folder`, absolute, in a stable order. */
function filesBelow(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/**
 * The words with a U+FFFD (or a NUL, which Markdown shows as one) in the sources. Files without
 * either are never decoded: one byte search each.
 */
export function sourceReplacementWords(sourceFolders: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const file of sourceFolders.flatMap(filesBelow)) {
    if (!SOURCE_FILE.test(file)) continue;
    const bytes = fs.readFileSync(file);
    if (bytes.indexOf(REPLACEMENT_BYTES) === -1 && bytes.indexOf(0) === -1) continue;
    for (const word of replacementWords(bytes.toString("utf8"))) words.add(word);
  }
  return words;
}

/**
 * Reads every text file of the built site once and reports each NUL byte, invalid UTF-8 sequence
 * and U+FFFD that the sources do not account for. Files are named relative to `projectRoot`.
 */
export function checkBuiltSiteIntegrity(
  publicFolder: string,
  sourceFolders: readonly string[],
  projectRoot: string,
): IntegrityResult {
  const acceptedWords = sourceReplacementWords(sourceFolders);
  const result: IntegrityResult = { problems: [], checkedFiles: 0, checkedBytes: 0 };
  for (const file of filesBelow(publicFolder)) {
    const kind = builtFileKind(file);
    if (kind === null) continue;
    const bytes = fs.readFileSync(file);
    result.checkedFiles += 1;
    result.checkedBytes += bytes.length;
    const shownName = path.relative(projectRoot, file).split(path.sep).join("/");
    for (const found of checkBuiltFile(bytes, kind, acceptedWords)) {
      result.problems.push({ file: shownName, ...found });
    }
  }
  return result;
}
