import fs from "node:fs";
import path from "node:path";
import { RuntimeLeftoverError, withoutClientRuntime } from "../lib/reader-mode/runtime-free-html";
import { isRedirectPage } from "../lib/redirects/redirect-page";
import { writeReaderScript, type ReaderScript } from "./reader-script";

/** Gatsby's own working files in public/ (slice fragments), which are not pages. */
const NOT_PAGES = new Set(["_gatsby"]);

function pageFiles(publicFolder: string): string[] {
  return fs
    .readdirSync(publicFolder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !NOT_PAGES.has(path.relative(publicFolder, file).split(path.sep)[0] ?? ""))
    .sort();
}

export interface ReaderModeResult extends ReaderScript {
  pages: number;
}

/**
 * Builds the site's pages for reading without Gatsby's client runtime (`clientRuntime: "none"`):
 * writes the site's own small script and makes every page load it instead of the runtime.
 * Every page is rewritten on every build, those Gatsby rendered again and those it kept, so each
 * refers to the script of this build. A page the rewrite cannot account for stops the build,
 * named, rather than going out half-stripped.
 */
export function applyReaderMode(publicFolder: string, pathPrefix: string): ReaderModeResult {
  const script = writeReaderScript(publicFolder);
  const files = pageFiles(publicFolder);
  let pages = 0;
  for (const file of files) {
    const html = fs.readFileSync(file, "utf8");
    // Redirect pages run no script at all; those of the last build are rewritten after this.
    if (isRedirectPage(html)) continue;
    pages += 1;
    let rewritten: string;
    try {
      rewritten = withoutClientRuntime(html, pathPrefix + script.sitePath);
    } catch (error) {
      if (!(error instanceof RuntimeLeftoverError)) throw error;
      const where = path.relative(process.cwd(), file);
      throw new Error(
        `${where} ${error.message}. Gatsby's page markup may have changed; build with CLIENT_RUNTIME=gatsby until src/lib/reader-mode/runtime-free-html.ts knows it.`,
      );
    }
    if (rewritten !== html) fs.writeFileSync(file, rewritten);
  }
  return { ...script, pages };
}
