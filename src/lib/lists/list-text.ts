/**
 * What list pages and post summaries say, read from the interface strings
 * (src/lib/i18n/ui-strings.ts). A post's own language decides its reading-time line, a page's
 * language the rest.
 */
import { formatCount } from "../i18n/number-format";
import { formatUiString, uiStrings } from "../i18n/ui-strings";

/** The languages that have a page listing every post written in them. */
export type ListLanguage = "en" | "ja";

export interface ListText {
  /** "5 min read" */
  readingTime: (minutes: number) => string;
  /** Accessible name of a post's list of tags. */
  tagsLabel: string;
  /** Accessible name of the page navigation. */
  pagesLabel: string;
  /** Link to the page of newer posts (`rel="prev"`). */
  newer: string;
  /** Link to the page of older posts (`rel="next"`). */
  older: string;
  /** "Page 2 of 3" */
  pageOf: (pageNumber: number, pageCount: number) => string;
  noPosts: string;
}

/** "ja-JP" -> "ja"; "en-GB" -> "en". */
export function primaryLanguage(lang: string): string {
  return (lang.trim().split(/[-_]/)[0] ?? "").toLowerCase();
}

/** The text for pages and posts in `lang`, English where the table has no row for it. */
export function listText(lang: string): ListText {
  const words = uiStrings(lang);
  const count = (n: number) => formatCount(n, lang);
  return {
    readingTime: (minutes) => formatUiString(words.minRead, { n: count(minutes) }),
    tagsLabel: words.tags,
    pagesLabel: words.pages,
    newer: words.newerPosts,
    older: words.olderPosts,
    pageOf: (pageNumber, pageCount) =>
      formatUiString(words.pageOf, { n: count(pageNumber), count: count(pageCount) }),
    noPosts: words.noPosts,
  };
}

/** A language that has its own page listing every post written in it. */
export interface LanguagePage {
  /** The language tag, which is also the tag that gives a post this language. */
  code: ListLanguage;
  /** The language's name in itself, as the tag index shows it. */
  name: string;
  /** Its name in English, for messages to authors. */
  englishName: string;
  /** Heading and title of the page, in the language itself. */
  title: string;
}

export const LANGUAGE_PAGES: readonly LanguagePage[] = [
  { code: "en", name: "English", englishName: "English", title: "Posts in English" },
  { code: "ja", name: "日本語", englishName: "Japanese", title: "日本語の記事" },
];
