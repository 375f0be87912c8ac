/**
 * What a redirect page says, for the rare reader who sees it (a browser that does not follow
 * `<meta http-equiv="refresh">`), in the two languages the site writes posts in.
 */

import { primaryLanguage } from "../lists/list-text";

export interface RedirectText {
  /** The language the text is written in, for `<html lang>`. */
  lang: "en" | "ja";
  /** The page's `<title>`. */
  title: (postTitle: string) => string;
  /** The sentence around the link to the new address; `link` is already HTML. */
  moved: (link: string) => string;
}

const TEXT: Readonly<Record<RedirectText["lang"], RedirectText>> = {
  en: {
    lang: "en",
    title: (postTitle) => `Moved: ${postTitle}`,
    moved: (link) => `This page has moved to ${link}.`,
  },
  ja: {
    lang: "ja",
    title: (postTitle) => `移動しました: ${postTitle}`,
    moved: (link) => `このページは${link}に移動しました。`,
  },
};

/** Japanese for Japanese posts, English for any other language. */
export function redirectText(lang: string): RedirectText {
  return primaryLanguage(lang) === "ja" ? TEXT.ja : TEXT.en;
}
