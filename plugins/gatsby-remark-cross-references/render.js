// @ts-check
/**
 * Numbers the labelled targets of a post and links every reference to them: equations get their
 * number at the right edge (KaTeX's `\tag`, which it typesets and gives to screen readers),
 * figures and tables "Figure n:" and "Table n:" before their captions, and `@label` becomes a
 * link such as "Equation (1)". Every target can take focus (`tabindex="-1"`), so following a
 * reference without JavaScript moves the reader there, and the browser's Back returns.
 *
 * @typedef {import("unist").Node} Node
 * @typedef {import("unist").Parent} Parent
 * @typedef {import("./targets").Target} Target
 * @typedef {import("./words").Words} Words
 */
const { kindOf } = require("./labels");
const { numberTargets } = require("./numbering");
const { findReferences } = require("./references");
const { captionOfTable, contentBeforeLabel, findTargets, trailingLabel } = require("./targets");
const { NO_BREAK, referenceText } = require("./words");

/**
 * @param {string} type
 * @param {string} tagName
 * @param {Record<string, unknown>} properties
 * @param {Node[]} children
 * @returns {Parent}
 */
function element(type, tagName, properties, children) {
  return /** @type {Parent} */ ({
    type,
    data: { hName: tagName, hProperties: properties },
    children,
  });
}

/** @param {string} value */
function text(value) {
  return /** @type {Node} */ ({ type: "text", value });
}

/**
 * `<figcaption><span class="caption-number">Figure 2:</span> caption</figcaption>`
 * @param {string | null} lead
 * @param {Node[]} caption
 */
function figcaption(lead, caption) {
  /** @type {Node[]} */
  const children = lead
    ? [element("captionNumber", "span", { className: ["caption-number"] }, [text(lead)])]
    : [];
  if (lead && caption.length > 0) children.push(text(" "));
  return element("figcaption", "figcaption", {}, [...children, ...caption]);
}

/**
 * @param {Parent} parent
 * @param {Node} node
 * @param {Node} replacement
 */
function replace(parent, node, replacement) {
  const index = parent.children.indexOf(/** @type {never} */ (node));
  if (index >= 0) parent.children[index] = /** @type {never} */ (replacement);
}

/**
 * @param {Parent} parent
 * @param {Node} node
 */
function remove(parent, node) {
  const index = parent.children.indexOf(/** @type {never} */ (node));
  if (index >= 0) parent.children.splice(index, 1);
}

/**
 * A table caption's content: the paragraph without its `: ` and its label.
 * @param {Parent} caption
 * @returns {Node[]}
 */
function tableCaptionContent(caption) {
  const content = trailingLabel(caption) ? contentBeforeLabel(caption) : [...caption.children];
  const first = /** @type {{ type: string; value?: string } | undefined} */ (content[0]);
  if (first?.type === "text" && typeof first.value === "string") {
    content[0] = /** @type {Node} */ ({ ...first, value: first.value.replace(/^:\s+/, "") });
  }
  return content;
}

/**
 * @param {Target} target
 * @param {string} number
 * @param {Words} words
 */
function renderTarget(target, number, words) {
  const focusable = { id: target.label, tabIndex: -1 };
  const lead = (/** @type {string} */ word) => `${word}${NO_BREAK}${number}:`;
  if (target.kind === "equation") {
    const math =
      target.node.type === "math"
        ? target.node
        : contentBeforeLabel(/** @type {Parent} */ (target.node))[0];
    if (!math) return;
    const formula = /** @type {{ value: string }} */ (/** @type {unknown} */ (math));
    const display = /** @type {Node} */ ({
      type: "math",
      value: `${formula.value} \\tag{${number}}`,
      position: math.position,
      data: {
        hName: "div",
        hProperties: { className: ["math", "math-display"], ...focusable },
        hChildren: [text(formula.value)],
      },
    });
    replace(target.parent, target.node, display);
  } else if (target.kind === "figure") {
    const paragraph = /** @type {Parent} */ (target.node);
    const image = contentBeforeLabel(paragraph)[0];
    if (!image) return;
    const alt = /** @type {{ alt?: unknown }} */ (image).alt;
    const caption = typeof alt === "string" && alt.trim() !== "" ? [text(alt)] : [];
    const figure = element("figure", "figure", { className: ["post-figure"], ...focusable }, [
      image,
      figcaption(lead(words.figure), caption),
    ]);
    replace(target.parent, paragraph, figure);
  } else if (target.kind === "table" && target.caption) {
    const caption = /** @type {Parent} */ (target.caption);
    const figure = element("tableFigure", "figure", { className: ["post-table"], ...focusable }, [
      figcaption(lead(words.table), tableCaptionContent(caption)),
      target.node,
    ]);
    remove(target.parent, caption);
    replace(target.parent, target.node, figure);
  }
}

/**
 * Tables with a `: Caption` and no label get the caption without a number.
 * @param {Node} tree
 */
function captionUnlabelledTables(tree) {
  /** @param {Parent} parent */
  const walk = (parent) => {
    for (const node of [...parent.children]) {
      if (node.type === "table") {
        const index = parent.children.indexOf(/** @type {never} */ (node));
        const caption = captionOfTable(parent, index);
        if (caption && !trailingLabel(caption)) {
          const figure = element("tableFigure", "figure", { className: ["post-table"] }, [
            figcaption(null, tableCaptionContent(caption)),
            node,
          ]);
          remove(parent, caption);
          replace(parent, node, figure);
        }
      } else if (Array.isArray(/** @type {Partial<Parent>} */ (node).children)) {
        walk(/** @type {Parent} */ (node));
      }
    }
  };
  walk(/** @type {Parent} */ (tree));
}

/**
 * Replaces each `@label` of a known target with a link reading "Figure 2"; an unknown one stays
 * as written (the content check reports it).
 * @param {Node} tree
 * @param {Map<string, { target: Target; number: string }>} numbered
 * @param {Words} words
 */
function linkReferences(tree, numbered, words) {
  /** @type {Map<Node, ReturnType<typeof findReferences>>} */
  const byText = new Map();
  for (const reference of findReferences(tree)) {
    if (!numbered.has(reference.label)) continue;
    byText.set(reference.text, [...(byText.get(reference.text) ?? []), reference]);
  }
  /** @param {Parent} parent */
  const walk = (parent) => {
    parent.children = parent.children.flatMap((child) => {
      const references = byText.get(child);
      if (!references) {
        if (Array.isArray(/** @type {Partial<Parent>} */ (child).children))
          walk(/** @type {Parent} */ (child));
        return [child];
      }
      const value = /** @type {{ value: string }} */ (/** @type {unknown} */ (child)).value;
      /** @type {Node[]} */
      const pieces = [];
      let at = 0;
      for (const reference of references) {
        const found = numbered.get(reference.label);
        if (!found) continue;
        if (reference.start > at) pieces.push(text(value.slice(at, reference.start)));
        pieces.push(
          /** @type {Node} */ ({
            type: "link",
            url: `#${reference.label}`,
            title: null,
            data: { hProperties: { className: ["xref"] } },
            children: [text(referenceText(words, found.target.kind, found.number))],
          }),
        );
        at = reference.end;
      }
      if (at < value.length) pieces.push(text(value.slice(at)));
      return /** @type {never[]} */ (pieces);
    });
  };
  walk(/** @type {Parent} */ (tree));
}

/**
 * @param {Node} tree
 * @param {Words} words
 */
function renderCrossReferences(tree, words) {
  // A target whose label names another kind (a figure labelled `eq-…`) is not numbered: the
  // content check reports it.
  const targets = findTargets(tree).filter((target) => kindOf(target.label) === target.kind);
  const numbered = numberTargets(tree, targets);
  for (const { target, number } of numbered.values()) renderTarget(target, number, words);
  captionUnlabelledTables(tree);
  linkReferences(tree, numbered, words);
}

module.exports = { renderCrossReferences };
