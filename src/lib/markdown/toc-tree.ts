import type { HeadingEntry } from "./heading-outline";

/** Headings listed in a table of contents: `##` and `###`. */
export const TOC_MIN_DEPTH = 2;
export const TOC_MAX_DEPTH = 3;
/** Fewer headings than this are easier to scan in the post itself than in a list. */
export const MIN_TOC_HEADINGS = 3;

export interface TocItem {
  id: string;
  text: string;
  html: string;
  children: TocItem[];
}

/** The headings a table of contents lists, in document order. */
export function tocHeadings(headings: readonly HeadingEntry[]): HeadingEntry[] {
  return headings.filter(
    (heading) => heading.depth >= TOC_MIN_DEPTH && heading.depth <= TOC_MAX_DEPTH,
  );
}

/** Whether a post has enough headings for a table of contents. */
export function hasTableOfContents(headings: readonly HeadingEntry[]): boolean {
  return tocHeadings(headings).length >= MIN_TOC_HEADINGS;
}

/**
 * Sections with their subsections: each `###` goes under the `##` before it. A `###` with no
 * `##` before it (a post that starts one level down) stays at the top, so nothing is dropped.
 */
export function tocTree(headings: readonly HeadingEntry[]): TocItem[] {
  const top: TocItem[] = [];
  for (const heading of tocHeadings(headings)) {
    const item: TocItem = { id: heading.id, text: heading.text, html: heading.html, children: [] };
    const parent = top[top.length - 1];
    if (heading.depth > TOC_MIN_DEPTH && parent !== undefined) parent.children.push(item);
    else top.push(item);
  }
  return top;
}
