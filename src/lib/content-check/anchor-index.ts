/**
 * The anchors of every post and page by URL path, for links to a section of another page. A
 * page is parsed only when a link points into it, and only once.
 */

import { parseMarkdown } from "./markdown-tree";
import { pageAnchors, type PageAnchors } from "./page-anchors";
import { parsePost } from "./parse-post";
import type { PostSource } from "./types";

export interface SitePage {
  sitePath: string;
  source: PostSource;
}

export function anchorIndex(pages: readonly SitePage[]): (sitePath: string) => PageAnchors | null {
  const sources = new Map(pages.map((page) => [page.sitePath, page.source]));
  const read = new Map<string, PageAnchors | null>();
  return (sitePath) => {
    if (!read.has(sitePath)) {
      const source = sources.get(sitePath);
      read.set(sitePath, source === undefined ? null : anchorsOfSource(source));
    }
    return read.get(sitePath) ?? null;
  };
}

/** Null for a file whose frontmatter cannot be read: its own check reports it. */
function anchorsOfSource(source: PostSource): PageAnchors | null {
  const post = parsePost(source).post;
  return post === null ? null : pageAnchors(parseMarkdown(post.body));
}
