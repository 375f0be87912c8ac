import { load } from "cheerio";

/**
 * Parts of a post body that are not prose: the visual half of KaTeX duplicates the MathML, the
 * TeX annotation would repeat each formula as source, and figures and code read badly as a
 * sentence.
 */
const NOT_PROSE = "script, style, button, figure, pre, .katex-html, annotation";

/** Elements after which text must not run on into the next block's first word. */
const BLOCKS = "p, li, dd, dt, blockquote, h1, h2, h3, h4, h5, h6, div, td, th, br, hr";

/** The readable text of an HTML fragment, on one line. */
export function htmlToPlainText(html: string): string {
  const $ = load(html, null, false);
  $(NOT_PROSE).remove();
  $(BLOCKS).after(" ");
  return normalizeSpace($.root().text());
}

export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Default summary length, about two sentences: enough to tell posts apart in a list. */
export const SUMMARY_LENGTH = 280;

/** Shortens text at a word boundary, marking the cut with an ellipsis. */
export function truncateText(text: string, maxLength: number = SUMMARY_LENGTH): string {
  // Code points, not UTF-16 units, so a cut never splits a surrogate pair.
  const chars = Array.from(text);
  if (chars.length <= maxLength) return text;
  // One character is kept free for the ellipsis.
  const lastSpace = chars.lastIndexOf(" ", maxLength - 1);
  // Text without spaces (Japanese, say) is cut where it reaches the limit.
  const end = lastSpace > maxLength / 2 ? lastSpace : maxLength - 1;
  return `${chars
    .slice(0, end)
    .join("")
    .replace(/[\s,;:.]+$/, "")}…`;
}

/** The post's own description, or when it has none, the start of its body. */
export function postSummary(post: { description: string | null; html: string }): string {
  const description = post.description === null ? "" : normalizeSpace(post.description);
  return description !== "" ? description : truncateText(htmlToPlainText(post.html));
}
