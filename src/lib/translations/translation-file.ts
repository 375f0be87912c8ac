/**
 * Which Markdown files are translations: `index.<lang>.md` beside a post's `index.md`, the
 * convention Hugo uses. A post written in one language only (`lang: fa` in `index.md`) is an
 * original, whatever its language.
 */

import path from "node:path";

/** The file every post folder has, whose translations sit beside it. */
export const ORIGINAL_FILE_NAME = "index.md";

const TRANSLATION_FILE = /^index\.([^./\\]+)\.md$/i;

/** The language code as a file name writes it (`pt-BR` in `index.pt-BR.md`), or null for any other file. */
export function translationCodeOfFile(fileName: string): string | null {
  return TRANSLATION_FILE.exec(path.basename(fileName))?.[1] ?? null;
}

/** The original a translation file belongs to: `index.md` in the same folder. */
export function originalFileOf(translationFile: string): string {
  return path.join(path.dirname(translationFile), ORIGINAL_FILE_NAME);
}
