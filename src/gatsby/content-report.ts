import fs from "node:fs";
import path from "node:path";
import { addressedFile } from "../lib/content-check/addresses";
import { anchorIndex } from "../lib/content-check/anchor-index";
import { checkPage, pageSlug } from "../lib/content-check/check-pages";
import { CheckCache, digestOf, projectCodeDigest } from "../lib/content-check/check-cache";
import { checkPosts, postSlug } from "../lib/content-check/check-posts";
import { checkAddressCollisions } from "../lib/content-check/duplicate-slugs";
import { CONTENT_FOLDER, PAGES_FOLDER } from "../lib/posts/content-folder";
import type { Problem } from "../lib/content-check/types";
import { listPagePaths } from "../lib/lists/list-page-paths";
import { siteTranslations } from "../lib/translations/site-translations";
import { site, siteMetadata } from "../site-config";
import { readAuthorsFile } from "./authors-file";
import { ownCachePath } from "../lib/build-cache/own-cache-folder";
import { readingTimeOfTree } from "../lib/posts/reading-time";
import { readingTimeKey, updateReadingTimes } from "../lib/posts/reading-time-store";
import { fixedPagePaths, readPostSources } from "./read-posts";

export interface ContentCheckResult {
  problems: Problem[];
  checkedFiles: number;
  /** Posts whose results came from the cache, and posts checked anew; null without a cache. */
  cache: { reused: number; checked: number } | null;
}

export interface ContentCheckOptions {
  /** Where results are kept between runs (check-cache.ts); none are kept without it. */
  cacheFile?: string;
  /** Where the reading times measured on the way are kept for the build (reading-time-store.ts). */
  readingTimesFile?: string;
}

/** Where the build reads the reading times the check measured. */
export function readingTimesFile(projectRoot: string): string {
  return ownCachePath(projectRoot, "reading-times.json");
}

/** How `npm run build`, `npm run check` and `gatsby develop` run the check: with its caches. */
export function cachedCheckOptions(projectRoot: string): ContentCheckOptions {
  return {
    cacheFile: ownCachePath(projectRoot, "content-check.json"),
    readingTimesFile: readingTimesFile(projectRoot),
  };
}

/** `Content check: 1003 files in 0.4 s (1001 unchanged)`, the line a build prints. */
export function contentCheckTimeLine(result: ContentCheckResult, milliseconds: number): string {
  const reused = result.cache === null ? "" : ` (${result.cache.reused} unchanged)`;
  return `Content check: ${result.checkedFiles} files in ${(milliseconds / 1000).toFixed(1)} s${reused}`;
}

/** A digest computed on first use only. */
function once(compute: () => string): () => string {
  let value: string | null = null;
  return () => (value ??= compute());
}

/**
 * Runs every content check over the posts, pages and authors file of a project, exactly as
 * `npm run check` and the build do: one run, every problem, nothing written but the caches
 * `options` name.
 */
export function checkProjectContent(
  projectRoot: string,
  options: ContentCheckOptions = {},
): ContentCheckResult {
  const contentFolder = path.join(projectRoot, CONTENT_FOLDER);
  const pagesFolder = path.join(projectRoot, PAGES_FOLDER);
  const sources = readPostSources(contentFolder, projectRoot);
  const pageSources = readPostSources(pagesFolder, projectRoot);
  const content = { absolutePath: contentFolder };
  const translations = siteTranslations(sources, siteMetadata.defaultLang);
  // Originals first: a translation is served under its original's address.
  const originalSlugs = new Map(
    sources
      .filter((source) => !translations.isTranslation(source.file))
      .map((source) => [source.file, addressedFile(source, postSlug(source, content)).slug]),
  );
  const addressed = [
    ...sources.map((source) =>
      addressedFile(
        source,
        translations.folderSlug(source.file, originalSlugs) ?? postSlug(source, content),
      ),
    ),
    ...pageSources.map((source) => addressedFile(source, pageSlug(source, pagesFolder))),
  ];
  // Pages the site makes itself, which no post, page or old address may take over.
  const sitePages = new Set([
    ...fixedPagePaths(path.join(projectRoot, "src", "pages")),
    ...listPagePaths(sources, siteMetadata.defaultLang),
  ]);
  const sitePaths = new Set([...sitePages, ...addressed.map((file) => file.slug)]);
  const redirects = new Map(
    addressed.flatMap((file) => (file.redirectFrom ?? []).map((old) => [old.path, file.slug])),
  );
  // Sections are looked up at the address each post is served at, its own `slug` included.
  const anchorsOf = anchorIndex(
    [...sources, ...pageSources].map((source, index) => ({
      sitePath: addressed[index]?.slug ?? "",
      source,
    })),
  );
  const context = {
    fileExists: fs.existsSync,
    sitePaths,
    redirects,
    anchorsOf,
    siteMath: site.math,
    citations: site.citations,
    projectRoot,
    isTranslation: translations.isTranslation,
  };
  const allSources = [...sources, ...pageSources];
  const sourceAt = new Map(allSources.map((source, index) => [addressed[index]?.slug, source]));
  const pageDigests = new Map<string, string>();
  const answers = {
    context,
    sitePathsDigest: once(() => digestOf([...sitePaths].sort().join("\n"))),
    redirectsDigest: once(() => digestOf(JSON.stringify([...redirects].sort()))),
    pageDigest: (sitePath: string) => {
      let digest = pageDigests.get(sitePath);
      if (digest === undefined) {
        const source = sourceAt.get(sitePath);
        digest = source === undefined ? "" : digestOf(source.bytes);
        pageDigests.set(sitePath, digest);
      }
      return digest;
    },
  };
  const cache =
    options.cacheFile === undefined
      ? null
      : new CheckCache(options.cacheFile, projectCodeDigest(projectRoot));
  const measured = new Map<string, number>();
  const postProblems = checkPosts(
    sources,
    content,
    context,
    (source, check) => (cache === null ? check(context) : cache.problemsOf(source, answers, check)),
    (source, tree, math) =>
      measured.set(readingTimeKey(source.bytes, math), readingTimeOfTree(tree)),
  );
  cache?.save();
  if (options.readingTimesFile !== undefined) {
    updateReadingTimes(options.readingTimesFile, sources, measured);
  }
  const problems = translations.explain(postProblems, (file) => {
    const slug = originalSlugs.get(file);
    return new Set(slug === undefined ? [] : (anchorsOf(slug)?.ids ?? []));
  });
  problems.push(...translations.problems);
  problems.push(...pageSources.flatMap((source) => checkPage(source, context)));
  problems.push(...checkAddressCollisions(addressed, sitePages));
  const authors = readAuthorsFile(projectRoot);
  problems.push(...authors.problems);
  return {
    problems,
    checkedFiles: sources.length + pageSources.length + (authors.exists ? 1 : 0),
    cache: cache?.stats ?? null,
  };
}
