/**
 * Every translation among a site's post files, read from file names alone: which post it
 * translates and into which language. The content check and the build both start here.
 */

import path from "node:path";
import { parseLanguageCode, type LanguageCode } from "./language-code";
import { originalFileOf, translationCodeOfFile } from "./translation-file";

export interface TranslationFile {
  /** As the author knows it: `content/blog/my-post/index.ja.md`. */
  file: string;
  /** The code as the file name writes it. */
  written: string;
  /** Null when the code is not a language; the problem says why. */
  code: LanguageCode | null;
  codeProblem: string | null;
  /** `content/blog/my-post/index.md`, which may be missing. */
  originalFile: string;
  hasOriginal: boolean;
}

/**
 * The translations among `files` (paths with `/`), each with its original when that file is one
 * of `files` too.
 */
export function translationFiles(files: readonly string[]): TranslationFile[] {
  const present = new Set(files);
  return files.flatMap((file): TranslationFile[] => {
    const written = translationCodeOfFile(file);
    if (written === null) return [];
    const parsed = parseLanguageCode(written);
    const originalFile = originalFileOf(file).split(path.sep).join("/");
    return [
      {
        file,
        written,
        code: parsed.code,
        codeProblem: parsed.problem,
        originalFile,
        hasOriginal: present.has(originalFile),
      },
    ];
  });
}
