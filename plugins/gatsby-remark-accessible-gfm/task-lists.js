// @ts-check
/**
 * `- [x] item` renders, by default, as a disabled checkbox with no label: a control that cannot
 * be used and that a screen reader announces without saying what it is for. Here the state is
 * drawn by the stylesheet and said in words that only assistive technology reads ("Done: …",
 * "To do: …"), and a feed reader without the stylesheet shows those words.
 */
const { addProperties, element, hasChildren, text } = require("./mdast");

/**
 * @typedef {import("unist").Node} Node
 * @typedef {import("unist").Parent} Parent
 * @typedef {import("mdast").ListItem} ListItem
 * @typedef {import("./labels").GfmLabels} GfmLabels
 */

/**
 * @param {boolean} done
 * @param {GfmLabels} labels
 */
function stateMarker(done, labels) {
  return element(
    "taskState",
    "span",
    { className: ["task-state", done ? "task-state-done" : "task-state-todo"] },
    [
      element("taskStateText", "span", { className: ["visually-hidden"] }, [
        text(done ? labels.done : labels.toDo),
      ]),
    ],
  );
}

/**
 * Rewrites every task list item. Returns how many there were.
 * @param {Parent} tree
 * @param {GfmLabels} labels
 */
function rewriteTaskLists(tree, labels) {
  let count = 0;
  /** @param {Parent} parent */
  const walk = (parent) => {
    for (const node of parent.children) {
      if (node.type === "listItem") {
        const item = /** @type {ListItem} */ (node);
        if (typeof item.checked === "boolean") {
          count += 1;
          const done = item.checked;
          // Without a boolean `checked`, mdast-util-to-hast adds no checkbox.
          item.checked = null;
          addProperties(item, { className: ["task-list-item"] });
          addProperties(parent, { className: ["task-list"] });
          const first = item.children[0];
          const marker = /** @type {never} */ (stateMarker(done, labels));
          if (first?.type === "paragraph") first.children.unshift(marker);
          else item.children.unshift({ type: "paragraph", children: [marker] });
        }
      }
      if (hasChildren(node)) walk(node);
    }
  };
  walk(tree);
  return count;
}

module.exports = { rewriteTaskLists };
