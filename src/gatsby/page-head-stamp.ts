import fs from "node:fs";
import path from "node:path";
import { pageHeadAssets, type WebpackStats } from "../lib/head/page-head-assets";

/** The entry Gatsby compiles its HTML renderer from (`.cache/static-entry`). */
const RENDERER_ENTRY = "render-page";

export interface RendererConfig {
  entry?: unknown;
}

/** The stamp's source: the names, which carry their content hashes, and nothing else. */
export function stampSource(assets: readonly string[]): string {
  return [
    "// Written by the build (src/gatsby/page-head-stamp.ts): the stylesheets and linked chunks",
    "// of the browser bundle that pages name outside slices.",
    `export const pageHeadAssets = ${JSON.stringify(assets)};`,
    "",
  ].join("\n");
}

/**
 * Makes Gatsby render every page again when the browser bundle's stylesheets change.
 *
 * A cached `gatsby build` re-renders a page only when its data, its template's server code or
 * the renderer's own code changed. With slices on (Gatsby 5's default), a new browser bundle
 * no longer counts: scripts live in a shared slice that Gatsby rewrites, but each page inlines
 * its stylesheets itself, so after a stylesheet-only edit every page kept the old ones.
 *
 * The browser bundle is built first and its `webpack.stats.json` written before the renderer
 * is configured, so the renderer can carry a small module listing the current stylesheet names.
 * When they change, the renderer's chunk hash changes, and Gatsby's own comparison of that hash
 * with the previous build's marks every page for rendering. When they do not, nothing changes
 * and the cached build stays as fast as before.
 */
export function stampRendererWithPageHeadAssets(
  config: RendererConfig,
  publicFolder: string,
  cacheFolder: string,
): void {
  const statsFile = path.join(publicFolder, "webpack.stats.json");
  if (!fs.existsSync(statsFile)) {
    throw new Error(
      `${statsFile} is missing: the HTML renderer is built after the browser bundle, which writes it. Run \`npm run clean\` and build again.`,
    );
  }
  const stats = JSON.parse(fs.readFileSync(statsFile, "utf8")) as WebpackStats;
  const stamp = path.join(cacheFolder, "page-head-stamp", "assets.js");
  const source = stampSource(pageHeadAssets(stats));
  // Rewritten only when it changes, so webpack's cache keeps an unchanged renderer as it was.
  if (!fs.existsSync(stamp) || fs.readFileSync(stamp, "utf8") !== source) {
    fs.mkdirSync(path.dirname(stamp), { recursive: true });
    fs.writeFileSync(stamp, source);
  }

  const entries = config.entry;
  if (typeof entries !== "object" || entries === null || !(RENDERER_ENTRY in entries)) {
    throw new Error(
      `Gatsby's HTML renderer has no "${RENDERER_ENTRY}" entry; this Gatsby version builds it differently, so src/gatsby/page-head-stamp.ts needs updating.`,
    );
  }
  const record = entries as Record<string, unknown>;
  const current = record[RENDERER_ENTRY];
  const modules = (Array.isArray(current) ? current : [current]).filter((entry) => entry !== stamp);
  // First: of an array entry, webpack exports the last module, which must stay Gatsby's renderer.
  record[RENDERER_ENTRY] = [stamp, ...modules];
}
