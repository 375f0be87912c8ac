/**
 * The site's own words around a post, by language: one table, so a translation of the interface
 * is one row. A language without a row, or a row without a word, falls back to English.
 *
 * Placeholders in braces (`{name}`, `{date}`, `{n}`) are filled by `formatUiString`.
 */
export interface UiStrings {
  /** Heading of the table of contents. */
  contents: string;
  /** Reading time, `{n}` minutes. */
  minRead: string;
  olderPost: string;
  newerPost: string;
  /** Label of the older/newer navigation. */
  olderAndNewer: string;
  /** Lead-in to the list of a post's other languages. */
  otherLanguages: string;
  /** Under the title of a translation, `{name}` is the translator. */
  translatedBy: string;
  /** On a translation older than its original's last update, `{date}` is that update. */
  translationOutdated: string;
  /** Link text to the original of an outdated translation. */
  readOriginal: string;
  /** Cross-reference words: "Figure 2", "Table 1", "Equation (1)", "Section 3". */
  figure: string;
  table: string;
  equation: string;
  section: string;
  /** Titles of the callout boxes (`> [!NOTE]`, `> [!TIP]`, …). */
  calloutNote: string;
  calloutTip: string;
  calloutImportant: string;
  calloutWarning: string;
  calloutCaution: string;
  /** Heading of a bibliography the post did not head itself. */
  references: string;
  citeThisPost: string;
  /** After the first author of a narrative citation with three or more: "Devlin et al.". */
  etAl: string;
  /** Label of the "Cite this post" block's BibTeX entry. */
  bibtexEntry: string;
  copy: string;
  copied: string;
  /** Said when the browser refuses to copy and the text is selected instead. */
  copyFailed: string;
}

export type UiStringKey = keyof UiStrings;

const ENGLISH: UiStrings = {
  contents: "Contents",
  minRead: "{n} min read",
  olderPost: "Older post",
  newerPost: "Newer post",
  olderAndNewer: "Older and newer posts",
  otherLanguages: "Also in",
  translatedBy: "Translated by {name}",
  translationOutdated: "The original was updated on {date}, after this translation.",
  readOriginal: "Read the original",
  figure: "Figure",
  table: "Table",
  equation: "Equation",
  section: "Section",
  calloutNote: "Note",
  calloutTip: "Tip",
  calloutImportant: "Important",
  calloutWarning: "Warning",
  calloutCaution: "Caution",
  references: "References",
  citeThisPost: "Cite this post",
  etAl: "et al.",
  bibtexEntry: "BibTeX",
  copy: "Copy",
  copied: "Copied",
  copyFailed: "Copying is not available here; the text is selected, press Ctrl+C or ⌘C",
};

/** Rows by lower-case BCP 47 tag; a row may leave words out. */
const ROWS: Readonly<Record<string, Partial<UiStrings>>> = {
  en: ENGLISH,
  ja: {
    contents: "目次",
    minRead: "{n} 分で読めます",
    olderPost: "前の記事",
    newerPost: "次の記事",
    olderAndNewer: "前後の記事",
    otherLanguages: "他の言語",
    translatedBy: "翻訳: {name}",
    translationOutdated: "原文は翻訳後の {date} に更新されています。",
    readOriginal: "原文を読む",
    figure: "図",
    table: "表",
    equation: "式",
    section: "節",
    calloutNote: "注記",
    calloutTip: "ヒント",
    calloutImportant: "重要",
    calloutWarning: "警告",
    calloutCaution: "注意",
    references: "参考文献",
    citeThisPost: "この記事の引用",
    etAl: "ほか",
    bibtexEntry: "BibTeX",
    copy: "コピー",
    copied: "コピーしました",
    copyFailed: "ここではコピーできません。テキストを選択したので Ctrl+C か ⌘C を押してください",
  },
};

/** The languages the table has a row for. */
export const UI_LANGUAGES: readonly string[] = Object.keys(ROWS);

/**
 * The interface words for a language: the row for the full tag (`pt-br`), else for its
 * primary language (`pt`), each word falling back to English.
 */
export function uiStrings(lang: string): UiStrings {
  const tag = lang.trim().toLowerCase().replace(/_/g, "-");
  const primary = tag.split("-")[0] ?? tag;
  return { ...ENGLISH, ...(ROWS[primary] ?? {}), ...(ROWS[tag] ?? {}) };
}

/** Fills `{placeholder}`s; an unknown placeholder is left as written. */
export function formatUiString(
  template: string,
  values: Readonly<Record<string, string | number>>,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
