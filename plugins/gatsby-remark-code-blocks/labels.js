// @ts-check
/**
 * The words a code block shows or announces, in the post's language. Posts in other languages
 * get English.
 *
 * @typedef {{
 *   copy: string;
 *   copyCode: string;
 *   copyTitled: (title: string) => string;
 *   copied: string;
 *   copyFailed: string;
 * }} CodeLabels
 */

/** @type {CodeLabels} */
const ENGLISH = {
  copy: "Copy",
  copyCode: "Copy code",
  copyTitled: (title) => `Copy code: ${title}`,
  copied: "Copied",
  copyFailed: "Copying is not available here; the code is selected, press Ctrl+C or ⌘C",
};

/** @type {Readonly<Record<string, CodeLabels>>} */
const LABELS = {
  en: ENGLISH,
  ja: {
    copy: "コピー",
    copyCode: "コードをコピー",
    copyTitled: (title) => `コードをコピー: ${title}`,
    copied: "コピーしました",
    copyFailed: "ここではコピーできません。コードを選択したので Ctrl+C か ⌘C を押してください",
  },
};

/**
 * @param {string | null | undefined} lang a BCP 47 tag such as `en`, `ja` or `ja-JP`
 * @returns {CodeLabels}
 */
function codeLabels(lang) {
  const primary = (lang ?? "").toLowerCase().split("-")[0] ?? "";
  return LABELS[primary] ?? ENGLISH;
}

module.exports = { codeLabels };
