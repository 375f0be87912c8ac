import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import {
  headersFile,
  hostingRules,
  inlineScriptHashes,
  type PageScripts,
} from "../lib/hosting/hosting-headers";
import { embedOrigins } from "../lib/hosting/embed-origins";
import { katexAssetFolder } from "../lib/katex/stylesheet-path";

/** webpack's `[contenthash]` as Gatsby names its bundles: `app-<hash>.js`, `styles.<hash>.css`. */
const WEBPACK_HASHED = /[-.][0-9a-f]{20}\.(?:js|css)$/;
/** Source maps and licence notes beside those bundles, which no page loads. */
const WEBPACK_NAMED = /[-.][0-9a-f]{20}\./;
/**
 * gatsby-remark-copy-linked-files puts each linked file in a folder named after the MD5 of its
 * content, so everything inside is as content-addressed as `/static/`.
 */
const CONTENT_FOLDER = /^[0-9a-f]{32}$/;
/** Files with fixed names whose content changes with every post: feeds, sitemap, manifest. */
const REVALIDATED = /\.(?:xml|json|webmanifest|txt)$/;

/** What `_headers` needs of a page: the hashes of its inline scripts and the sites it embeds. */
export interface HeaderScan {
  scriptHashes: string[];
  frameOrigins: string[];
}

/**
 * Scans of earlier builds by the SHA-256 of the page's HTML, so that a build reads the scripts of
 * only the pages that changed. `writeHeadersFile` leaves in it exactly the scans of this build.
 */
export type HeaderScanCache = Map<string, HeaderScan>;

/** Changes whenever what a scan records changes, so that older cached scans are not used. */
export const HEADER_SCAN_VERSION = 1;

function scanPage(html: string, cache: HeaderScanCache | undefined, fresh: HeaderScanCache) {
  const key = createHash("sha256").update(html).digest("base64");
  const scan = fresh.get(key) ??
    cache?.get(key) ?? { scriptHashes: inlineScriptHashes(html), frameOrigins: embedOrigins(html) };
  fresh.set(key, scan);
  return scan;
}

/** Every file under `folder`, as `/`-separated paths relative to it. */
function filesUnder(folder: string, relative = ""): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(path.join(folder, relative), { withFileTypes: true })) {
    const child = relative === "" ? entry.name : `${relative}/${entry.name}`;
    if (entry.isDirectory()) files.push(...filesUnder(folder, child));
    else if (entry.isFile()) files.push(child);
  }
  return files;
}

/** The address a page is linked at: `a/index.html` is `/a/`, `404.html` stays `/404.html`. */
function pagePath(file: string): string {
  if (file === "index.html") return "/";
  return file.endsWith("/index.html") ? `/${file.slice(0, -"index.html".length)}` : `/${file}`;
}

/**
 * Writes `_headers` into the built site: security headers everywhere, a Content Security Policy
 * for each page with the hashes of its own inline scripts and the sites the site embeds, and
 * caching by how files are named.
 * Reads each page once; run it after every other step that writes pages. `scanCache`, when
 * given, holds the scans of the last build's pages and is left holding this build's.
 */
export function writeHeadersFile(
  publicFolder: string,
  pathPrefix: string,
  scanCache?: HeaderScanCache,
): void {
  const pages: PageScripts[] = [];
  const fresh: HeaderScanCache = new Map();
  const hashedAssets = new Set<string>();
  const revalidatedFiles: string[] = [];
  for (const file of filesUnder(publicFolder).sort()) {
    const [top = "", ...rest] = file.split("/");
    if (top === "static") continue; // One `/static/*` rule covers all of it.
    if (top === "_gatsby") continue; // Gatsby's slice fragments, stitched into pages, never served as pages.
    if (rest.length > 0 && CONTENT_FOLDER.test(top)) {
      hashedAssets.add(`/${top}/*`);
    } else if (`${top}/${rest[0] ?? ""}` === katexAssetFolder() && rest.length > 1) {
      // Named after the KaTeX version, so its files never change under one address.
      hashedAssets.add(`/${katexAssetFolder()}/*`);
    } else if (file.endsWith(".html")) {
      const html = fs.readFileSync(path.join(publicFolder, file), "utf8");
      pages.push({ path: pagePath(file), ...scanPage(html, scanCache, fresh) });
    } else if (rest.length > 0) {
      // Icons, social cards and the like keep the host's default caching, which revalidates.
      continue;
    } else if (WEBPACK_HASHED.test(file)) {
      hashedAssets.add(`/${file}`);
    } else if (WEBPACK_NAMED.test(file)) {
      continue;
    } else if (REVALIDATED.test(file) || file.endsWith(".js")) {
      // A root script without a hash (a service worker, say) must never be cached stale.
      revalidatedFiles.push(`/${file}`);
    }
  }
  if (scanCache !== undefined) {
    scanCache.clear();
    for (const [key, scan] of fresh) scanCache.set(key, scan);
  }
  const rules = hostingRules(pages, pathPrefix, [...hashedAssets], revalidatedFiles);
  const comment =
    "# Written by src/gatsby/headers-file.ts after every build: edits here are overwritten.\n\n";
  fs.writeFileSync(path.join(publicFolder, "_headers"), comment + headersFile(rules));
}
