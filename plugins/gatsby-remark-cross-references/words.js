// @ts-check
const tsx = require("tsx/cjs/api");

/**
 * The words cross-references and callouts add to a post come from the site's table of interface
 * words, read by the same rule as everywhere else (`zh-TW` reads Traditional Chinese, `pt-BR`
 * Portuguese, any other language English); tsx loads that TypeScript module for this one.
 * @type {typeof import("../../src/lib/i18n/ui-strings")}
 */
const { uiStrings } = tsx.require("../../src/lib/i18n/ui-strings.ts", __filename);

/**
 * @typedef {Pick<import("../../src/lib/i18n/ui-strings").UiStrings,
 *   "figure" | "table" | "equation" | "section" | "calloutNote" | "calloutTip" |
 *   "calloutImportant" | "calloutWarning" | "calloutCaution">} Words
 */

/**
 * @param {string | null} lang the post's language
 * @returns {Words}
 */
function wordsFor(lang) {
  return uiStrings(lang ?? "en");
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
