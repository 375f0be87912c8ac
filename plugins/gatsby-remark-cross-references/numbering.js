// @ts-check
/**
 * Numbers of labelled targets, in order of appearance: figures, tables and equations each from 1;
 * sections by their place in the post's outline (the third `##` is 3, the first `###` under it
 * 3.1), so the number a reader is told is the one they can count to.
 *
 * @typedef {import("unist").Node} Node
 * @typedef {import("./targets").Target} Target
 */

/**
 * The outline number of every heading, as "3" or "3.1".
 * @param {Node} tree
 * @returns {Map<Node, string>}
 */
function sectionNumbers(tree) {
  /** @type {Map<Node, string>} */
  const numbers = new Map();
  /** @type {Node[]} */
  const headings = [];
  /** @param {Node} node */
  const walk = (node) => {
    if (node.type === "heading") headings.push(node);
    const children = /** @type {{ children?: Node[] }} */ (node).children;
    if (Array.isArray(children)) children.forEach(walk);
  };
  walk(tree);
  const depthOf = (/** @type {Node} */ node) =>
    /** @type {{ depth: number }} */ (/** @type {unknown} */ (node)).depth;
  const top = Math.min(...headings.map(depthOf));
  /** @type {number[]} */
  const counters = [];
  for (const heading of headings) {
    const level = depthOf(heading) - top;
    counters.length = level + 1;
    for (let index = 0; index < level; index += 1) counters[index] ??= 0;
    counters[level] = (counters[level] ?? 0) + 1;
    numbers.set(heading, counters.join("."));
  }
  return numbers;
}

/**
 * The number each target is shown and referred to with, by label. A label used twice keeps its
 * first target (the content check reports the second).
 * @param {Node} tree
 * @param {readonly Target[]} targets
 * @returns {Map<string, { target: Target; number: string }>}
 */
function numberTargets(tree, targets) {
  const sections = sectionNumbers(tree);
  /** @type {Map<string, number>} */
  const counts = new Map();
  /** @type {Map<string, { target: Target; number: string }>} */
  const numbered = new Map();
  for (const target of targets) {
    if (numbered.has(target.label)) continue;
    let number = sections.get(target.node);
    if (target.kind !== "section") {
      const count = (counts.get(target.kind) ?? 0) + 1;
      counts.set(target.kind, count);
      number = String(count);
    }
    numbered.set(target.label, { target, number: number ?? "" });
  }
  return numbered;
}

module.exports = { numberTargets };
