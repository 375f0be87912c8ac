/**
 * Shared fixtures for the content-check tests. It holds no tests of its own (importing a module
 * that declares tests would run them again in every file that imports it); it is named
 * `*.test.ts` only to sit with the tests it serves.
 */

import path from "node:path";
import type { CheckContext, ParsedPost } from "../../../src/lib/content-check/types";

export const FIXTURE_FILE = "content/blog/test-post/index.md";
export const FIXTURE_FOLDER = path.resolve("content/blog/test-post");

/**
 * A post as the checker would hand it over: `text` is the whole file, and the body starts on
 * the line after the second `---` line.
 */
export function postFromText(
  text: string,
  file: string = FIXTURE_FILE,
  folder: string = FIXTURE_FOLDER,
): ParsedPost {
  const fences = [...text.matchAll(/^---[ \t]*\r?$/gm)];
  const closing = fences[1];
  if (fences[0]?.index !== 0 || closing === undefined) {
    throw new Error("fixture must start with a frontmatter block between two `---` lines");
  }
  const lineEnd = (closing.index ?? 0) + closing[0].length;
  const bodyOffset = text[lineEnd] === "\n" ? lineEnd + 1 : lineEnd;
  return {
    source: { file, folder, bytes: Buffer.from(text, "utf8"), text },
    data: {},
    fieldLines: {},
    body: text.slice(bodyOffset),
    bodyOffset,
  };
}

/** Builds a post from lines, so that a test can count lines by eye: line 1 is `---`. */
export function postFromLines(...lines: string[]): ParsedPost {
  return postFromText(lines.join("\n") + "\n");
}

/** A context where only the given files (relative to the fixture post) and pages exist. */
export function contextWith(
  files: readonly string[] = [],
  sitePaths: readonly string[] = ["/", "/representation_learning/"],
): CheckContext {
  const existing = new Set(files.map((file) => path.resolve(FIXTURE_FOLDER, file)));
  return {
    fileExists: (absolutePath) => existing.has(absolutePath),
    sitePaths: new Set(sitePaths),
    siteMath: true,
  };
}
