// @ts-check
/**
 * The labelled things of a post, as Pandoc and Quarto write them:
 *
 * - `$$ … $$ {#eq-loss}` (the label read by equation-fences.js), or `$$ a = b $$ {#eq-loss}`
 *   on one line;
 * - `![Caption](chart.png){#fig-results}`, an image alone in its paragraph;
 * - a table with a paragraph `: Caption {#tbl-sizes}` right after it (or before it);
 * - `## Method {#sec-method}` (the id is given by gatsby-remark-heading-ids).
 *
 * Found the same way in the build's tree and in the content check's, so both agree on what
 * exists. Nothing is changed here.
 *
 * @typedef {import("unist").Node} Node
 * @typedef {import("unist").Parent} Parent
 * @typedef {import("./labels").TargetKind} TargetKind
 * @typedef {{ kind: TargetKind; label: string; offset: number | null; node: Node; parent: Parent; caption?: Node }} Target
 */
const { explicitHeadingId } = require("../gatsby-remark-heading-ids/explicit-ids");

/** `{#label}` at the end of a text. */
const TRAILING_LABEL = /\s*\{#([^}\s]+)\}\s*$/;
/** `: Caption {#tbl-label}`, Pandoc's table caption (the label is optional). */
const TABLE_CAPTION = /^:\s+/;

/**
 * @param {Node} node
 * @returns {node is Parent}
 */
function hasChildren(node) {
  return Array.isArray(/** @type {Partial<Parent>} */ (node).children);
}

/** @param {Node} node */
function isBlankText(node) {
  const value = /** @type {{ value?: unknown }} */ (node).value;
  return node.type === "text" && typeof value === "string" && value.trim() === "";
}

/** @param {Node} node */
function startOf(node) {
  return node.position?.start.offset ?? null;
}

/**
 * The label written at the end of a paragraph's last text, with its offset in the source.
 * @param {Parent} paragraph
 * @returns {{ label: string; offset: number | null } | null}
 */
function trailingLabel(paragraph) {
  const last = paragraph.children[paragraph.children.length - 1];
  const value =
    last?.type === "text"
      ? /** @type {{ value: string }} */ (/** @type {unknown} */ (last)).value
      : null;
  const match = value === null ? null : TRAILING_LABEL.exec(value);
  if (!last || value === null || !match || match[1] === undefined) return null;
  const end = last.position?.end.offset;
  const offset =
    end === undefined ? null : end - (value.length - match.index) + match[0].indexOf("{");
  return { label: match[1], offset };
}

/**
 * The paragraph's meaningful children without its trailing label.
 * @param {Parent} paragraph
 */
function contentBeforeLabel(paragraph) {
  const children = paragraph.children.slice(0, -1);
  const last = paragraph.children[paragraph.children.length - 1];
  const value = /** @type {{ value?: unknown }} */ (last ?? {}).value;
  const rest = typeof value === "string" ? value.replace(TRAILING_LABEL, "") : "";
  if (rest.trim() !== "") children.push(/** @type {Node} */ ({ ...last, value: rest }));
  return children.filter((child) => !isBlankText(child) && child.type !== "break");
}

/** @param {Parent} paragraph */
function isTableCaption(paragraph) {
  const first = paragraph.children[0];
  const value = /** @type {{ value?: unknown }} */ (first ?? {}).value;
  return first?.type === "text" && typeof value === "string" && TABLE_CAPTION.test(value);
}

/**
 * @param {Node} node
 * @param {Parent} parent
 * @returns {Target | null}
 */
function headingTarget(node, parent) {
  const data = /** @type {{ label?: unknown }} */ (node.data ?? {});
  if (typeof data.label === "string") {
    return { kind: "section", label: data.label, offset: startOf(node), node, parent };
  }
  const explicit = explicitHeadingId(/** @type {import("mdast").Heading} */ (node));
  if (!explicit) return null;
  return { kind: "section", label: explicit.id, offset: explicit.offset, node, parent };
}

/**
 * @param {Parent} paragraph
 * @param {Parent} parent
 * @returns {Target | null}
 */
function paragraphTarget(paragraph, parent) {
  const found = trailingLabel(paragraph);
  if (!found) return null;
  const content = contentBeforeLabel(paragraph);
  const only = content.length === 1 ? content[0] : undefined;
  if (only?.type === "inlineMath") {
    return { kind: "equation", ...found, node: paragraph, parent };
  }
  if (only?.type === "image" || only?.type === "imageReference") {
    return { kind: "figure", ...found, node: paragraph, parent };
  }
  return null;
}

/**
 * The caption paragraph of a table: the paragraph right after it, else right before it.
 * @param {Parent} parent
 * @param {number} index the table's index
 * @returns {Parent | null}
 */
function captionOfTable(parent, index) {
  for (const neighbour of [parent.children[index + 1], parent.children[index - 1]]) {
    if (neighbour?.type === "paragraph" && isTableCaption(/** @type {Parent} */ (neighbour))) {
      return /** @type {Parent} */ (neighbour);
    }
  }
  return null;
}

/**
 * Every labelled target in document order, with any label, known prefix or not (the caller
 * reports labels it cannot use).
 * @param {Node} tree
 * @returns {Target[]}
 */
function findTargets(tree) {
  /** @type {Target[]} */
  const targets = [];
  /** @param {Parent} parent */
  const walk = (parent) => {
    parent.children.forEach((node, index) => {
      const data = /** @type {{ label?: unknown; labelOffset?: unknown }} */ (node.data ?? {});
      if (node.type === "math" && typeof data.label === "string") {
        const offset = typeof data.labelOffset === "number" ? data.labelOffset : startOf(node);
        targets.push({ kind: "equation", label: data.label, offset, node, parent });
      } else if (node.type === "heading") {
        const target = headingTarget(node, parent);
        if (target) targets.push(target);
      } else if (node.type === "paragraph") {
        const target = paragraphTarget(/** @type {Parent} */ (node), parent);
        if (target) targets.push(target);
      } else if (node.type === "table") {
        const caption = captionOfTable(parent, index);
        const found = caption ? trailingLabel(caption) : null;
        if (caption && found) targets.push({ kind: "table", ...found, node, parent, caption });
      }
      if (hasChildren(node)) walk(node);
    });
  };
  if (hasChildren(tree)) walk(tree);
  return targets;
}

module.exports = { findTargets, captionOfTable, contentBeforeLabel, trailingLabel };
