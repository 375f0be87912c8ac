// @ts-check
/**
 * Finds the runs of text in a Markdown tree and makes their punctuation typographic. Only `text`
 * nodes change: code, inline code, math, raw HTML, link URLs, image alt text and anything a
 * plugin turned into HTML are other node types or attributes, and are never touched. Autolinks
 * (`<https://…>`, bare `www.…`) and URLs written as plain text are kept as typed too.
 */
const { BREAK, OBJECT, smartenRun, urlMask } = require("./punctuation");

/**
 * @typedef {import("unist").Node} Node
 * @typedef {import("unist").Parent} Parent
 * @typedef {import("mdast").Text} Text
 * @typedef {import("mdast").Link} Link
 * @typedef {{ node: Text; start: number; literal: ReadonlySet<number> }} TextPiece
 * @typedef {{ text: string; pieces: TextPiece[]; nested: Parent[] }} Run
 */

/** Inline nodes whose text belongs to the run around them. */
const TRANSPARENT = new Set(["emphasis", "strong", "delete", "link", "linkReference"]);
/** Node types that show a parent holds inline content, and so is one run. */
const PHRASING = new Set([
  "text",
  "emphasis",
  "strong",
  "delete",
  "link",
  "linkReference",
  "inlineCode",
  "inlineMath",
  "break",
  "image",
  "imageReference",
  "footnoteReference",
  "footnote",
]);
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const CHARACTER_REFERENCE = /^&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/;

/**
 * @param {Node} node
 * @returns {node is Parent}
 */
function hasChildren(node) {
  return Array.isArray(/** @type {Partial<Parent>} */ (node).children);
}

/** @param {Node} node */
function plainText(node) {
  /** @type {string} */
  let text = "";
  if (node.type === "text") text += /** @type {Text} */ (node).value;
  if (hasChildren(node)) for (const child of node.children) text += plainText(child);
  return text;
}

/**
 * A link whose text is its own address: `<https://a.example/x--y>`, `www.a.example`, an email.
 * @param {Link} link
 */
function isAutolink(link) {
  const text = plainText(link);
  return [text, `mailto:${text}`, `http://${text}`, `https://${text}`].includes(link.url);
}

/**
 * Which characters of a text node the author escaped (`\"`, `\'`, `\-`, `\.`) or wrote as a
 * character reference (`&quot;`): those are kept straight. Found by walking the node's source
 * and its value side by side; where the source cannot be matched, nothing is treated as escaped.
 * @param {Text} node
 * @param {string | null} source
 * @returns {Set<number>}
 */
function literalCharacters(node, source) {
  /** @type {Set<number>} */
  const literal = new Set();
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (source === null || start === undefined || end === undefined) return literal;
  // To the end of the line: remark's end offset can fall short of a reference that ends the node.
  const lineEnd = source.indexOf("\n", end);
  const raw = source.slice(start, lineEnd === -1 ? source.length : lineEnd);
  if (!/[\\&]/.test(raw)) return literal;
  const value = node.value;
  let at = 0;
  for (let index = 0; index < value.length;) {
    if (at >= raw.length) return literal;
    const wanted = value[index];
    if (raw[at] === "\\" && raw[at + 1] === wanted && ASCII_PUNCTUATION.test(wanted ?? "")) {
      literal.add(index);
      at += 2;
      index += 1;
      continue;
    }
    const reference = raw[at] === "&" ? CHARACTER_REFERENCE.exec(raw.slice(at)) : null;
    // A reference remark did not decode (an unknown name) is plain text in the value.
    if (reference && !value.startsWith(reference[0], index)) {
      literal.add(index);
      at += reference[0].length;
      index += wanted !== undefined && wanted.codePointAt(0) !== wanted.charCodeAt(0) ? 2 : 1;
      continue;
    }
    // Anything else that differs is source the value leaves out (a block quote's `>`, indents).
    if (raw[at] === wanted) index += 1;
    at += 1;
  }
  return literal;
}

/**
 * Collects the text of `children` into `run`, descending into emphasis and links.
 * @param {Node[]} children
 * @param {Run} run
 * @param {string | null} source
 */
function collect(children, run, source) {
  for (const child of children) {
    if (child.type === "text") {
      const node = /** @type {Text} */ (child);
      run.pieces.push({ node, start: run.text.length, literal: literalCharacters(node, source) });
      run.text += node.value;
    } else if (child.type === "break") {
      run.text += BREAK;
    } else if (
      TRANSPARENT.has(child.type) &&
      hasChildren(child) &&
      !(child.type === "link" && isAutolink(/** @type {Link} */ (child)))
    ) {
      collect(child.children, run, source);
    } else {
      run.text += OBJECT;
      // Content of its own (a footnote, a caption inside a figure) is a separate run.
      if (hasChildren(child) && !(child.type === "link")) run.nested.push(child);
    }
  }
}

/**
 * @param {Run} run
 * @returns {(index: number) => boolean}
 */
function editableIn(run) {
  const owner = new Int32Array(run.text.length).fill(-1);
  run.pieces.forEach((piece, pieceIndex) => {
    owner.fill(pieceIndex, piece.start, piece.start + piece.node.value.length);
  });
  const inUrl = urlMask(run.text);
  return (index) => {
    const piece = run.pieces[owner[index] ?? -1];
    return piece !== undefined && inUrl[index] === 0 && !piece.literal.has(index - piece.start);
  };
}

/**
 * @param {Parent} parent
 * @param {string | null} source
 */
function smartenInline(parent, source) {
  /** @type {Run} */
  const run = { text: "", pieces: [], nested: [] };
  collect(parent.children, run, source);
  if (run.pieces.length > 0) {
    const out = smartenRun(run.text, editableIn(run));
    for (const piece of run.pieces) {
      piece.node.value = out.slice(piece.start, piece.start + piece.node.value.length).join("");
    }
  }
  for (const nested of run.nested) smartenBlock(nested, source);
}

/**
 * @param {Node} node
 * @param {string | null} source
 */
function smartenBlock(node, source) {
  if (!hasChildren(node)) return;
  if (node.children.some((child) => PHRASING.has(child.type))) smartenInline(node, source);
  else for (const child of node.children) smartenBlock(child, source);
}

/**
 * Makes the punctuation of every text in `tree` typographic.
 * @param {Node} tree
 * @param {string | null} [source] the Markdown the tree was parsed from, to honour escapes
 */
function smartenTree(tree, source = null) {
  smartenBlock(tree, source);
}

module.exports = { smartenTree, literalCharacters };
