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

/** Elements that have no closing tag. */
const VOID = /^<(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)\b/i;

/**
 * How an inline HTML node changes the depth of raw HTML elements the text after it is in.
 * @param {string} html
 */
function htmlDepthChange(html) {
  const tag = html.trim();
  if (/^<\//.test(tag)) return -1;
  if (/^<[A-Za-z]/.test(tag) && !/\/>$/.test(tag) && !VOID.test(tag)) return 1;
  return 0;
}

/**
 * Every cross-reference in document order; `start` and `end` index into the text's value.
 * @param {Node} tree
 * @returns {Reference[]}
 */
function findReferences(tree) {
  /** @type {Reference[]} */
  const found = [];
  /** Open raw HTML elements around the text being read: `<b>@eq-x</b>` is not running text. */
  let htmlDepth = 0;
  /** @param {Node} node */
  const walk = (node) => {
    if (node.type === "html") {
      htmlDepth = Math.max(
        0,
        htmlDepth +
          htmlDepthChange(/** @type {{ value: string }} */ (/** @type {unknown} */ (node)).value),
      );
      return;
    }
    if (OPAQUE.has(node.type) || htmlDepth > 0) return;
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
    if (!Array.isArray(children)) return;
    children.forEach(walk);
    // An element left open does not reach past its paragraph.
    if (node.type === "paragraph" || node.type === "heading" || node.type === "tableCell")
      htmlDepth = 0;
  };
  walk(tree);
  return found;
}

module.exports = { findReferences };
