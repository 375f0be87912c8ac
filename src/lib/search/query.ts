import { formatUiString } from "../i18n/format-ui-string";
import { formatCount } from "../i18n/number-format";
import type { SearchStatusWords } from "./status-words";

/** Path segments that name a kind of file rather than say what the page was about. */
const FILE_WORDS = new Set(["index", "html", "htm", "php", "aspx", "md"]);

const MAX_WORDS = 6;

/**
 * Words to search for when a page is missing, from its address:
 * `/notes/representation-learing/` under the root `/notes/` gives "representation learing".
 * Numbers (dates in old URLs, `404`) and file names are left out: they say nothing about the
 * page, and numbers would match the dates of every post.
 */
export function queryFromMissingPath(pathname: string, siteRoot: string): string {
  const root = siteRoot.endsWith("/") ? siteRoot : `${siteRoot}/`;
  const own = pathname.startsWith(root) ? pathname.slice(root.length) : pathname;
  let decoded = own;
  try {
    decoded = decodeURIComponent(own);
  } catch {
    // A malformed escape: the raw text still has the words around it.
  }
  return decoded
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "" && !/^\p{N}+$/u.test(word))
    .filter((word) => !FILE_WORDS.has(word.toLowerCase()))
    .slice(0, MAX_WORDS)
    .join(" ");
}

/** What the live region says once a search has run, in the page's words and digits. */
export function resultSummary(
  query: string,
  total: number,
  shown: number,
  words: SearchStatusWords,
  lang: string,
): string {
  const values = { query, n: formatCount(total, lang), shown: formatCount(shown, lang) };
  if (total === 0) return formatUiString(words.searchNoResults, values);
  if (shown < total) return formatUiString(words.searchFirstResults, values);
  return formatUiString(total === 1 ? words.searchOneResult : words.searchResults, values);
}
