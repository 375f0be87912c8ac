/**
 * Replaces the citations in a post's Markdown tree with their HTML and puts the bibliography
 * under the post's references heading (`## References`, `## 参考文献`, `## Bibliography`), or at
 * the end under a heading of its own. Only text is searched: code, math, links, raw HTML and
 * headings keep every `@` as written.
 */
import type { Content, HTML as Html, Heading, Parent, Root, Text } from "mdast";
import { uiStrings } from "../i18n/ui-strings";
import { bibliographyHtml } from "./bibliography-html";
import type { CitationStyle } from "./citation-style";
import { findCitations, type CitationMatch } from "./citation-syntax";
import type { CslItem } from "./csl-item";
import { formatCitations } from "./format-citations";

/** Nodes whose text is never a citation. */
const LEFT_ALONE = new Set(["link", "linkReference", "heading", "code", "inlineCode", "html"]);

export interface FoundCitations {
  parent: Parent;
  node: Text;
  matches: CitationMatch[];
}

/** The citations in a tree's text, with the text node each is in (the check reads positions). */
export function collectCitations(
  parent: Parent,
  isKnown: (key: string) => boolean,
  found: FoundCitations[] = [],
): FoundCitations[] {
  for (const child of parent.children) {
    if (LEFT_ALONE.has(child.type)) continue;
    if (child.type === "text") {
      // A narrative `@name` that is no key is someone's handle, not a citation.
      const matches = findCitations(child.value, isKnown).filter(
        (match) => match.kind === "bracketed" || isKnown(match.items[0]?.key ?? ""),
      );
      if (matches.length > 0) found.push({ parent, node: child, matches });
    } else if ("children" in child) {
      collectCitations(child, isKnown, found);
    }
  }
  return found;
}

function headingText(node: Heading): string {
  return node.children
    .map((child) => ("value" in child ? child.value : ""))
    .join("")
    .trim()
    .toLowerCase();
}

export function referencesHeadingNames(lang: string): Set<string> {
  return new Set(
    ["bibliography", uiStrings("en").references, uiStrings(lang).references].map((name) =>
      name.toLowerCase(),
    ),
  );
}

/** Returns the keys cited, in the order of first citation. */
export function citeInTree(
  tree: Root,
  options: { entries: readonly CslItem[]; style: CitationStyle; lang: string },
): string[] {
  const keys = new Set(options.entries.map((entry) => entry.id));
  const found = collectCitations(tree, (key) => keys.has(key));
  const matches = found.flatMap((each) => each.matches);
  if (matches.length === 0) return [];
  const formatted = formatCitations(matches, options.entries, options.style, options.lang);
  let next = 0;
  for (const { parent, node, matches: inNode } of found) {
    const pieces: Content[] = [];
    let cursor = 0;
    for (const match of inNode) {
      const html = formatted.citations[next];
      next += 1;
      if (html === null || html === undefined) continue;
      if (match.start > cursor)
        pieces.push({ type: "text", value: node.value.slice(cursor, match.start) });
      pieces.push({ type: "html", value: html } satisfies Html);
      cursor = match.end;
    }
    if (cursor < node.value.length) pieces.push({ type: "text", value: node.value.slice(cursor) });
    const index = parent.children.indexOf(node);
    parent.children.splice(index, 1, ...pieces);
  }
  if (formatted.bibliography.length > 0) {
    const names = referencesHeadingNames(options.lang);
    const headingIndex = tree.children.findIndex(
      (child) => child.type === "heading" && names.has(headingText(child)),
    );
    const html: Html = {
      type: "html",
      value: bibliographyHtml(formatted.bibliography, {
        numeric: options.style.numeric,
        heading: headingIndex === -1 ? uiStrings(options.lang).references : null,
      }),
    };
    if (headingIndex === -1) tree.children.push(html);
    else tree.children.splice(headingIndex + 1, 0, html);
  }
  return formatted.bibliography.map((entry) => entry.key);
}
