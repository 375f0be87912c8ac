/**
 * What a `#fragment` can reach in a post or page: its headings, by the ids the build gives them
 * (plugins/gatsby-remark-heading-ids, read here so the two never disagree), footnote ids as the
 * footnote plugin writes them, and `id`/`name` attributes written in raw HTML.
 */

import type { Root } from "mdast";
import { headingIds } from "../../../plugins/gatsby-remark-heading-ids/heading-ids";
import {
  sectionTargets,
  type SectionTargets,
} from "../../../plugins/gatsby-remark-heading-ids/section-targets";
import type { MarkdownNode } from "./markdown-tree";
import { walkTree } from "./markdown-tree";

export interface PageAnchors {
  /** Every id of the page a fragment may name as it is: headings first, in document order. */
  ids: readonly string[];
  /** The page's headings under both slug rules, for fragments written under the older one. */
  sections: SectionTargets;
}

export function pageAnchors(tree: Root): PageAnchors {
  const headings = headingIds(tree);
  return {
    ids: [...headings.map((heading) => heading.id), ...otherAnchors(tree)],
    sections: sectionTargets(headings),
  };
}

/** Every id a fragment can name as written: heading ids, then footnote and HTML ids. */
export function collectAnchors(tree: Root): string[] {
  return [...pageAnchors(tree).ids];
}

/** Footnote ids as mdast-util-to-hast makes them, and ids written in raw HTML. */
function otherAnchors(tree: Root): string[] {
  const anchors: string[] = [];
  const footnoteIds = new Set<string>();
  let inlineNotes = 0;
  const visit = (node: MarkdownNode): void => {
    if (node.type === "footnoteDefinition" || node.type === "footnoteReference") {
      // The rendered id, as the footnote plugin writes it: ids cannot hold whitespace.
      footnoteIds.add(node.identifier.trim().replace(/\s+/g, "-"));
    }
    if (node.type === "footnote") inlineNotes += 1;
    if (node.type === "html") anchors.push(...htmlIds(node.value));
  };
  walkTree(tree, visit);
  // Inline notes are numbered 1, 2, … skipping numbers that labelled notes already use.
  let next = 1;
  for (let note = 0; note < inlineNotes; note += 1) {
    while (footnoteIds.has(String(next))) next += 1;
    footnoteIds.add(String(next));
  }
  for (const id of footnoteIds) anchors.push(`fn-${id}`, `fnref-${id}`);
  return anchors;
}

function htmlIds(html: string): string[] {
  const ids: string[] = [];
  for (const match of html.matchAll(/\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi)) {
    ids.push(match[1] ?? match[2] ?? match[3] ?? "");
  }
  return ids;
}
