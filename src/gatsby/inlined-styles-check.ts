import fs from "node:fs";
import path from "node:path";
import { staleStyleProblems, type StaleStyleProblem } from "../lib/head/inlined-styles";
import {
  buildStylesheets,
  sharedStylesheets,
  type WebpackStats,
} from "../lib/head/page-head-assets";

/** The HTML file Gatsby writes for a page path: `/a/` is `a/index.html`, `/404.html` stays. */
export function htmlFileOf(publicFolder: string, pagePath: string): string {
  const relative = pagePath.endsWith(".html") ? pagePath : path.posix.join(pagePath, "index.html");
  return path.join(publicFolder, ...relative.split("/").filter(Boolean));
}

/**
 * Checks that every built page inlines this build's stylesheets and nothing older. A cached
 * build re-renders only the pages Gatsby thinks changed; if a stylesheet change slips past it,
 * the pages keep their old styles while the new file sits beside them, and nothing else fails.
 */
export function checkInlinedStyles(
  publicFolder: string,
  pagePaths: readonly string[],
  pathPrefix: string,
): StaleStyleProblem[] {
  const stats = JSON.parse(
    fs.readFileSync(path.join(publicFolder, "webpack.stats.json"), "utf8"),
  ) as WebpackStats;
  const href = (name: string) => `${pathPrefix}/${name}`;
  const contents = new Map(
    buildStylesheets(stats).map((name) => [
      href(name),
      fs.readFileSync(path.join(publicFolder, name), "utf8"),
    ]),
  );
  const current = { contents, everyPage: sharedStylesheets(stats).map(href) };
  return pagePaths.flatMap((page) => {
    const file = htmlFileOf(publicFolder, page);
    // Pages rendered on request (none here) have no file; the link check covers missing pages.
    if (!fs.existsSync(file)) return [];
    return staleStyleProblems(page, fs.readFileSync(file, "utf8"), current);
  });
}
