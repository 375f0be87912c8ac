import { load } from "cheerio";

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
const HEADING_ELEMENT = /<h([2-6])(\s[^>]*)?>[\s\S]*?<\/h\1\s*>/gi;

/** The headings that have an id in a post's HTML, in document order, down to `maxDepth`. */
export function headingsOfHtml(html: string, maxDepth = 4): HeadingEntry[] {
  const headings: HeadingEntry[] = [];
  for (const match of html.matchAll(HEADING_ELEMENT)) {
    const depth = Number(match[1]);
    if (depth > maxDepth || !/\sid\s*=/i.test(match[2] ?? "")) continue;
    const $ = load(match[0], null, false);
    const heading = $(`h${depth}`).first();
    const id = heading.attr("id");
    if (id === undefined || id === "") continue;
    heading.find("a.anchor").remove();
    heading.find("sup:has(> a.footnote-ref), a.footnote-ref").remove();
    const content = heading.html() ?? "";
    headings.push({ id, depth, text: headingText(content), html: repeatableHtml(content) });
  }
  return headings;
}

/**
 * KaTeX writes each formula twice (MathML for screen readers, HTML for the eye), so the text of
 * its markup repeats the formula; its TeX source reads once and stays recognisable.
 */
function headingText(content: string): string {
  const $ = load(content, null, false);
  $(".katex").each((_, element) => {
    const formula = $(element);
    const tex = formula.find('annotation[encoding="application/x-tex"]').first().text();
    formula.replaceWith(tex !== "" ? tex : formula.find(".katex-html").text());
  });
  $("img").each((_, element) => {
    $(element).replaceWith($(element).attr("alt") ?? "");
  });
  return $.root().text().replace(/\s+/g, " ").trim();
}

function repeatableHtml(content: string): string {
  const $ = load(content, null, false);
  $("a").each((_, element) => {
    $(element).replaceWith($(element).contents());
  });
  $("[id]").removeAttr("id");
  return $.html().trim();
}
