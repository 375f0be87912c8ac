/** What a search result shows besides its excerpt, as the build knows it from the post. */
export interface SearchMeta {
  title: string;
  /** The frontmatter date as written ("2020-04-20" or an ISO timestamp). */
  date: string;
  /** The post's language, so that a result in another language than the page is marked as such. */
  lang: string;
}

const FIELDS: ReadonlyArray<keyof SearchMeta> = ["title", "date", "lang"];

function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/"/g, "&quot;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/**
 * The page's HTML as the search indexer should read it: with the post's title, date and language
 * attached as Pagefind metadata. The values are read from attributes (`title[data-title]`) rather
 * than written as `title:…`, because Pagefind splits that form at commas, which titles may
 * contain. The element is empty, so it adds nothing to the indexed text.
 */
export function withSearchMeta(html: string, meta: SearchMeta): string {
  const names = FIELDS.map((field) => `${field}[data-${field}]`).join(", ");
  const values = FIELDS.map((field) => ` data-${field}="${escapeAttribute(meta[field])}"`).join("");
  const element = `<span data-pagefind-meta="${names}"${values}></span>`;
  const bodyEnd = html.toLowerCase().lastIndexOf("</body>");
  return bodyEnd === -1 ? html + element : html.slice(0, bodyEnd) + element + html.slice(bodyEnd);
}
