// @ts-check
/**
 * A wide table scrolls sideways inside its own box instead of widening the page on a phone. The
 * box can take keyboard focus, so it can be scrolled without a pointer, and is a named region, so
 * a screen reader says what that focus stop is.
 */
const { element, hasChildren, plainText } = require("./mdast");

/**
 * @typedef {import("unist").Node} Node
 * @typedef {import("unist").Parent} Parent
 * @typedef {import("./labels").GfmLabels} GfmLabels
 */

/** Column names beyond these make a name too long to listen to. */
const NAMED_COLUMNS = 4;

/**
 * "Table: Model, Parameters, Accuracy" from the header row, or "Table 2" when it is empty.
 * @param {Parent} table
 * @param {number} number the table's position in the post, from 1
 * @param {GfmLabels} labels
 */
function tableName(table, number, labels) {
  const header = table.children[0];
  const names =
    header && hasChildren(header) ? header.children.map((cell) => plainText(cell).trim()) : [];
  const shown = names.filter((name) => name !== "");
  if (shown.length === 0) return labels.untitledTable(number);
  const listed = shown.slice(0, NAMED_COLUMNS).join(", ");
  return labels.table(shown.length > NAMED_COLUMNS ? `${listed}, …` : listed);
}

/**
 * Wraps every table in a scrolling region. Returns how many were wrapped.
 * @param {Parent} tree
 * @param {GfmLabels} labels
 */
function wrapTables(tree, labels) {
  let count = 0;
  /** @param {Parent} parent */
  const walk = (parent) => {
    parent.children.forEach((node, index) => {
      if (node.type === "table" && hasChildren(node)) {
        count += 1;
        parent.children[index] = element(
          "tableScroll",
          "div",
          {
            className: ["table-scroll"],
            role: "region",
            tabIndex: 0,
            ariaLabel: tableName(node, count, labels),
          },
          [node],
        );
      } else if (hasChildren(node)) {
        walk(node);
      }
    });
  };
  walk(tree);
  return count;
}

module.exports = { wrapTables };
