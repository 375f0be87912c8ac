// @ts-check
/**
 * The words cross-references and callouts add to a post, in the post's language. They come from
 * the site's table of interface words (src/lib/i18n/ui-strings.ts), which
 * src/lib/markdown/dialect.ts hands to this plugin as its `words` option, one row per language.
 *
 * @typedef {{
 *   figure: string; table: string; equation: string; section: string;
 *   calloutNote: string; calloutTip: string; calloutImportant: string;
 *   calloutWarning: string; calloutCaution: string;
 * }} Words
 */

/** @type {Words} */
const FALLBACK = {
  figure: "Figure",
  table: "Table",
  equation: "Equation",
  section: "Section",
  calloutNote: "Note",
  calloutTip: "Tip",
  calloutImportant: "Important",
  calloutWarning: "Warning",
  calloutCaution: "Caution",
};

/**
 * The row for the full tag (`pt-br`), else its primary language, else English.
 * @param {Readonly<Record<string, Words>> | undefined} rows
 * @param {string | null} lang
 * @returns {Words}
 */
function wordsFor(rows, lang) {
  const tag = (lang ?? "").trim().toLowerCase();
  const primary = tag.split("-")[0] ?? tag;
  return rows?.[tag] ?? rows?.[primary] ?? rows?.en ?? FALLBACK;
}

/** U+00A0 keeps "Figure" and its number on one line. */
const NO_BREAK = "\u00A0";

/**
 * "Figure 2", "Table 1", "Section 3", "Equation (1)": what a reference to a target reads.
 * @param {Words} words
 * @param {import("./labels").TargetKind} kind
 * @param {string} number
 */
function referenceText(words, kind, number) {
  return kind === "equation"
    ? `${words.equation}${NO_BREAK}(${number})`
    : `${words[kind]}${NO_BREAK}${number}`;
}

module.exports = { wordsFor, referenceText, NO_BREAK };
