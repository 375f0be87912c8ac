/**
 * Formats a post's citations and its bibliography with citeproc (through Citation.js), in one
 * pass so that numbers follow the order of first citation and author–year citations are told
 * apart ("2019a", "2019b") across the whole post.
 *
 * Each cited key is formatted as a citation of its own and the cluster is put back together
 * with the style's own brackets and separator, so every key is a link of its own to its entry.
 * Links in entries (DOI, URL) are made by citeproc.
 */
import type { CslCitation, CslCitationItem } from "@citation-js/core";
import { cslConfig } from "./citation-library";
import { cslLocale } from "./csl-locale";
import type { CslItem } from "./csl-item";
import type { CitationStyle } from "./citation-style";
import type { CitationMatch, CiteItem } from "./citation-syntax";
import { escapeHtml } from "./escape-html";
import { parseLocator } from "./locator";
import { narrativeAuthors } from "./narrative-authors";

export interface BibliographyEntry {
  key: string;
  /** The entry's HTML as the style writes it, links included. */
  html: string;
}

export interface FormattedCitations {
  /**
   * The HTML of each citation, in the order given; null for one that names a key the
   * bibliography lacks, which stays as written (the content check reports it).
   */
  citations: (string | null)[];
  /** Entries of the cited keys, in the style's order. */
  bibliography: BibliographyEntry[];
}

/** A narrative citation names the authors itself, so the style gives only the year or number. */
function citationItem(item: CiteItem, narrative: boolean): CslCitationItem {
  const locator = item.locator === "" ? null : parseLocator(item.locator);
  return {
    id: item.key,
    ...(locator === null ? {} : locator),
    ...(item.suppressAuthor || narrative ? { "suppress-author": true } : {}),
  };
}

/**
 * Styles such as Vancouver print no locator in a citation; the page an author pointed to is
 * kept, as written, rather than lost.
 */
function withLocator(formatted: string, item: CiteItem, style: CitationStyle): string {
  const printed = style.printsLocator && parseLocator(item.locator) !== null;
  if (item.locator === "" || printed) return formatted;
  return `${formatted}, ${escapeHtml(item.locator)}`;
}

function link(key: string, inner: string): string {
  return `<a class="citation" href="#ref-${escapeHtml(key)}">${inner}</a>`;
}

/** citeproc's entry markup without its outer `<div class="csl-entry">`. */
function entryInner(html: string): string {
  return html
    .trim()
    .replace(/^<div class="csl-entry">/, "")
    .replace(/<\/div>$/, "")
    .trim();
}

export function formatCitations(
  matches: readonly CitationMatch[],
  entries: readonly CslItem[],
  style: CitationStyle,
  lang: string,
): FormattedCitations {
  const byKey = new Map(entries.map((entry) => [entry.id, entry]));
  const known = matches.map((match) => match.items.every((item) => byKey.has(item.key)));
  const cited = matches.flatMap((match, index) =>
    known[index]
      ? match.items.map((item) => ({ item, narrative: match.kind === "narrative" }))
      : [],
  );
  const order = [...new Set(cited.map(({ item }) => item.key))];
  if (order.length === 0) return { citations: matches.map(() => null), bibliography: [] };
  const engine = cslConfig.engine([...byKey.values()], style.name, cslLocale(lang), "html");
  engine.opt.development_extensions.wrap_url_and_doi = true;
  // Citations come back without the layout's brackets, which are added once per cluster.
  engine.opt.development_extensions.apply_citation_wrapper = true;
  engine.sys.wrapCitationEntry = (html) => html;
  engine.updateItems(order);
  const single: CslCitation[] = cited.map(({ item, narrative }, index) => ({
    citationID: `cite-${index}`,
    citationItems: [citationItem(item, narrative)],
    properties: { noteIndex: 0 },
  }));
  const formatted = engine.rebuildProcessorState(single, "html").map(([, , html]) => html);
  const layout = engine.citation.opt;
  const open = layout.layout_prefix ?? "";
  const close = layout.layout_suffix ?? "";
  const separator = layout.layout_delimiter ?? ", ";
  let next = 0;
  const citations = matches.map((match, matchIndex) => {
    if (!known[matchIndex]) return null;
    const parts = match.items.map((item) => {
      const inner = withLocator(formatted[next] ?? "", item, style);
      next += 1;
      if (match.kind === "narrative") {
        const entry = byKey.get(item.key);
        const authors = entry === undefined ? item.key : narrativeAuthors(entry, lang);
        return link(item.key, `${escapeHtml(authors)} ${open}${inner}${close}`);
      }
      return `${escapeHtml(item.prefix)}${link(item.key, inner)}${escapeHtml(item.suffix)}`;
    });
    const body =
      match.kind === "narrative" ? parts.join("") : `${open}${parts.join(separator)}${close}`;
    return `<span class="citation-group">${body}</span>`;
  });
  const made = engine.makeBibliography();
  const bibliography =
    made === false
      ? []
      : made[1].map((html, index) => ({
          key: made[0].entry_ids[index]?.[0] ?? "",
          html: entryInner(html),
        }));
  return { citations, bibliography };
}
