/**
 * Broken images fail the build late (or, for links, not at all), and a link to a renamed post
 * or a mistyped heading only shows up when a reader clicks it. These checks resolve every
 * relative URL in a post against what will exist: files next to the post, pages of the site,
 * and the anchors of the post and of the pages it links to (anchor-problems.ts). Absolute
 * http(s) URLs are left alone: checks run offline.
 */

import path from "node:path";
import type { Definition, HTML, Image, Link, Root } from "mdast";
import { inPageAnchorProblem, otherPageAnchorProblem } from "./anchor-problems";
import { endOffset, startOffset, walkTree } from "./markdown-tree";
import { pageAnchors, type PageAnchors } from "./page-anchors";
import { problemAt } from "./positions";
import { slugFromRelativePath } from "../posts/slug";
import type { CheckContext, ParsedPost, Problem, Severity } from "./types";

/** gatsby-source-filesystem's `blog` folder (gatsby-config.ts); slugs are relative to it. */
const CONTENT_FOLDER = "content/blog";
const MAX_SUGGESTION_DISTANCE = 3;

type Kind = "image" | "link";

/** What is wrong with one reference, before it is given a position. */
interface Finding {
  rule: string;
  text: string;
  /** An error unless said otherwise. */
  severity?: Severity;
}

interface Reference {
  kind: Kind;
  url: string;
  /** Offset of the URL in the body, for a report that points at it. */
  offset: number;
}

export function checkReferences(post: ParsedPost, tree: Root, context: CheckContext): Problem[] {
  const anchors = pageAnchors(tree);
  const problems: Problem[] = [];
  for (const reference of collectReferences(post.body, tree)) {
    const finding = referenceProblem(post, reference, anchors, context);
    if (finding) {
      const severity = finding.severity ?? "error";
      problems.push(problemAt(post, reference.offset, severity, finding.rule, finding.text));
    }
  }
  return problems;
}

function referenceProblem(
  post: ParsedPost,
  reference: Reference,
  anchors: PageAnchors,
  context: CheckContext,
): Finding | null {
  const { url } = reference;
  if (url === "" || /^[a-zA-Z][a-zA-Z\d+.-]*:/.test(url) || url.startsWith("//")) return null;
  if (url.startsWith("#")) return inPageAnchorProblem(url, anchors);
  const pathPart = safeDecode(url.replace(/[?#].*$/s, ""), decodeURI);
  if (pathPart === "") return null;
  if (pathPart.startsWith("/")) {
    const isFile = hasExtension(pathPart);
    if (!isFile && context.sitePaths.has(withTrailingSlash(pathPart))) {
      return sectionProblem(reference, withTrailingSlash(pathPart), context);
    }
    const redirect = redirectFinding(reference, pathPart, context);
    if (redirect !== null) return redirect;
    // Files such as /rss.xml are made by the build; they are checked on the built site.
    if (isFile) return null;
    const sitePath = withTrailingSlash(pathPart);
    return (
      pageProblem(reference, sitePath, context.sitePaths) ??
      sectionProblem(reference, sitePath, context)
    );
  }
  return relativeProblem(post, reference, pathPart, context);
}

/** The `#fragment` of a link to a page of the site, checked against that page's anchors. */
function sectionProblem(
  reference: Reference,
  sitePath: string,
  context: CheckContext,
): Finding | null {
  if (reference.kind !== "link" || !reference.url.includes("#")) return null;
  const anchors = context.anchorsOf?.(sitePath) ?? null;
  return anchors === null ? null : otherPageAnchorProblem(reference.url, sitePath, anchors);
}

function relativeProblem(
  post: ParsedPost,
  reference: Reference,
  relativePath: string,
  context: CheckContext,
): Finding | null {
  const target = path.resolve(post.source.folder, relativePath);
  const pointsAtPost =
    reference.kind === "link" &&
    (relativePath.endsWith("/") || /\.mdx?$/i.test(relativePath) || !hasExtension(relativePath));
  if (pointsAtPost) {
    const sitePath = sitePathOf(post, target);
    if (sitePath !== null && context.sitePaths.has(sitePath)) {
      return sectionProblem(reference, sitePath, context);
    }
    const redirect = sitePath === null ? null : redirectFinding(reference, sitePath, context);
    if (redirect !== null) return redirect;
    // A file without an extension (such as LICENSE) is a file, not a page.
    if (!relativePath.endsWith("/") && context.fileExists(target)) return null;
    if (sitePath !== null) return pageProblem(reference, sitePath, context.sitePaths);
  }
  if (context.fileExists(target)) return null;
  const folder = `${path.posix.dirname(post.source.file)}/`;
  return {
    rule: "references/missing-file",
    text:
      `${reference.kind} "${reference.url}" does not exist in ${folder}; ` +
      "check the file name (names are case-sensitive)",
  };
}

/** The site path of a post file or folder, or null when the target is outside the posts. */
function sitePathOf(post: ParsedPost, target: string): string | null {
  const relative = path.relative(contentRoot(post), target);
  if (relative.startsWith("..") || path.isAbsolute(relative)) return null;
  return slugFromRelativePath(relative.replace(/\.mdx?$/i, ".md"));
}

/**
 * The folder slugs are relative to. A post outside it (a test fixture, say) is taken to sit
 * directly in its content folder, as posts in content/blog do.
 */
function contentRoot(post: ParsedPost): string {
  const { file, folder } = post.source;
  if (!file.startsWith(`${CONTENT_FOLDER}/`)) return path.dirname(folder);
  const depth = path.posix.dirname(file).split("/").length;
  const projectRoot = path.resolve(folder, ...Array<string>(depth).fill(".."));
  return path.join(projectRoot, CONTENT_FOLDER);
}

/**
 * A link to an old address works, through its redirect page, but costs the reader a second load
 * and leaves the post linking to an address it has already left; a warning names the new one.
 */
function redirectFinding(
  reference: Reference,
  sitePath: string,
  context: CheckContext,
): Finding | null {
  const redirects = context.redirects;
  if (redirects === undefined) return null;
  const target = redirects.get(sitePath) ?? redirects.get(withTrailingSlash(sitePath));
  if (target === undefined) return null;
  return {
    rule: "references/old-address",
    severity: "warning",
    text: `${reference.kind} "${reference.url}" goes to an old address, which redirects to ${target}; link to "${target}" instead`,
  };
}

function pageProblem(
  reference: Reference,
  sitePath: string,
  sitePaths: ReadonlySet<string>,
): Finding | null {
  if (sitePaths.has(sitePath)) return null;
  const suggestion = closest(
    sitePath,
    [...sitePaths].filter((candidate) => candidate !== "/"),
  );
  const hint = suggestion
    ? `did you mean "${suggestion}"?`
    : "check the path; posts are served at /folder-name/";
  const target = reference.url === sitePath ? `"${sitePath}"` : `"${reference.url}" (${sitePath})`;
  return {
    rule: "references/missing-page",
    text: `${reference.kind} ${target} is not a page of the site; ${hint}`,
  };
}

/** Images, links and link definitions, and `<img src>` in raw HTML, in document order. */
export function collectReferences(body: string, tree: Root): Reference[] {
  const references: Reference[] = [];
  walkTree(tree, (node) => {
    if (node.type === "image" || node.type === "link" || node.type === "definition") {
      const kind: Kind = node.type === "image" ? "image" : "link";
      references.push({ kind, url: node.url, offset: urlOffset(body, node) });
    } else if (node.type === "html") {
      references.push(...htmlImages(body, node));
    }
  });
  return references;
}

/** Where the URL is written: after the link text, before any title; else the node's start. */
function urlOffset(body: string, node: Image | Link | Definition): number {
  const start = startOffset(node);
  const lastChild = node.type === "link" ? node.children[node.children.length - 1] : undefined;
  const from = lastChild ? endOffset(lastChild) : start;
  const slice = body.slice(from, endOffset(node));
  const titleAt = node.title ? slice.lastIndexOf(node.title) : -1;
  const index = slice.lastIndexOf(node.url, titleAt === -1 ? undefined : titleAt - 1);
  return index === -1 || node.url === "" ? start : from + index;
}

function htmlImages(body: string, node: HTML): Reference[] {
  const start = startOffset(node);
  const source = body.slice(start, endOffset(node));
  const references: Reference[] = [];
  for (const tag of source.matchAll(/<img\b[^>]*>/gi)) {
    const src = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(tag[0]);
    if (!src) continue;
    const url = src[1] ?? src[2] ?? src[3] ?? "";
    const valueIndex = src.index + src[0].length - url.length - (src[3] === undefined ? 1 : 0);
    references.push({ kind: "image", url, offset: start + (tag.index ?? 0) + valueIndex });
  }
  return references;
}

function closest(target: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = MAX_SUGGESTION_DISTANCE + 1;
  for (const candidate of candidates) {
    const distance = editDistance(target.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance, one row at a time. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function hasExtension(urlPath: string): boolean {
  const lastSegment = urlPath.split("/").pop() ?? "";
  return /\.[A-Za-z\d]+$/.test(lastSegment);
}

function withTrailingSlash(urlPath: string): string {
  return urlPath.endsWith("/") ? urlPath : `${urlPath}/`;
}

/** A malformed `%` escape is left as written rather than failing the whole check. */
function safeDecode(text: string, decode: (text: string) => string): string {
  try {
    return decode(text);
  } catch {
    return text;
  }
}
