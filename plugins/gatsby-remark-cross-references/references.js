// @ts-check
/**
 * `@fig-results`, `@eq-loss`, `@tbl-sizes` and `@sec-method` in running text. Code, formulas,
 * raw HTML and link text are not running text: an `@` there stays as written, and so does
 * every `@key` that is not a cross-reference (citations have their own plugin).
 *
 * @typedef {import("unist").Node} Node
 * @typedef {import("unist").Parent} Parent
 * @typedef {import("mdast").Text} Text
 * @typedef {{ label: string; offset: number | null; text: Text; start: number; end: number }} Reference
 */
const { REFERENCE } = require("./labels");

/** Nodes whose text is not running text. */
const OPAQUE = new Set([
  "link",
  "linkReference",
  "definition",
  "inlineCode",
  "code",
  "math",
  "inlineMath",
  "html",
]);

/**
 * Every cross-reference in document order; `start` and `end` index into the text's value.
 * @param {Node} tree
 * @returns {Reference[]}
 */
function findReferences(tree) {
  /** @type {Reference[]} */
  const found = [];
  /** @param {Node} node */
  const walk = (node) => {
    if (OPAQUE.has(node.type)) return;
    if (node.type === "text") {
      const text = /** @type {Text} */ (node);
      const base = text.position?.start.offset;
      for (const match of text.value.matchAll(REFERENCE)) {
        const start = match.index ?? 0;
        found.push({
          label: match[1] ?? "",
          offset: base === undefined ? null : base + start,
          text,
          start,
          end: start + match[0].length,
        });
      }
      return;
    }
    const children = /** @type {{ children?: Node[] }} */ (node).children;
    if (Array.isArray(children)) children.forEach(walk);
  };
  walk(tree);
  return found;
}

module.exports = { findReferences };
