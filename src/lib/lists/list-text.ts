/**
 * What list pages and post summaries say, in the two languages the site writes posts in.
 * A post's own language decides its reading-time line, a page's language the rest.
 */

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

const TEXT: Readonly<Record<ListLanguage, ListText>> = {
  en: {
    readingTime: (minutes) => `${minutes} min read`,
    tagsLabel: "Tags",
    pagesLabel: "Pages",
    newer: "Newer posts",
    older: "Older posts",
    pageOf: (pageNumber, pageCount) => `Page ${pageNumber} of ${pageCount}`,
    noPosts: "No posts yet.",
  },
  ja: {
    readingTime: (minutes) => `${minutes}分で読めます`,
    tagsLabel: "タグ",
    pagesLabel: "ページ",
    newer: "新しい記事",
    older: "古い記事",
    pageOf: (pageNumber, pageCount) => `${pageCount}ページ中${pageNumber}ページ目`,
    noPosts: "まだ記事がありません。",
  },
};

/** "ja-JP" -> "ja"; "en-GB" -> "en". */
export function primaryLanguage(lang: string): string {
  return (lang.trim().split(/[-_]/)[0] ?? "").toLowerCase();
}

/** The text for pages and posts in `lang`: Japanese for Japanese, English for anything else. */
export function listText(lang: string): ListText {
  return primaryLanguage(lang) === "ja" ? TEXT.ja : TEXT.en;
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
