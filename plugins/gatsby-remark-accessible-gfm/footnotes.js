// @ts-check
/**
 * Footnotes as a section at the end of the post with a "Footnotes" heading, numbered 1, 2, … in
 * the order they are first referred to (whatever the author's labels), and back links whose names
 * say where they go ("Back to reference 2"). A note referred to twice gets one back link per
 * reference, and every reference its own id, so no id appears twice on the page.
 *
 * Ids stay what the content checks expect (`fn-<label>`, and `fnref-<label>` for the first
 * reference), so an author's link to `#fn-1` keeps working.
 */
const { element, hasChildren, text } = require("./mdast");

/**
 * @typedef {import("unist").Node} Node
 * @typedef {import("unist").Parent} Parent
 * @typedef {import("mdast").Content} Content
 * @typedef {import("mdast").BlockContent} BlockContent
 * @typedef {import("mdast").FootnoteDefinition} FootnoteDefinition
 * @typedef {import("mdast").FootnoteReference} FootnoteReference
 * @typedef {import("mdast").Paragraph} Paragraph
 * @typedef {import("./labels").GfmLabels} GfmLabels
 * @typedef {{ type: "footnote"; children: import("mdast").PhrasingContent[] }} InlineNote
 * @typedef {{ number: number; id: string; content: Node[]; uses: number }} Note
 */

/** The id of the section's heading, which every reference is described by. */
const HEADING_ID = "footnote-label";
/** U+FE0E asks for the text glyph: without it, some systems draw the arrow as an emoji. */
const BACK_ARROW = "\u21A9\uFE0E";

/**
 * @param {Node} node
 * @param {(node: Node) => void} visit
 */
function walk(node, visit) {
  visit(node);
  if (hasChildren(node)) for (const child of node.children) walk(child, visit);
}

/**
 * Labels compare as remark compares them: case does not matter.
 * @param {string} identifier
 */
function key(identifier) {
  return identifier.toUpperCase();
}

/**
 * The label inline notes (`^[…]`) get: the smallest number no written label uses, in document
 * order, as the content checks number them.
 * @param {Node} tree
 * @returns {Map<Node, string>}
 */
function inlineNoteLabels(tree) {
  /** @type {Set<string>} */
  const taken = new Set();
  /** @type {Node[]} */
  const inline = [];
  walk(tree, (node) => {
    if (node.type === "footnoteDefinition" || node.type === "footnoteReference") {
      taken.add(key(/** @type {FootnoteReference} */ (node).identifier));
    }
    if (node.type === "footnote") inline.push(node);
  });
  /** @type {Map<Node, string>} */
  const labels = new Map();
  let next = 1;
  for (const note of inline) {
    while (taken.has(String(next))) next += 1;
    taken.add(String(next));
    labels.set(note, String(next));
  }
  return labels;
}

/**
 * Takes every definition out of the tree; the first of two with one label wins, as in remark.
 * @param {Node} tree
 * @returns {Map<string, FootnoteDefinition>}
 */
function takeDefinitions(tree) {
  /** @type {Map<string, FootnoteDefinition>} */
  const definitions = new Map();
  walk(tree, (node) => {
    if (!hasChildren(node)) return;
    node.children = node.children.filter((child) => {
      if (child.type !== "footnoteDefinition") return true;
      const definition = /** @type {FootnoteDefinition} */ (child);
      if (!definitions.has(key(definition.identifier))) {
        definitions.set(key(definition.identifier), definition);
      }
      return false;
    });
  });
  return definitions;
}

/**
 * An id from a label: whitespace, which ids cannot hold, becomes `-`.
 * @param {string} prefix
 * @param {string} label
 */
function idFor(prefix, label) {
  return `${prefix}${label.trim().replace(/\s+/g, "-")}`;
}

/**
 * Replaces footnote references and inline notes with numbered links, and moves every note that is
 * referred to into a section appended to the tree. Returns how many notes the section holds.
 * @param {Parent} tree
 * @param {GfmLabels} labels
 */
function rewriteFootnotes(tree, labels) {
  const inlineLabels = inlineNoteLabels(tree);
  const definitions = takeDefinitions(tree);
  /** @type {Map<string, Note>} */
  const notes = new Map();
  /** @type {Note[]} */
  const order = [];
  /** @type {Set<string>} */
  const usedIds = new Set();

  /**
   * @param {string} label
   * @param {Node[]} content
   */
  const noteFor = (label, content) => {
    const existing = notes.get(key(label));
    if (existing) return existing;
    let id = idFor("", label);
    for (let suffix = 2; usedIds.has(id); suffix += 1) id = `${idFor("", label)}-${suffix}`;
    usedIds.add(id);
    const note = { number: order.length + 1, id, content, uses: 0 };
    notes.set(key(label), note);
    order.push(note);
    return note;
  };

  /** @param {Note} note */
  const call = (note) => {
    note.uses += 1;
    const refId = note.uses === 1 ? `fnref-${note.id}` : `fnref-${note.id}-${note.uses}`;
    const link = {
      type: "link",
      url: `#fn-${note.id}`,
      data: {
        hProperties: { id: refId, className: ["footnote-call"], ariaDescribedBy: HEADING_ID },
      },
      children: [text(String(note.number))],
    };
    return element("footnoteCall", "sup", { className: ["footnote-ref"] }, [link]);
  };

  /** @param {Parent} parent */
  const replaceCalls = (parent) => {
    parent.children.forEach((child, index) => {
      if (child.type === "footnoteReference") {
        const reference = /** @type {FootnoteReference} */ (child);
        const definition = definitions.get(key(reference.identifier));
        parent.children[index] = definition
          ? call(noteFor(reference.identifier, definition.children))
          : text(`[^${reference.label ?? reference.identifier}]`);
      } else if (child.type === "footnote") {
        const inline = /** @type {InlineNote} */ (/** @type {unknown} */ (child));
        const content = [{ type: "paragraph", children: inline.children }];
        parent.children[index] = call(noteFor(inlineLabels.get(child) ?? "", content));
      } else if (hasChildren(child)) {
        replaceCalls(child);
      }
    });
  };

  replaceCalls(tree);
  // Notes may refer to notes; those are numbered after every note the text refers to.
  for (let index = 0; index < order.length; index += 1) {
    const note = order[index];
    if (note) replaceCalls({ type: "noteContent", children: note.content });
  }
  if (order.length === 0) return 0;

  const items = order.map((note) => ({
    type: "listItem",
    spread: note.content.length > 1,
    data: { hProperties: { id: `fn-${note.id}` } },
    children: withBackLinks(note, labels),
  }));
  const section = element(
    "footnoteSection",
    "section",
    { className: ["footnotes"], ariaLabelledBy: HEADING_ID },
    [
      element("footnoteHeading", "h2", { id: HEADING_ID, className: ["footnotes-heading"] }, [
        text(labels.footnotes),
      ]),
      /** @type {Node} */ ({
        type: "list",
        ordered: true,
        start: 1,
        spread: false,
        children: items,
      }),
    ],
  );
  tree.children.push(section);
  return order.length;
}

/**
 * The note's content with a back link to each of its references at the end of its last
 * paragraph (or in a paragraph of their own after a list or a code block).
 * @param {Note} note
 * @param {GfmLabels} labels
 * @returns {Node[]}
 */
function withBackLinks(note, labels) {
  const content = [...note.content];
  const last = content[content.length - 1];
  /** @type {Paragraph} */
  const paragraph =
    last?.type === "paragraph"
      ? /** @type {Paragraph} */ (last)
      : { type: "paragraph", children: [] };
  if (paragraph !== last) content.push(paragraph);
  for (let use = 1; use <= note.uses; use += 1) {
    const url = use === 1 ? `#fnref-${note.id}` : `#fnref-${note.id}-${use}`;
    /** @type {Node[]} */
    const children = [text(BACK_ARROW)];
    if (use > 1) children.push(element("footnoteBackUse", "sup", {}, [text(String(use))]));
    paragraph.children.push(
      /** @type {never} */ (text(" ")),
      /** @type {never} */ ({
        type: "link",
        url,
        data: {
          hProperties: {
            className: ["footnote-backref"],
            ariaLabel: labels.backToReference(note.number, use),
          },
        },
        children,
      }),
    );
  }
  return content;
}

module.exports = { rewriteFootnotes };
