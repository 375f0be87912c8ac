import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { SEARCH_BUNDLE_PATH } from "../lib/search/paths";
import { withSearchMeta } from "../lib/search/meta";

export interface SearchablePost {
  /** Site path without the prefix, such as `/representation_learning/`. */
  slug: string;
  title: string;
  /** The frontmatter date as written. */
  published: string;
  lang: string;
}

const execFileAsync = promisify(execFile);

export interface SearchIndexReport {
  /** Pages indexed per language, as Pagefind split them by `<html lang>`. */
  pagesByLanguage: Record<string, number>;
  /** Files written under the bundle folder. */
  files: number;
  /** One line for the build's output. */
  summary: string;
}

/** The npm package's launcher, which picks the Pagefind binary for this platform. */
const PAGEFIND_LAUNCHER = path.join("node_modules", "pagefind", "lib", "runner", "bin.cjs");

/**
 * KaTeX writes each formula twice, as HTML for the eye and MathML for screen readers; indexing
 * both would count every symbol twice and repeat it in excerpts.
 */
const EXCLUDED_SELECTORS = ".katex-mathml";

/**
 * Pagefind's ready-made interfaces. The search page has its own, so these would only be
 * 400 kB of files nobody loads.
 */
const UNUSED_FILE = /^pagefind-(?:component-|modular-)?ui\.(?:js|css)$|^pagefind-highlight\.js$/;

interface PagefindEntry {
  languages: Record<string, { page_count: number }>;
}

/** A page's file below a site folder: `/a-post/` is `a-post/index.html`. */
function pageFile(siteFolder: string, slug: string): string {
  return path.join(siteFolder, ...slug.split("/").filter((part) => part !== ""), "index.html");
}

/** The pages Pagefind would read, with what decides how it reads them. */
function searchInputDigest(staged: ReadonlyArray<{ slug: string; html: string }>): string {
  const hash = createHash("sha256");
  hash.update(JSON.stringify([pagefindVersion(), EXCLUDED_SELECTORS]));
  for (const page of staged) hash.update(`\0${page.slug}\0`).update(page.html);
  return hash.digest("hex");
}

/** The installed Pagefind's version: another one may write another index from the same pages. */
function pagefindVersion(): string {
  const manifest = path.resolve("node_modules", "pagefind", "package.json");
  return (JSON.parse(fs.readFileSync(manifest, "utf8")) as { version: string }).version;
}

/** The SHA-256 of a file's bytes, or "none" when there is no such file. */
function fileDigest(file: string): string {
  try {
    return createHash("sha256").update(fs.readFileSync(file)).digest("hex");
  } catch {
    return "none";
  }
}

function readStamp(file: string): string | null {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return null;
  }
}

/** Indexes the staged pages into `workFolder`, from copies in a temporary folder. */
async function runPagefind(
  staged: ReadonlyArray<{ slug: string; html: string }>,
  workFolder: string,
): Promise<void> {
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), "search-index-"));
  try {
    for (const page of staged) {
      const file = pageFile(staging, page.slug);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, page.html);
    }
    fs.rmSync(workFolder, { recursive: true, force: true });
    const launcher = path.resolve(PAGEFIND_LAUNCHER);
    const args = ["--site", staging, "--output-path", workFolder];
    try {
      await execFileAsync(
        process.execPath,
        [launcher, ...args, "--exclude-selectors", EXCLUDED_SELECTORS, "--silent"],
        { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
      );
    } catch (error) {
      const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
      throw new Error(
        `Pagefind could not build the search index (${launcher}): ${String(error)}\n${stdout}${stderr}`,
      );
    }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * Writes the search index of the given posts into `public/pagefind/`, replacing the folder
 * entirely so that no file of an earlier build stays behind.
 *
 * Pagefind reads copies of the posts' pages, staged in a temporary folder with each post's title
 * and date attached as metadata, so that only posts are indexed (their
 * `<article data-pagefind-body>`), never lists or other pages, and `public/` is not changed.
 * Result URLs are the slugs; the script on the search page adds the path prefix from its own
 * address. Pagefind keeps one index per `<html lang>`, so each language keeps its own word
 * splitting and stemming.
 *
 * The binary is run rather than the package's Node API: that API is an ES module, and Gatsby
 * compiles gatsby-node.ts into CommonJS that turns `import("pagefind")` into a `require`, which
 * the package does not allow. Pagefind writes into `workFolder` (on the same disk as `public/`)
 * and the finished index replaces the old one in one step, so a build can run other steps while
 * Pagefind works: none of them ever sees half an index. When Pagefind would read exactly what it
 * read last time (the same posts' pages, the same Pagefind), the index in `public/` is kept and
 * Pagefind does not run: `inputStampFile` holds the digests of what it last read and of the
 * index it wrote.
 */
export async function writeSearchIndex(
  publicFolder: string,
  posts: readonly SearchablePost[],
  workFolder: string,
  inputStampFile: string,
): Promise<SearchIndexReport> {
  const bundleFolder = path.join(publicFolder, ...SEARCH_BUNDLE_PATH.split("/").filter(Boolean));
  if (posts.length === 0) {
    // Pagefind refuses to write an index of nothing; the search page says search is unavailable.
    fs.rmSync(bundleFolder, { recursive: true, force: true });
    return { pagesByLanguage: {}, files: 0, summary: "no posts to index" };
  }
  const staged = posts.map((post) => ({
    slug: post.slug,
    html: withSearchMeta(fs.readFileSync(pageFile(publicFolder, post.slug), "utf8"), {
      title: post.title,
      date: post.published,
      lang: post.lang,
    }),
  }));
  const entryFile = path.join(bundleFolder, "pagefind-entry.json");
  // The stamp names the index as well as its input, so that an index in public/ that another
  // build wrote (a restored folder, say) is not taken for the one this input gave.
  const inputDigest = searchInputDigest(staged);
  const unchanged = readStamp(inputStampFile) === `${inputDigest} ${fileDigest(entryFile)}`;
  if (!unchanged) {
    fs.rmSync(inputStampFile, { force: true });
    await runPagefind(staged, workFolder);
    fs.rmSync(bundleFolder, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(bundleFolder), { recursive: true });
    fs.renameSync(workFolder, bundleFolder);
    fs.mkdirSync(path.dirname(inputStampFile), { recursive: true });
    fs.writeFileSync(inputStampFile, `${inputDigest} ${fileDigest(entryFile)}`);
  }

  for (const file of fs.readdirSync(bundleFolder)) {
    if (UNUSED_FILE.test(file)) fs.rmSync(path.join(bundleFolder, file));
  }
  const entry = JSON.parse(fs.readFileSync(entryFile, "utf8")) as PagefindEntry;
  const pagesByLanguage = Object.fromEntries(
    Object.entries(entry.languages).map(([language, { page_count }]) => [language, page_count]),
  );
  const files = fs
    .readdirSync(bundleFolder, { recursive: true, withFileTypes: true })
    .filter((item) => item.isFile()).length;
  const counts = Object.entries(pagesByLanguage).map(([language, count]) => `${count} ${language}`);
  const summary =
    `${counts.join(", ") || "no"} posts indexed, ${files} files in ${SEARCH_BUNDLE_PATH}` +
    (unchanged ? " (kept: no post's page changed)" : "");
  return { pagesByLanguage, files, summary };
}
