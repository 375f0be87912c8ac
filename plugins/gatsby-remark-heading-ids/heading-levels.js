// @ts-check
/**
 * The post's title is the page's one `<h1>`. Posts written for other tools often start their
 * sections at `#`; in such a post every heading moves down one level (`#` becomes h2, `##` h3),
 * so the sections sit under the title and the outline and table of contents keep their shape.
 * A post without a `#` heading is left as written. HTML has no h7: `######` stays h6.
 */
const { headingsOf } = require("./headings");

/** @typedef {import("mdast").Heading} Heading */

const DEEPEST = 6;

/**
 * How many levels the headings of a tree move down: 1 when any of them is a `#` heading, else 0.
 * @param {import("unist").Node} tree
 * @returns {0 | 1}
 */
function levelShift(tree) {
  return headingsOf(tree).some((heading) => heading.depth === 1) ? 1 : 0;
}

/**
 * The level a heading is rendered at, given its tree's shift.
 * @param {number} depth as written: 1 for `#`
 * @param {0 | 1} shift
 * @returns {Heading["depth"]}
 */
function renderedDepth(depth, shift) {
  return /** @type {Heading["depth"]} */ (Math.min(depth + shift, DEEPEST));
}

/**
 * Moves the headings of a tree down when it has `#` headings (see the module comment).
 * @param {import("unist").Node} tree
 */
function shiftHeadings(tree) {
  const shift = levelShift(tree);
  if (shift === 0) return;
  for (const heading of headingsOf(tree)) heading.depth = renderedDepth(heading.depth, shift);
}

module.exports = { levelShift, renderedDepth, shiftHeadings };
