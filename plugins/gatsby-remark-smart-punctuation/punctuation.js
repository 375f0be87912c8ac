// @ts-check
/**
 * Straight quotes, `--`, `---` and `...` into their typographic forms, in one run of text: the
 * text of a paragraph, a heading or a table cell, across its emphasis and links, so that a quote
 * opened before `**bold**` is closed after it. Whether a quote opens or closes is read from the
 * characters on either side; where they do not tell (text without spaces, such as Japanese), the
 * quotes of the run are paired in order.
 */

/** Stands for inline content that is not text (code, math, an image): like a letter. */
const OBJECT = "\uFFFC";
/** Stands for a line break between two pieces of text: like a space. */
const BREAK = "\n";

const OPENERS = /[([{<\u2014\u2013\-/\u201C\u2018\u00AB\u300C\u300E\uFF08\u3010]/;
const CLOSERS = /[.,;:!?)\]}>\u2026\u2014\u2013\-\u00BB\u300D\u300F\uFF09\u3011\u3001\u3002]/;
const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{Nd}]/u;
const WORD = /[\p{L}\p{N}\p{M}\uFFFC]/u;
/**
 * What may follow an apostrophe that starts a word: a decade ('90s, '99 but not a quoted '90')
 * or a common elision ('n', 'em, 'tis, 'twas, 'til, 'cause, 'bout).
 */
const ELISION =
  /^(?:\d\d(?:s(?![\p{L}\p{N}])|(?![\p{L}\p{N}'\u2019]))|n['\u2019]|(?:em|tis|twas|til|cause|bout)(?![\p{L}\p{N}]))/iu;

/** An address written as text: its `--`, `...` and quotes are part of it. */
const URL_IN_TEXT = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<>]*/gi;

const LEFT_DOUBLE = "\u201C";
const RIGHT_DOUBLE = "\u201D";
const LEFT_SINGLE = "\u2018";
const RIGHT_SINGLE = "\u2019";

/** @param {string | undefined} char */
function isSpace(char) {
  return char === undefined || /\s/.test(char);
}

/**
 * The typographic form of every character of `text`: `result[i]` replaces `text[i]`, and is empty
 * where a character was merged into the one before it (the second and third dot of an ellipsis).
 * Characters for which `editable` is false are kept as they are and still give context.
 * @param {string} text
 * @param {(index: number) => boolean} editable
 * @returns {string[]}
 */
function smartenRun(text, editable) {
  /** @type {string[]} */
  // One entry per UTF-16 unit, so that indices match the string's.
  const out = text.split("");
  let doubleDepth = 0;
  let singleDepth = 0;

  /** The character before `index` as it will be printed, or undefined at the start. */
  const before = (/** @type {number} */ index) => {
    for (let at = index - 1; at >= 0; at -= 1) {
      const printed = out[at];
      if (printed !== undefined && printed !== "") return printed[printed.length - 1];
    }
    return undefined;
  };
  const allEditable = (/** @type {number} */ start, /** @type {number} */ length) => {
    for (let at = start; at < start + length; at += 1) if (!editable(at)) return false;
    return true;
  };

  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (!editable(index)) continue;
    const left = before(index);
    const right = text[index + 1];

    if (char === ".") {
      const run = runLength(text, index, ".");
      if (run === 3 && allEditable(index, 3)) out.splice(index, 3, "\u2026", "", "");
      index += run - 1;
      continue;
    }

    if (char === "-") {
      const run = runLength(text, index, "-");
      const after = text[index + run];
      const arrow = left === "<" || after === ">";
      // `--force` at the start of a word is a command-line option, not a dash.
      const option = run === 2 && (isSpace(left) || left === "(") && /[A-Za-z]/.test(after ?? "");
      if ((run === 2 || run === 3) && !arrow && !option && allEditable(index, run)) {
        out.splice(index, run, run === 3 ? "\u2014" : "\u2013", ...Array(run - 1).fill(""));
      }
      index += run - 1;
      continue;
    }

    if (char === '"') {
      const opens = opensHere(left, right, doubleDepth);
      out[index] = opens ? LEFT_DOUBLE : RIGHT_DOUBLE;
      doubleDepth = opens ? doubleDepth + 1 : Math.max(0, doubleDepth - 1);
      continue;
    }

    if (char === "'") {
      const afterOpening = isSpace(left) || (left !== undefined && OPENERS.test(left));
      const beforeClosing = isSpace(right) || (right !== undefined && CLOSERS.test(right));
      const wordBefore = left !== undefined && WORD.test(left);
      let opens;
      if (wordBefore && right !== undefined && WORD.test(right)) {
        // Inside a word: an apostrophe in Latin script (don't, l'eau); elsewhere a quote.
        opens = LATIN_OR_DIGIT.test(left) || LATIN_OR_DIGIT.test(right) ? false : singleDepth === 0;
      } else if (afterOpening && ELISION.test(text.slice(index + 1))) {
        opens = false;
      } else if (afterOpening !== beforeClosing) {
        opens = afterOpening;
      } else if (isSpace(left) && isSpace(right)) {
        // A quote standing alone between spaces says nothing about itself: it is left as typed.
        continue;
      } else {
        opens = !wordBefore && singleDepth === 0;
      }
      out[index] = opens ? LEFT_SINGLE : RIGHT_SINGLE;
      singleDepth = opens ? singleDepth + 1 : Math.max(0, singleDepth - 1);
    }
  }
  return out;
}

/**
 * Whether a double quote opens, from its neighbours; when they do not tell, it opens unless a
 * quote is open already.
 * @param {string | undefined} left
 * @param {string | undefined} right
 * @param {number} depth
 */
function opensHere(left, right, depth) {
  const afterOpening = isSpace(left) || (left !== undefined && OPENERS.test(left));
  const beforeClosing = isSpace(right) || (right !== undefined && CLOSERS.test(right));
  if (afterOpening && !beforeClosing) return true;
  if (beforeClosing && !afterOpening) return false;
  return depth === 0;
}

/**
 * @param {string} text
 * @param {number} index
 * @param {string} char
 */
function runLength(text, index, char) {
  let end = index;
  while (text[end] === char) end += 1;
  return end - index;
}

/**
 * 1 for each character of `text` that is part of a URL written as text, else 0.
 * @param {string} text
 */
function urlMask(text) {
  const mask = new Uint8Array(text.length);
  for (const match of text.matchAll(URL_IN_TEXT)) {
    mask.fill(1, match.index, match.index + match[0].length);
  }
  return mask;
}

/**
 * The whole string made typographic, except the URLs in it.
 * @param {string} text
 */
function smartenText(text) {
  const inUrl = urlMask(text);
  return smartenRun(text, (index) => inUrl[index] === 0).join("");
}

module.exports = { smartenRun, smartenText, urlMask, OBJECT, BREAK };
