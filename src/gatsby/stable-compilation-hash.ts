import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const IN_HTML = /window\.___webpackCompilationHash="[^"]*"/g;

interface WebpackStats {
  assetsByChunkName?: Record<string, string[]>;
}

/**
 * A hash of this build's bundle names, which carry their contents' hashes. They are read from
 * webpack's stats rather than from the folder, which still holds bundles of earlier builds.
 */
function bundleHash(publicFolder: string): string {
  const stats = JSON.parse(
    fs.readFileSync(path.join(publicFolder, "webpack.stats.json"), "utf8"),
  ) as WebpackStats;
  const bundles = [...new Set(Object.values(stats.assetsByChunkName ?? {}).flat())].sort();
  return createHash("sha256").update(bundles.join("\n")).digest("hex").slice(0, 20);
}

/**
 * Gatsby stamps every page with webpack's compilation hash, which its client compares with
 * `app-data.json` to notice a new deploy. After a cached build that hash differs from a clean
 * build's even when every bundle is byte-identical, so every page would differ for nothing.
 * Deriving it from the bundle names keeps its purpose (it changes exactly when the code does)
 * and makes cached and clean builds identical. Returns the hash and writes it into
 * `app-data.json`; `stampCompilationHash` puts it into each page.
 */
export function stableCompilationHash(publicFolder: string): string {
  const stable = bundleHash(publicFolder);
  const appData = path.join(publicFolder, "page-data", "app-data.json");
  if (fs.existsSync(appData)) {
    const data = JSON.parse(fs.readFileSync(appData, "utf8")) as Record<string, unknown>;
    fs.writeFileSync(appData, JSON.stringify({ ...data, webpackCompilationHash: stable }));
  }
  return stable;
}

/** The page with `hash` in place of the compilation hash Gatsby stamped it with. */
export function stampCompilationHash(html: string, hash: string): string {
  return html.replace(IN_HTML, `window.___webpackCompilationHash="${hash}"`);
}
