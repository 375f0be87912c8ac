/**
 * Whether a post's text is shipped twice: once in the page's HTML and again in its page-data.json,
 * which the client runtime downloads to render the same page again.
 */

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  "#39": "'",
  "#x27": "'",
};

/** Visible text of an HTML fragment, with whitespace collapsed. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, " ")
    .replace(
      /&([a-z]+|#\d+|#x[\da-f]+);/gi,
      (entity, name: string) => ENTITIES[name.toLowerCase()] ?? entity,
    )
    .replace(/\s+/g, " ")
    .trim();
}

/** Every string value of a parsed JSON document, joined. */
function jsonStrings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(jsonStrings);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(jsonStrings);
  return [];
}

/** The longest paragraph of the page, as text: the part of a post least likely to be a template's. */
export function longestParagraph(html: string): string {
  let longest = "";
  for (const match of html.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/gi)) {
    const text = textOf(match[1] ?? "");
    if (text.length > longest.length) longest = text;
  }
  return longest;
}

/**
 * True when the page's longest paragraph (at least `minimum` characters) is also in its
 * page-data.json, false when it is not, null when the page has no paragraph that long.
 */
export function bodyInPageData(html: string, pageDataJson: string, minimum = 80): boolean | null {
  const paragraph = longestParagraph(html);
  if (paragraph.length < minimum) return null;
  const data = textOf(jsonStrings(JSON.parse(pageDataJson) as unknown).join(" "));
  return data.includes(paragraph.slice(0, minimum));
}
