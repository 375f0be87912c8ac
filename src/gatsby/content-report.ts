import fs from "node:fs";
import path from "node:path";
import { checkPage, pageSlug } from "../lib/content-check/check-pages";
import { checkPosts, postSlug } from "../lib/content-check/check-posts";
import { checkDuplicateSlugs } from "../lib/content-check/duplicate-slugs";
import { CONTENT_FOLDER, PAGES_FOLDER } from "../lib/posts/content-folder";
import type { Problem } from "../lib/content-check/types";
import { listPagePaths } from "../lib/lists/list-page-paths";
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
  const pages = pageSources.map((source) => ({
    file: source.file,
    slug: pageSlug(source, pagesFolder),
  }));
  const sitePaths = new Set([
    ...fixedPagePaths(path.join(projectRoot, "src", "pages")),
    ...sources.map((source) => postSlug(source, content)),
    ...listPagePaths(sources, siteMetadata.defaultLang),
    ...pages.map((page) => page.slug),
  ]);
  const context = { fileExists: fs.existsSync, sitePaths, siteMath: site.math };
  const problems = checkPosts(sources, content, context);
  problems.push(...pageSources.flatMap((source) => checkPage(source, context)));
  // Two posts at one URL are reported by checkPosts; a page at the URL of a post or page, here.
  const pageSlugs = new Set(pages.map((page) => page.slug));
  const postsAtPageSlugs = sources
    .map((source) => ({ file: source.file, slug: postSlug(source, content) }))
    .filter((post) => pageSlugs.has(post.slug));
  problems.push(...checkDuplicateSlugs([...pages, ...postsAtPageSlugs]));
  const authors = readAuthorsFile(projectRoot);
  problems.push(...authors.problems);
  return {
    problems,
    checkedFiles: sources.length + pageSources.length + (authors.exists ? 1 : 0),
  };
}
