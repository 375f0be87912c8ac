// @ts-check
/**
 * Points each link to a section of the same page at the id its heading has, whichever slug rule
 * and encoding the link was written in. Links and link definitions (`[x]: #section`) are both
 * rewritten. A fragment that names no heading (a footnote, an id in raw HTML, a typo) is left as
 * written: the content check reports the ones that lead nowhere.
 */
const { sectionFor } = require("./section-targets");

/**
 * @typedef {import("unist").Node} Node
 * @typedef {import("./section-targets").SectionTargets} SectionTargets
 */

/**
 * @param {Node} tree
 * @param {SectionTargets} targets
 */
function rewriteSectionLinks(tree, targets) {
  /** @param {Node} node */
  const walk = (node) => {
    if (node.type === "link" || node.type === "definition") {
      const target = /** @type {{ url: string }} */ (/** @type {unknown} */ (node));
      if (target.url.startsWith("#")) {
        const id = sectionFor(target.url.slice(1), targets);
        if (id !== null) target.url = `#${id}`;
      }
    }
    const children = /** @type {{ children?: unknown }} */ (node).children;
    if (Array.isArray(children)) for (const child of children) walk(child);
  };
  walk(tree);
}

module.exports = { rewriteSectionLinks };
