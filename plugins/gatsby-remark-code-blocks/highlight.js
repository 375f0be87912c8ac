// @ts-check
/**
 * Prism tokens as lines of HTML. A token may span lines (a block comment, a template string), so
 * the token tree is flattened into pieces of text that each know the tokens around them, the
 * pieces are cut at line ends, and every line re-opens the tokens it starts inside. Each line is
 * then a closed element that can be highlighted on its own.
 */
const Prism = require("prismjs");
const loadLanguages = require("prismjs/components/index");

/**
 * @typedef {{ className: string; key: number }} Wrapper   one token's element; `key` tells tokens apart
 * @typedef {{ text: string; wrappers: Wrapper[] }} Piece     text with its tokens, outermost first
 * @typedef {string | Prism.Token} TokenLike
 */

let everyGrammarLoaded = false;

/**
 * Every grammar is loaded at once, the first time one is needed: some grammars extend others when
 * they load (CSS and JavaScript add themselves inside HTML), so loading them as posts ask for
 * them would make a block's output depend on which posts were rendered before it.
 * @param {string} id
 * @returns {Prism.Grammar | null}
 */
function grammarFor(id) {
  if (!everyGrammarLoaded) {
    loadLanguages.silent = true;
    loadLanguages();
    everyGrammarLoaded = true;
  }
  return Prism.languages[id] ?? null;
}

/**
 * @param {string} text
 * @returns {string}
 */
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * @param {string} text
 * @returns {string}
 */
function escapeAttribute(text) {
  return escapeHtml(text).replace(/"/g, "&quot;");
}

/**
 * @param {Prism.Token} token
 * @returns {string}
 */
function tokenClassName(token) {
  const aliases = token.alias === undefined ? [] : [token.alias].flat();
  return ["token", token.type, ...aliases].join(" ");
}

/**
 * @param {TokenLike | TokenLike[]} content
 * @param {Wrapper[]} wrappers
 * @param {Piece[]} pieces
 * @param {{ next: number }} counter
 */
function flatten(content, wrappers, pieces, counter) {
  if (typeof content === "string") {
    if (content !== "") pieces.push({ text: content, wrappers });
    return;
  }
  if (Array.isArray(content)) {
    for (const item of content) flatten(item, wrappers, pieces, counter);
    return;
  }
  const wrapper = { className: tokenClassName(content), key: counter.next };
  counter.next += 1;
  flatten(content.content, [...wrappers, wrapper], pieces, counter);
}

/**
 * The pieces of each line, without the line ends.
 * @param {Piece[]} pieces
 * @returns {Piece[][]}
 */
function splitLines(pieces) {
  /** @type {Piece[][]} */
  const lines = [[]];
  for (const piece of pieces) {
    const parts = piece.text.split("\n");
    parts.forEach((part, index) => {
      if (index > 0) lines.push([]);
      if (part !== "") lines[lines.length - 1]?.push({ text: part, wrappers: piece.wrappers });
    });
  }
  return lines;
}

/**
 * One line's HTML: neighbouring pieces inside the same token share its element.
 * @param {Piece[]} line
 * @returns {string}
 */
function lineHtml(line) {
  let html = "";
  /** @type {Wrapper[]} */
  let open = [];
  for (const piece of line) {
    let shared = 0;
    while (
      shared < open.length &&
      shared < piece.wrappers.length &&
      open[shared]?.key === piece.wrappers[shared]?.key
    ) {
      shared += 1;
    }
    html += "</span>".repeat(open.length - shared);
    for (const wrapper of piece.wrappers.slice(shared)) {
      html += `<span class="${escapeAttribute(wrapper.className)}">`;
    }
    html += escapeHtml(piece.text);
    open = piece.wrappers;
  }
  return html + "</span>".repeat(open.length);
}

/**
 * The code as lines of HTML: highlighted with the grammar `grammarId` names, or escaped plain text
 * when it is null or names no grammar.
 * @param {string} code
 * @param {string | null} grammarId
 * @returns {string[]}
 */
function highlightLines(code, grammarId) {
  const text = code.replace(/\r\n?/g, "\n");
  const grammar = grammarId === null ? null : grammarFor(grammarId);
  /** @type {Piece[]} */
  const pieces = [];
  flatten(grammar ? Prism.tokenize(text, grammar) : text, [], pieces, { next: 0 });
  return splitLines(pieces).map(lineHtml);
}

module.exports = { highlightLines, splitLines, lineHtml, escapeHtml, escapeAttribute };
