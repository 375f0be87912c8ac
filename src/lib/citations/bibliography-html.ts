/**
 * The bibliography's HTML: a numbered list (`<ol>`, one `<li id="ref-key">` per entry) for
 * numeric styles, a list of `<div id="ref-key">` for author–year ones, inside
 * `<section class="bibliography">`. Previews and links find an entry by that id.
 */
import { escapeHtml } from "./escape-html";
import type { BibliographyEntry } from "./format-citations";

export function bibliographyHtml(
  entries: readonly BibliographyEntry[],
  options: { numeric: boolean; heading: string | null },
): string {
  const tag = options.numeric ? "li" : "div";
  const items = entries
    .map(
      (entry) =>
        `<${tag} id="ref-${escapeHtml(entry.key)}" class="csl-entry">${entry.html}</${tag}>`,
    )
    .join("\n");
  const list = options.numeric
    ? `<ol class="bibliography-list numeric">\n${items}\n</ol>`
    : `<div class="bibliography-list author-date">\n${items}\n</div>`;
  const heading =
    options.heading === null ? "" : `<h2 id="references">${escapeHtml(options.heading)}</h2>\n`;
  return `<section class="bibliography">\n${heading}${list}\n</section>`;
}
