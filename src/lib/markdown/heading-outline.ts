import { load } from "cheerio";
import { decodeEntities } from "./html-entities";

/** One heading of a rendered post, as the table of contents and the anchor labels need it. */
export interface HeadingEntry {
  /** The heading's `id`, exactly as it is in the page (decoded from the HTML). */
  id: string;
  /** 2 for `##`, 3 for `###`, … */
  depth: number;
  /** Plain text for labels; formulas are given as their TeX source. */
  text: string;
  /**
   * The heading's content as HTML, safe to repeat elsewhere in the page: without its anchor link,
   * with links unwrapped (a link may not contain a link), footnote markers dropped and ids removed
   * (an id may appear only once). Typeset formulas and inline code stay as they are.
   */
  html: string;
}

/**
 * A heading element as the Markdown renderer writes it. Headings never contain headings, and
 * code that mentions `<h2>` is escaped in the HTML, so matching tags is enough here and much
 * cheaper than parsing every post as a whole document.
 */
const HEADING_ELEMENT = /<h([2-6])(\s[^>]*)?>([\s\S]*?)<\/h\1\s*>/gi;
const ID_ATTRIBUTE = /\sid="([^"]*)"/i;
/** The link gatsby-remark-autolink-headers adds to each heading (it holds only an icon). */
const ANCHOR_LINK = /<a\s[^>]*\bclass="anchor (?:after|before)"[^>]*>[\s\S]*?<\/a>/g;

function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * The headings that have an id in a post's HTML, in document order, down to `maxDepth`: every
 * level by default, since every heading has an anchor to name (heading-anchors.ts).
 */
export function headingsOfHtml(html: string, maxDepth = 6): HeadingEntry[] {
  const headings: HeadingEntry[] = [];
  for (const match of html.matchAll(HEADING_ELEMENT)) {
    const depth = Number(match[1]);
    const id = decodeEntities(ID_ATTRIBUTE.exec(match[2] ?? "")?.[1] ?? "");
    if (depth > maxDepth || id === "") continue;
    const content = (match[3] ?? "").replace(ANCHOR_LINK, "");
    // Most headings are plain text; only markup inside one needs a parser.
    headings.push(
      content.includes("<")
        ? { id, depth, ...headingWithMarkup(content) }
        : { id, depth, text: collapseSpaces(decodeEntities(content)), html: content.trim() },
    );
  }
  return headings;
}

/**
 * KaTeX writes each formula twice (MathML for screen readers, HTML for the eye), so the text of
 * its markup repeats the formula; its TeX source reads once and stays recognisable.
 */
function headingWithMarkup(content: string): { text: string; html: string } {
  const $ = load(content, null, false);
  $("sup:has(> a.footnote-ref), a.footnote-ref").remove();
  $("a").each((_, element) => {
    $(element).replaceWith($(element).contents());
  });
  $("[id]").removeAttr("id");
  const html = $.html().trim();
  $(".katex").each((_, element) => {
    const formula = $(element);
    const tex = formula.find('annotation[encoding="application/x-tex"]').first().text();
    formula.replaceWith(tex !== "" ? tex : formula.find(".katex-html").text());
  });
  $("img").each((_, element) => {
    $(element).replaceWith($(element).attr("alt") ?? "");
  });
  return { text: collapseSpaces($.root().text()), html };
}
