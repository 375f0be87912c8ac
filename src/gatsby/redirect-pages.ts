import fs from "node:fs";
import path from "node:path";
import { absoluteUrl } from "../lib/head/absolute-url";
import { normalizePathPrefix } from "../lib/hosting/path-prefix";
import { encodeSitePath, redirectPageFile } from "../lib/redirects/paths";
import { isRedirectPage, redirectPageHtml } from "../lib/redirects/redirect-page";
import { redirectsFile, type Redirect } from "../lib/redirects/redirects-file";

/** A published post or page with the old addresses (`redirectFrom`) that lead to it. */
export interface MovedPost {
  slug: string;
  title: string;
  lang: string;
  redirectFrom: readonly string[];
}

export interface RedirectPagesOptions {
  publicFolder: string;
  /** Where the list of pages written by the previous build is kept (Gatsby's `.cache`). */
  cacheFolder: string;
  /** The owner's own `_redirects` rules (`static/_redirects`), kept after the build's. */
  ownRulesFile: string;
  siteUrl: string;
  pathPrefix: string;
  posts: readonly MovedPost[];
}

export interface RedirectPagesResult {
  /** Redirect pages written. */
  pages: number;
  /** Redirect pages of earlier builds removed, their old address gone from every post. */
  removed: number;
}

const MANIFEST = "redirect-pages.json";

function readManifest(cacheFolder: string): string[] {
  try {
    const files: unknown = JSON.parse(fs.readFileSync(path.join(cacheFolder, MANIFEST), "utf8"));
    return Array.isArray(files)
      ? files.filter((file): file is string => typeof file === "string")
      : [];
  } catch {
    return [];
  }
}

function readIfExists(file: string): string | null {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return null;
  }
}

/** Removes `folder` and its parents up to `root` while they are empty. */
function removeEmptyFolders(folder: string, root: string): void {
  let current = folder;
  while (current.startsWith(root + path.sep) && fs.readdirSync(current).length === 0) {
    fs.rmdirSync(current);
    current = path.dirname(current);
  }
}

/**
 * Removes the redirect pages of earlier builds whose old address no post claims any more, so a
 * build that reuses public/ gives the same files as a clean one. Gatsby does not know these
 * files, so it never removes them itself; a file that has since become a real page is kept.
 */
function removeStalePages(
  publicFolder: string,
  previous: readonly string[],
  current: ReadonlySet<string>,
): number {
  let removed = 0;
  for (const file of previous) {
    if (current.has(file)) continue;
    const absolute = path.join(publicFolder, ...file.split("/"));
    const html = readIfExists(absolute);
    if (html === null || !isRedirectPage(html)) continue;
    fs.rmSync(absolute);
    removeEmptyFolders(path.dirname(absolute), publicFolder);
    removed += 1;
  }
  return removed;
}

/**
 * Writes a redirect page at every old address of the given posts, and `_redirects` for hosts
 * that answer those addresses with a real 301 (Netlify, Cloudflare Pages). Run it after reader
 * mode, which would otherwise add its script to these pages, and before the link check and
 * `_headers`, which then see them like every other page.
 */
export function writeRedirectPages(options: RedirectPagesOptions): RedirectPagesResult {
  const { publicFolder, cacheFolder, siteUrl, posts } = options;
  const prefix = normalizePathPrefix(options.pathPrefix);
  const redirects: Redirect[] = posts.flatMap((post) =>
    post.redirectFrom.map((from) => ({ from, to: post.slug })),
  );
  const files = new Set(redirects.map((redirect) => redirectPageFile(redirect.from)));
  const removed = removeStalePages(publicFolder, readManifest(cacheFolder), files);

  for (const post of posts) {
    const targetPath = prefix + encodeSitePath(post.slug);
    const html = redirectPageHtml({
      targetPath,
      canonicalUrl: absoluteUrl(siteUrl, targetPath),
      title: post.title,
      lang: post.lang,
    });
    for (const from of post.redirectFrom) {
      const absolute = path.join(publicFolder, ...redirectPageFile(from).split("/"));
      const existing = readIfExists(absolute);
      // The content check stops a build whose old address is a page's; this guards the rest.
      if (existing !== null && !isRedirectPage(existing)) {
        throw new Error(
          `The old address ${from} of ${post.slug} would replace the page at ${path.relative(process.cwd(), absolute)}; remove it from the post's redirectFrom`,
        );
      }
      fs.mkdirSync(path.dirname(absolute), { recursive: true });
      if (existing !== html) fs.writeFileSync(absolute, html);
    }
  }

  const hostFile = path.join(publicFolder, "_redirects");
  const text = redirectsFile(redirects, options.pathPrefix, readIfExists(options.ownRulesFile));
  if (text === null) fs.rmSync(hostFile, { force: true });
  else fs.writeFileSync(hostFile, text);

  fs.mkdirSync(cacheFolder, { recursive: true });
  fs.writeFileSync(path.join(cacheFolder, MANIFEST), JSON.stringify([...files].sort()));
  return { pages: files.size, removed };
}
