import path from "node:path";
import { resolveFrontmatter } from "../frontmatter/resolve";
import { slugFromRelativePath } from "../posts/slug";
import { mathIsOn } from "../../../plugins/gatsby-remark-math-setting/setting";
import { checkCrossReferences } from "./cross-references";
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

/** Post fields on a page, named as the page writes them (`categories` for `tags`). */
function postOnlyFields(page: ParsedPost): Problem[] {
  const { fields } = resolveFrontmatter(page.data);
  return POST_ONLY_FIELDS.flatMap((field) => fields.get(field) ?? []).map((source) => ({
    file: page.source.file,
    line: page.fieldLines[source.key] ?? 1,
    column: 1,
    severity: "warning",
    rule: "frontmatter/page-field",
    message: `frontmatter \`${source.name}\` is not used on a page (content/pages); remove it, or move the file to content/blog if it is a post`,
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
  const tree = parseMarkdown(page.body, { math: mathIsOn(page.data.math, context.siteMath) });
  problems.push(
    ...checkFrontmatter(page, { dateRequired: false }),
    ...postOnlyFields(page),
    ...checkMath(page, tree),
    ...checkReferences(page, tree, context),
    ...checkStructure(page, tree),
    ...checkRawHtml(page, tree),
    ...checkCrossReferences(page, tree),
  );
  return problems;
}

/**
 * The URL path a page file's name gives it (`content/pages/about.md` -> `/about/`), which
 * frontmatter `slug` can replace, as for posts.
 */
export function pageSlug(source: PostSource, pagesFolder: string): string {
  const absolute = path.join(source.folder, path.basename(source.file));
  return slugFromRelativePath(path.relative(pagesFolder, absolute));
}
