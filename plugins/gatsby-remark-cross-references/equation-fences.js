// @ts-check
/**
 * `$$ … $$ {#eq-loss}`: Pandoc and Quarto put an equation's label after its closing `$$`. The
 * parser (remark-math 4) closes a display formula only on a line that holds nothing but `$$`, so
 * a labelled closing line would leave the formula open to the end of the post. The label is
 * blanked out of the source before parsing, space for space, so that every offset, line and
 * column stays that of the file, and each formula is told its label afterwards by its last line.
 *
 * @typedef {import("unist").Node} Node
 * @typedef {{ parse: (source: string) => Node }} Parser
 * @typedef {{ label: string; offset: number }} FenceLabel
 */

const LABELLED_FENCE = /^([ \t]*\$\$[ \t]*)(\{#([^}\s]*)\})[ \t]*$/;
/** A post never has this many formulas; the bound keeps a pathological file from looping long. */
const MOST_FENCES = 1000;

/** @param {string} source */
function mayHaveLabelledFences(source) {
  return /^[ \t]*\$\$[ \t]*\{#/m.test(source);
}

/** @param {string} source */
function lineStarts(source) {
  const starts = [0];
  for (const match of source.matchAll(/\r\n?|\n/g))
    starts.push((match.index ?? 0) + match[0].length);
  return starts;
}

/**
 * The first display formula in document order whose lines, after its opening one, include a
 * labelled closing line: the line that author meant to close it.
 * @param {Node} tree
 * @param {string[]} lines
 * @returns {number | null} the 0-based index of that line
 */
function firstLabelledClosing(tree, lines) {
  /** @type {number | null} */
  let found = null;
  /** @param {Node} node */
  const walk = (node) => {
    if (found !== null) return;
    if (node.type === "math" && node.position) {
      for (let line = node.position.start.line; line < node.position.end.line; line += 1) {
        if (LABELLED_FENCE.test(lines[line] ?? "")) {
          found = line;
          return;
        }
      }
    }
    const children = /** @type {{ children?: Node[] }} */ (node).children;
    if (Array.isArray(children)) children.forEach(walk);
  };
  walk(tree);
  return found;
}

/**
 * The source with each formula's closing label replaced by spaces, and the labels by the 1-based
 * line of the closing `$$`. Labels anywhere else (in code, in text) are left as written.
 * @param {string} source
 * @param {Parser} parser
 * @returns {{ source: string; labels: Map<number, FenceLabel> }}
 */
function unlabelledFences(source, parser) {
  /** @type {Map<number, FenceLabel>} */
  const labels = new Map();
  if (!mayHaveLabelledFences(source)) return { source, labels };
  const starts = lineStarts(source);
  let current = source;
  for (let round = 0; round < MOST_FENCES; round += 1) {
    const lines = current.split(/\r\n?|\n/);
    const index = firstLabelledClosing(parser.parse(current), lines);
    if (index === null) break;
    const match = LABELLED_FENCE.exec(lines[index] ?? "");
    if (!match || match[1] === undefined || match[2] === undefined) break;
    const offset = (starts[index] ?? 0) + match[1].length;
    labels.set(index + 1, { label: match[3] ?? "", offset });
    const blank = " ".repeat(match[2].length);
    current = current.slice(0, offset) + blank + current.slice(offset + match[2].length);
  }
  return { source: current, labels };
}

/**
 * Tells each display formula the label written after its closing `$$` (`data.label`, with
 * `data.labelOffset` for reports).
 * @param {Node} tree
 * @param {ReadonlyMap<number, FenceLabel>} labels
 */
function labelFormulas(tree, labels) {
  if (labels.size === 0) return;
  /** @param {Node} node */
  const walk = (node) => {
    const found = node.type === "math" ? labels.get(node.position?.end.line ?? 0) : undefined;
    if (found) {
      const data = /** @type {Record<string, unknown>} */ (node.data ??= {});
      data.label = found.label;
      data.labelOffset = found.offset;
    }
    const children = /** @type {{ children?: Node[] }} */ (node).children;
    if (Array.isArray(children)) children.forEach(walk);
  };
  walk(tree);
}

/**
 * Parses a post the way the site reads it: labelled formulas closed where their label is.
 * @param {string} source
 * @param {Parser} parser
 * @returns {Node}
 */
function parseWithLabelledFormulas(source, parser) {
  const { source: unlabelled, labels } = unlabelledFences(source, parser);
  const tree = parser.parse(unlabelled);
  labelFormulas(tree, labels);
  return tree;
}

module.exports = { mayHaveLabelledFences, parseWithLabelledFormulas };
