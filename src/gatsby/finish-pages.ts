import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { readScans, writeScans } from "./page-scan-cache";
import { isSitePage, readerModePage } from "./reader-mode";
import { stampCompilationHash } from "./stable-compilation-hash";

/** What every built page is given last, once Gatsby has written it. */
export interface PageFinish {
  /** The build's stable compilation hash (stable-compilation-hash.ts). */
  compilationHash: string;
  /** The reader script's URL, prefixed, when pages load it instead of Gatsby's runtime. */
  readerScriptUrl: string | null;
}

export interface FinishedPages {
  /** HTML files in `public/`, pages and slice fragments. */
  files: number;
  /** Files read and rewritten this build; the others were left as the last build finished them. */
  rewritten: number;
  /** Pages that load the reader script (redirect pages and fragments do not). */
  readerPages: number;
}

/** What a finished page was finished with, by the SHA-256 of the HTML it was left as. */
interface FinishedEntry {
  finish: string;
  readerPage: boolean;
}

const FINISHED_PAGES = "finished-pages.json";
/** Bump when the rewrite changes, so that pages finished by an older one are done again. */
export const FINISHED_PAGES_VERSION = 1;

function htmlFiles(folder: string): string[] {
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

function digest(html: string | Buffer): string {
  return createHash("sha256").update(html).digest("hex");
}

/**
 * Stamps every HTML file with the stable compilation hash and, in reader mode, makes every page
 * load the reader script instead of Gatsby's runtime. A file still exactly as the last build left
 * it, finished the same way, is not rewritten: Gatsby rewrites only the pages whose data
 * changed, so a warm build reworks those alone. The record of what was finished lives in
 * Gatsby's cache folder, so `gatsby clean` (or a changed gatsby-node) drops it.
 */
export function finishPages(
  publicFolder: string,
  finish: PageFinish,
  cacheFolder: string,
): FinishedPages {
  const key = JSON.stringify([finish.compilationHash, finish.readerScriptUrl]);
  const before = readScans<FinishedEntry>(cacheFolder, FINISHED_PAGES, FINISHED_PAGES_VERSION);
  const after = new Map<string, FinishedEntry>();
  const report: FinishedPages = { files: 0, rewritten: 0, readerPages: 0 };
  for (const file of htmlFiles(publicFolder)) {
    report.files += 1;
    // Hashed as bytes: decoding every page only to find it unchanged took twice as long.
    const bytes = fs.readFileSync(file);
    const asFound = digest(bytes);
    const known = before.get(asFound);
    if (known !== undefined && known.finish === key) {
      after.set(asFound, known);
      if (known.readerPage) report.readerPages += 1;
      continue;
    }
    const html = bytes.toString("utf8");
    let finished = stampCompilationHash(html, finish.compilationHash);
    let readerPage = false;
    if (finish.readerScriptUrl !== null && isSitePage(publicFolder, file)) {
      const stripped = readerModePage(finished, file, finish.readerScriptUrl);
      if (stripped !== null) {
        finished = stripped;
        readerPage = true;
      }
    }
    if (finished !== html) fs.writeFileSync(file, finished);
    report.rewritten += 1;
    if (readerPage) report.readerPages += 1;
    after.set(finished === html ? asFound : digest(finished), { finish: key, readerPage });
  }
  writeScans(cacheFolder, FINISHED_PAGES, FINISHED_PAGES_VERSION, after);
  return report;
}
