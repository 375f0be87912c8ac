import path from "node:path";
import { RuntimeLeftoverError, withoutClientRuntime } from "../lib/reader-mode/runtime-free-html";
import { isRedirectPage } from "../lib/redirects/redirect-page";

/** Gatsby's own working files in public/ (slice fragments), which are not pages. */
const NOT_PAGES = new Set(["_gatsby"]);

/** Whether the HTML file at `file` is one of the site's pages rather than a slice fragment. */
export function isSitePage(publicFolder: string, file: string): boolean {
  return !NOT_PAGES.has(path.relative(publicFolder, file).split(path.sep)[0] ?? "");
}

/**
 * A page of the site for reading without Gatsby's client runtime (`clientRuntime: "none"`),
 * loading the site's own small script (`readerScriptUrl`, prefixed) instead; null for a redirect
 * page, which runs no script at all. A page the rewrite cannot account for stops the build,
 * named, rather than going out half-stripped.
 */
export function readerModePage(html: string, file: string, readerScriptUrl: string): string | null {
  if (isRedirectPage(html)) return null;
  try {
    return withoutClientRuntime(html, readerScriptUrl);
  } catch (error) {
    if (!(error instanceof RuntimeLeftoverError)) throw error;
    const where = path.relative(process.cwd(), file);
    throw new Error(
      `${where} ${error.message}. Gatsby's page markup may have changed; build with CLIENT_RUNTIME=gatsby until src/lib/reader-mode/runtime-free-html.ts knows it.`,
    );
  }
}
