import path from "node:path";
import type { Root } from "mdast";
import { resolveFrontmatter } from "../frontmatter/resolve";
import { resolveFeaturedImage } from "../posts/featured-image";
import { slugFromRelativePath } from "../posts/slug";
import { mathIsOn } from "../../../plugins/gatsby-remark-math-setting/setting";
import { checkCitations } from "./citations";
import { checkCodeBlocks } from "./code-blocks";
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

export interface ContentFolder {
  /** Absolute path of the folder posts live in (`content/blog`). */
  absolutePath: string;
}

/** A post's `featuredImage` (or `cover`, …) must name a file, as the build resolves it. */
function checkFeaturedImage(
  post: ParsedPost,
  content: ContentFolder,
  context: CheckContext,
): Problem[] {
  const source = resolveFrontmatter(post.data).fields.get("featuredImage");
  const value = source?.value;
  if (source === undefined || typeof value !== "string" || value.trim() === "") return [];
  const found = resolveFeaturedImage(
    value,
    post.source.folder,
    content.absolutePath,
    context.fileExists,
  );
  if (found !== null) return [];
  const line = post.fieldLines[source.key];
  return [
    {
      file: post.source.file,
      line: line ?? null,
      column: line === undefined ? null : 1,
      severity: "error",
      rule: "frontmatter/featuredImage",
      message: `frontmatter \`${source.name}\`: no file "${value}" in the post's folder or in the content folder; check the name, or remove the field`,
    },
  ];
}

/** Every check of one post. A post whose frontmatter cannot be read gets no further checks. */
export function checkPost(
  source: PostSource,
  content: ContentFolder,
  context: CheckContext,
  onTree?: (tree: Root, math: boolean) => void,
): Problem[] {
  // A translation takes its date from its original when it gives none.
  const dateRequired = context.isTranslation?.(source.file) !== true;
  const problems = checkEncoding(source);
  const parsed = parsePost(source);
  problems.push(...parsed.problems);
  const post = parsed.post;
  if (post === null) return problems;
  const math = mathIsOn(post.data.math, context.siteMath);
  const tree = parseMarkdown(post.body, { math });
  onTree?.(tree, math);
  problems.push(
    ...checkFrontmatter(post, { dateRequired }),
    ...checkFeaturedImage(post, content, context),
    ...checkMath(post, tree),
    ...checkReferences(post, tree, context),
    ...checkStructure(post, tree),
    ...checkRawHtml(post, tree),
    ...checkCodeBlocks(post, tree),
    ...checkCrossReferences(post, tree),
    ...checkCitations(post, tree, context.citations ?? {}, context.projectRoot ?? process.cwd()),
  );
  return problems;
}

/**
 * The URL path a post file's folder gives it, which frontmatter `slug` can replace (see
 * content-check/addresses.ts).
 */
export function postSlug(source: PostSource, content: ContentFolder): string {
  const absolute = path.join(source.folder, path.basename(source.file));
  return slugFromRelativePath(path.relative(content.absolutePath, absolute));
}

/**
 * Checks every post on its own. What only shows across files (two posts at one address, an old
 * address that another page uses) is checked with the pages, by checkAddressCollisions.
 */
export function checkPosts(
  sources: readonly PostSource[],
  content: ContentFolder,
  context: CheckContext,
  checkOne: (source: PostSource, check: (context: CheckContext) => Problem[]) => Problem[] = (
    _source,
    check,
  ) => check(context),
  onTree?: (source: PostSource, tree: Root, math: boolean) => void,
): Problem[] {
  return sources.flatMap((source) =>
    checkOne(source, (asked) =>
      checkPost(source, content, asked, onTree && ((tree, math) => onTree(source, tree, math))),
    ),
  );
}
