// @ts-check
/**
 * What a cross-reference label is. As in Quarto, the prefix says what it names: `fig-` a
 * figure, `eq-` an equation, `tbl-` a table, `sec-` a section. `@key` with any other prefix is
 * not a cross-reference (it is a citation, for instance) and is left alone.
 *
 * @typedef {"figure" | "equation" | "table" | "section"} TargetKind
 */

/** @type {Readonly<Record<string, TargetKind>>} */
const KIND_BY_PREFIX = { fig: "figure", eq: "equation", tbl: "table", sec: "section" };

/** Letters, digits, `_` and `-` after the prefix, ending on a letter, digit or `_`. */
const LABEL_BODY = "[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?";
const LABEL = new RegExp(`^(fig|eq|tbl|sec)-${LABEL_BODY}$`);

/**
 * `@eq-loss` in running text: not after a letter, digit, `.`, `@` or `/` (an e-mail address such
 * as `me@fig-tree.org`, a path).
 */
const REFERENCE = new RegExp(`(?<![A-Za-z0-9_.@\\\\/])@((?:fig|eq|tbl|sec)-${LABEL_BODY})`, "g");

/**
 * @param {string} label
 * @returns {TargetKind | null}
 */
function kindOf(label) {
  const match = LABEL.exec(label);
  return match && match[1] !== undefined ? (KIND_BY_PREFIX[match[1]] ?? null) : null;
}

module.exports = { kindOf, REFERENCE };
