import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { woff2OnlyStylesheet } from "../lib/katex/fonts";
import { katexAssetFolder } from "../lib/katex/stylesheet-path";

/** A release number as npm writes it: `0.19.1`, `1.0.0-beta.2`. */
const VERSION = /^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$/;

/** Where the installed KaTeX package lives, and its version, read from its package.json. */
export interface KatexPackage {
  folder: string;
  version: string;
}

/**
 * Resolved through Node from this module (see src/lib/og-image/fonts.ts for why `__filename`,
 * with the project root as the stand-in when running as a native ES module).
 */
export function installedKatex(): KatexPackage {
  const anchor =
    typeof __filename === "string" ? __filename : path.join(process.cwd(), "package.json");
  const manifest = createRequire(anchor).resolve("katex/package.json");
  const { version } = JSON.parse(fs.readFileSync(manifest, "utf8")) as { version?: unknown };
  if (typeof version !== "string" || !VERSION.test(version)) {
    throw new Error(`${manifest} has no usable "version"; reinstall the dependencies (npm ci).`);
  }
  return { folder: path.dirname(manifest), version };
}

export interface KatexAssetsReport {
  /** The folder written, relative to public/ (`katex/0.19.1`). */
  folder: string;
  /** Files written or rewritten; 0 when everything was already in place. */
  written: number;
  /** Folders of other KaTeX versions, and fonts an earlier build bundled, removed. */
  removed: string[];
}

function writeIfChanged(file: string, content: Buffer): boolean {
  if (fs.existsSync(file) && fs.readFileSync(file).equals(content)) return false;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return true;
}

/**
 * Writes KaTeX's stylesheet, with woff2 sources only, and those woff2 files into
 * `public/katex/<version>/`, for the pages that contain math to link. Runs before Gatsby builds
 * anything, so `gatsby develop` serves it too. Files already identical are left untouched, and
 * folders of other KaTeX versions are removed, so a cached build ends up as a clean one would.
 */
export function writeKatexAssets(
  publicFolder: string,
  katex: KatexPackage = installedKatex(),
): KatexAssetsReport {
  const dist = path.join(katex.folder, "dist");
  const stylesheet = path.join(dist, "katex.min.css");
  const { css, fontUrls } = woff2OnlyStylesheet(fs.readFileSync(stylesheet, "utf8"));
  const folder = katexAssetFolder(katex.version);
  const target = path.join(publicFolder, ...folder.split("/"));
  let written = writeIfChanged(path.join(target, "katex.min.css"), Buffer.from(css)) ? 1 : 0;
  for (const url of fontUrls) {
    const source = path.join(dist, ...url.split("/"));
    if (!fs.existsSync(source)) {
      throw new Error(`${stylesheet} names ${url}, which is not in ${dist}; reinstall KaTeX.`);
    }
    if (writeIfChanged(path.join(target, ...url.split("/")), fs.readFileSync(source))) written++;
  }

  const expected = new Set(["katex.min.css", ...fontUrls]);
  for (const entry of fs.readdirSync(target, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    const relative = path.relative(target, file).split(path.sep).join("/");
    if (entry.isFile() && !expected.has(relative)) fs.rmSync(file);
  }
  const removed: string[] = [];
  const versions = path.dirname(target);
  for (const entry of fs.readdirSync(versions, { withFileTypes: true })) {
    // Only what looks like another version's folder: a post could be published at /katex/.
    if (entry.name === katex.version || !entry.isDirectory() || !VERSION.test(entry.name)) continue;
    fs.rmSync(path.join(versions, entry.name), { recursive: true, force: true });
    removed.push(`${path.basename(versions)}/${entry.name}`);
  }
  removed.push(...removeBundledKatexFonts(publicFolder));
  return { folder, written, removed };
}

/** KaTeX's fonts as webpack named them when its stylesheet was bundled: `KaTeX_Main-Regular-<md5>.woff`. */
const BUNDLED_KATEX_FONT = /^KaTeX_[A-Za-z0-9_-]+-[0-9a-f]{32}\.(?:woff2|woff|ttf)$/;

/**
 * Removes the copies of KaTeX's fonts that webpack put in public/static/ when the stylesheet was
 * still bundled. webpack only cleans folders it still writes to, so a cached build would keep
 * them forever, where a clean build has none.
 */
function removeBundledKatexFonts(publicFolder: string): string[] {
  const staticFolder = path.join(publicFolder, "static");
  if (!fs.existsSync(staticFolder)) return [];
  const stale = fs.readdirSync(staticFolder).filter((name) => BUNDLED_KATEX_FONT.test(name));
  for (const name of stale) fs.rmSync(path.join(staticFolder, name));
  return stale.map((name) => `static/${name}`);
}
