import { primaryLanguage } from "../lists/list-text";
import { redirectText } from "./redirect-text";

export interface RedirectPageInput {
  /** Where the post is now, prefixed and percent-encoded: `/blog/2019/05/my-post/`. */
  targetPath: string;
  /** The same address in full, for search engines: `https://example.org/blog/2019/05/my-post/`. */
  canonicalUrl: string;
  /** The post's title, as plain text. */
  title: string;
  /** The post's language. */
  lang: string;
}

/** Text and attribute values of the page: the five characters that could end either. */
function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/**
 * The page left at an old address. It sends browsers on at once (`refresh` after 0 seconds,
 * which search engines treat as a permanent redirect), names the new address as canonical and
 * asks not to be indexed itself; a plain link serves readers whose browser does not follow the
 * refresh. It has no script and no stylesheet, so the site's Content-Security-Policy holds and
 * nothing but the HTML is loaded on the way.
 */
export function redirectPageHtml(input: RedirectPageInput): string {
  const text = redirectText(input.lang);
  const target = escapeHtml(input.targetPath);
  const sameLanguage = primaryLanguage(input.lang) === text.lang;
  const pageLang = sameLanguage ? input.lang : text.lang;
  // A post in another language keeps its title's language inside the sentence around it.
  const titleLang = sameLanguage ? "" : ` lang="${escapeHtml(input.lang)}"`;
  const link = `<a href="${target}"${titleLang}>${escapeHtml(input.title)}</a>`;
  return [
    "<!DOCTYPE html>",
    `<html lang="${escapeHtml(pageLang)}">`,
    "<head>",
    '<meta charset="utf-8">',
    `<title>${escapeHtml(text.title(input.title))}</title>`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<link rel="canonical" href="${escapeHtml(input.canonicalUrl)}">`,
    `<meta http-equiv="refresh" content="0; url=${target}">`,
    "</head>",
    "<body>",
    `<p>${text.moved(link)}</p>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/** Whether a file in the built site is a page written by redirectPageHtml. */
export function isRedirectPage(html: string): boolean {
  return /<meta http-equiv="refresh" content="0; url=[^"]*">/.test(html);
}
