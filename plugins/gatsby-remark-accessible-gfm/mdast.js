// @ts-check
/**
 * Small helpers for building mdast nodes that render as chosen HTML: mdast-util-to-hast turns a
 * node with `data.hName` into that element, with `data.hProperties` as its attributes.
 *
 * @typedef {import("unist").Node} Node
 * @typedef {import("unist").Parent} Parent
 * @typedef {Record<string, string | number | boolean | string[]>} Properties
 * @typedef {{ type: string; data: { hName: string; hProperties: Properties }; children: Node[] }} ElementNode
 */

/**
 * @param {string} type a name of the node's own, so other plugins can recognise it
 * @param {string} tagName
 * @param {Properties} properties hast property names: `className`, `ariaLabel`, `tabIndex`
 * @param {Node[]} children
 * @returns {ElementNode}
 */
function element(type, tagName, properties, children) {
  return { type, data: { hName: tagName, hProperties: properties }, children };
}

/** @param {string} value */
function text(value) {
  return /** @type {import("mdast").Text} */ ({ type: "text", value });
}

/**
 * @param {Node} node
 * @returns {node is Parent}
 */
function hasChildren(node) {
  return Array.isArray(/** @type {Partial<Parent>} */ (node).children);
}

/**
 * The text a reader sees in a node.
 * @param {Node} node
 * @returns {string}
 */
function plainText(node) {
  const value = /** @type {{ value?: unknown }} */ (node).value;
  if (typeof value === "string" && node.type !== "html") return value;
  if (node.type === "image") return String(/** @type {{ alt?: unknown }} */ (node).alt ?? "");
  return hasChildren(node) ? node.children.map(plainText).join("") : "";
}

/**
 * Merges attributes into a node's `data.hProperties`, adding to its classes.
 * @param {Node} node
 * @param {Properties} properties
 */
function addProperties(node, properties) {
  const data = /** @type {{ hProperties?: Properties }} */ (node.data ??= {});
  const existing = data.hProperties ?? {};
  const classes = [existing.className ?? [], properties.className ?? []].flat().map(String);
  data.hProperties = { ...existing, ...properties };
  if (classes.length > 0) data.hProperties.className = [...new Set(classes)];
}

module.exports = { element, text, hasChildren, plainText, addProperties };
