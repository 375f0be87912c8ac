import fs from "node:fs";
import path from "node:path";
import { addressedFile } from "../lib/content-check/addresses";
import { anchorIndex } from "../lib/content-check/anchor-index";
import { checkPage, pageSlug } from "../lib/content-check/check-pages";
import { checkPosts, postSlug } from "../lib/content-check/check-posts";
import { checkAddressCollisions } from "../lib/content-check/duplicate-slugs";
import { CONTENT_FOLDER, PAGES_FOLDER } from "../lib/posts/content-folder";
import type { Problem } from "../lib/content-check/types";
import { listPagePaths } from "../lib/lists/list-page-paths";
import { siteTranslations } from "../lib/translations/site-translations";
import { site, siteMetadata } from "../site-config";
import { readAuthorsFile } from "./authors-file";
import { fixedPagePaths, readPostSources } from "./read-posts";

export interface ContentCheckResult {
  problems: Problem[];
  checkedFiles: number;
}

/**
 * Runs every content check over the posts, pages and authors file of a project, exactly as
 * `npm run check` and the build do: one run, every problem, nothing written.
 */
export function checkProjectContent(projectRoot: string): ContentCheckResult {
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
  const problems = translations.explain(checkPosts(sources, content, context), (file) => {
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
  };
}
