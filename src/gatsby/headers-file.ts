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
 * Reads each page once; run it after every other step that writes pages.
 */
export function writeHeadersFile(publicFolder: string, pathPrefix: string): void {
  const pages: PageScripts[] = [];
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
      pages.push({
        path: pagePath(file),
        scriptHashes: inlineScriptHashes(html),
        frameOrigins: embedOrigins(html),
      });
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
  const rules = hostingRules(pages, pathPrefix, [...hashedAssets], revalidatedFiles);
  const comment =
    "# Written by src/gatsby/headers-file.ts after every build: edits here are overwritten.\n\n";
  fs.writeFileSync(path.join(publicFolder, "_headers"), comment + headersFile(rules));
}
