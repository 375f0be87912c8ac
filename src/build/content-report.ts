import fs from "node:fs";
import path from "node:path";
import { checkPosts, postSlug } from "../lib/content-check/check-posts";
import { CONTENT_FOLDER } from "../lib/content-folder";
import type { Problem } from "../lib/content-check/types";
import { listPagePaths } from "../lib/list-page-paths";
import { siteMetadata } from "../site-metadata";
import { fixedPagePaths, readPostSources } from "./read-posts";

export interface ContentCheckResult {
  problems: Problem[];
  checkedFiles: number;
}

/**
 * Runs every content check over the posts of a project, exactly as `npm run check` and the build
 * do: one run, every problem, nothing written.
 */
export function checkProjectContent(projectRoot: string): ContentCheckResult {
  const contentFolder = path.join(projectRoot, CONTENT_FOLDER);
  const sources = readPostSources(contentFolder, projectRoot);
  const content = { absolutePath: contentFolder };
  const sitePaths = new Set([
    ...fixedPagePaths(path.join(projectRoot, "src", "pages")),
    ...sources.map((source) => postSlug(source, content)),
    ...listPagePaths(sources, siteMetadata.defaultLang),
  ]);
  const problems = checkPosts(sources, content, { fileExists: fs.existsSync, sitePaths });
  return { problems, checkedFiles: sources.length };
}
