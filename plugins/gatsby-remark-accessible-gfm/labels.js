// @ts-check
/**
 * The words GFM output adds to a post, in the post's language; other languages get English.
 *
 * @typedef {{
 *   footnotes: string;
 *   backToReference: (number: number, use: number) => string;
 *   table: (headers: string) => string;
 *   untitledTable: (number: number) => string;
 *   done: string;
 *   toDo: string;
 * }} GfmLabels
 */

/** @type {GfmLabels} */
const ENGLISH = {
  footnotes: "Footnotes",
  backToReference: (number, use) =>
    use === 1 ? `Back to reference ${number}` : `Back to reference ${number}, occurrence ${use}`,
  table: (headers) => `Table: ${headers}`,
  untitledTable: (number) => `Table ${number}`,
  done: "Done: ",
  toDo: "To do: ",
};

/** @type {Readonly<Record<string, GfmLabels>>} */
const LABELS = {
  en: ENGLISH,
  ja: {
    footnotes: "脚注",
    backToReference: (number, use) =>
      use === 1 ? `参照 ${number} に戻る` : `参照 ${number} の ${use} 番目に戻る`,
    table: (headers) => `表: ${headers}`,
    untitledTable: (number) => `表 ${number}`,
    done: "完了: ",
    toDo: "未完了: ",
  },
};

/**
 * @param {string | null | undefined} lang a BCP 47 tag such as `en`, `ja` or `ja-JP`
 * @returns {GfmLabels}
 */
function gfmLabels(lang) {
  const primary = (lang ?? "").toLowerCase().split("-")[0] ?? "";
  return LABELS[primary] ?? ENGLISH;
}

module.exports = { gfmLabels };
