import path from "node:path";
import { slugFromRelativePath } from "../posts/slug";
import { checkEncoding } from "./encoding";
import { checkFrontmatter } from "./frontmatter-schema";
import { parseMarkdown } from "./markdown-tree";
import { checkMath } from "./math";
import { parsePost } from "./parse-post";
import { checkRawHtml } from "./raw-html";
import { checkReferences } from "./references";
import { checkStructure } from "./structure";
import type { CheckContext, ParsedPost, PostSource, Problem } from "./types";

/** Post fields a page has no use for: it is not dated, tagged, shared with a card or credited. */
const POST_ONLY_FIELDS = [
  "date",
  "updated",
  "tags",
  "featuredImage",
  "featuredImageAlt",
  "author",
  "attribution",
] as const;

function postOnlyFields(page: ParsedPost): Problem[] {
  return POST_ONLY_FIELDS.filter((field) => page.data[field] !== undefined).map((field) => ({
    file: page.source.file,
    line: page.fieldLines[field] ?? 1,
    column: 1,
    severity: "warning",
    rule: "frontmatter/page-field",
    message: `frontmatter \`${field}\` is not used on a page (content/pages); remove it, or move the file to content/blog if it is a post`,
  }));
}

/**
 * The checks of a post that apply to a page: encoding, frontmatter (a title, but no date), math,
 * links and images, and structure.
 */
export function checkPage(source: PostSource, context: CheckContext): Problem[] {
  const problems = checkEncoding(source);
  const parsed = parsePost(source);
  problems.push(...parsed.problems);
  const page = parsed.post;
  if (page === null) return problems;
  const tree = parseMarkdown(page.body);
  problems.push(
    ...checkFrontmatter(page, { dateRequired: false }),
    ...postOnlyFields(page),
    ...checkMath(page, tree),
    ...checkReferences(page, tree, context),
    ...checkStructure(page, tree),
    ...checkRawHtml(page, tree),
  );
  return problems;
}

/** The URL path a page file is served at: `content/pages/about.md` -> `/about/`. */
export function pageSlug(source: PostSource, pagesFolder: string): string {
  const absolute = path.join(source.folder, path.basename(source.file));
  return slugFromRelativePath(path.relative(pagesFolder, absolute));
}
