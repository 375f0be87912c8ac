// @ts-check
/**
 * GitHub's alerts: a block quote whose first line is `[!NOTE]`, `[!TIP]`, `[!IMPORTANT]`,
 * `[!WARNING]` or `[!CAUTION]` becomes a titled box,
 * `<div class="callout callout-note" role="note" aria-labelledby="…">`, its title the word in
 * the post's language. `role="note"` is what the box is for every kind: content aside from the
 * main text, read in place. `alert` would interrupt a screen reader when the page loads, which
 * is for messages that appear, not for a paragraph of a post; the title names the box instead.
 *
 * @typedef {import("unist").Node} Node
 * @typedef {import("unist").Parent} Parent
 * @typedef {import("./words").Words} Words
 * @typedef {"note" | "tip" | "important" | "warning" | "caution"} CalloutKind
 */

const MARKER = /^\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*(?:\r?\n|$)/i;

/** @type {Readonly<Record<CalloutKind, keyof Words>>} */
const TITLE_WORD = {
  note: "calloutNote",
  tip: "calloutTip",
  important: "calloutImportant",
  warning: "calloutWarning",
  caution: "calloutCaution",
};

/**
 * The kind a block quote's first line names, or null.
 * @param {Parent} quote
 * @returns {CalloutKind | null}
 */
function calloutKind(quote) {
  const paragraph = quote.children[0];
  const first =
    paragraph?.type === "paragraph" ? /** @type {Parent} */ (paragraph).children[0] : undefined;
  const value = /** @type {{ value?: unknown }} */ (first ?? {}).value;
  const match = first?.type === "text" && typeof value === "string" ? MARKER.exec(value) : null;
  return match && match[1] ? /** @type {CalloutKind} */ (match[1].toLowerCase()) : null;
}

/**
 * Takes `[!NOTE]` out of the quote's first paragraph, and the paragraph too when nothing else
 * was on it.
 * @param {Parent} quote
 */
function removeMarker(quote) {
  const paragraph = /** @type {Parent} */ (quote.children[0]);
  const first = /** @type {{ value: string }} */ (/** @type {unknown} */ (paragraph.children[0]));
  first.value = first.value.replace(MARKER, "");
  if (first.value === "") paragraph.children.shift();
  while (paragraph.children[0]?.type === "break") paragraph.children.shift();
  if (paragraph.children.length === 0) quote.children.shift();
}

/**
 * Turns every alert block quote into a callout. Returns how many.
 * @param {Node} tree
 * @param {Words} words
 */
function renderCallouts(tree, words) {
  let count = 0;
  /** @param {Parent} parent */
  const walk = (parent) => {
    parent.children.forEach((node, index) => {
      if (!Array.isArray(/** @type {Partial<Parent>} */ (node).children)) return;
      const quote = /** @type {Parent} */ (node);
      walk(quote);
      const kind = node.type === "blockquote" ? calloutKind(quote) : null;
      if (!kind) return;
      count += 1;
      removeMarker(quote);
      const titleId = `callout-${count}-title`;
      const title = {
        type: "calloutTitle",
        data: { hName: "p", hProperties: { className: ["callout-title"], id: titleId } },
        children: [{ type: "text", value: words[TITLE_WORD[kind]] }],
      };
      parent.children[index] = /** @type {never} */ ({
        type: "callout",
        data: {
          hName: "div",
          hProperties: {
            className: ["callout", `callout-${kind}`],
            role: "note",
            ariaLabelledBy: titleId,
          },
        },
        children: [title, ...quote.children],
      });
    });
  };
  walk(/** @type {Parent} */ (tree));
  return count;
}

module.exports = { renderCallouts, calloutKind };
