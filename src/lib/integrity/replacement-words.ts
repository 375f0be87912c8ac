/**
 * A U+FFFD in the built site is the author's when the word it stands in was written, with it,
 * in a source: "decodes to �" in a post gives the word "�", and the same word in the post's page,
 * feeds and lists is accepted. A U+FFFD left where a character was broken in two lands inside
 * a word the author never wrote ("ゼ�ロ" for "ゼロ"), and is not. The one case this cannot tell
 * apart: a broken character that stood alone (a curly quote between spaces) on a site where
 * some source writes a lone U+FFFD.
 */

/** U+FFFD REPLACEMENT CHARACTER */
export const REPLACEMENT = "\uFFFD";

/** Letters, marks and digits of any script, and U+FFFD itself. */
const WORD_CHAR = /^[\p{L}\p{M}\p{N}\uFFFD]$/u;
/** JSON's escapes: `\n` before a word in feed.json must not make `n` part of that word. */
const ESCAPE_AT_START = /^(?:u[0-9a-fA-F]{4}|[a-zA-Z])/;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Where the character ending just before `index` starts (stepping over a surrogate pair). */
function previousStart(text: string, index: number): number {
  const before = index - 1;
  if (before > 0 && isLowSurrogate(text.charCodeAt(before))) {
    if (isHighSurrogate(text.charCodeAt(before - 1))) return before - 1;
  }
  return before;
}

function isWordCharAt(text: string, start: number): boolean {
  const codePoint = text.codePointAt(start);
  return codePoint !== undefined && WORD_CHAR.test(String.fromCodePoint(codePoint));
}

/** Start and end (exclusive) of the word around the character at `index`; empty when none. */
export function wordBounds(text: string, index: number): { start: number; end: number } {
  if (!isWordCharAt(text, index)) return { start: index, end: index };
  let start = index;
  while (start > 0) {
    const previous = previousStart(text, start);
    if (!isWordCharAt(text, previous)) break;
    start = previous;
  }
  let end = index;
  while (end < text.length && isWordCharAt(text, end)) {
    end += (text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
  }
  if (start > 0 && text[start - 1] === "\\") {
    const escape = ESCAPE_AT_START.exec(text.slice(start, end));
    if (escape !== null && start + escape[0].length <= index) start += escape[0].length;
  }
  return { start, end };
}

/**
 * The word that holds the character at `index` of `text`, lower-cased (tag names are shown as
 * most posts spell them): the run of letters, marks, digits and U+FFFD around it. A letter that
 * follows a backslash is an escape, not part of the word. "" when that character is none of these.
 */
export function wordAt(text: string, index: number): string {
  const { start, end } = wordBounds(text, index);
  return text.slice(start, end).toLowerCase();
}

/**
 * The words of `text` that hold a U+FFFD. A NUL counts as one: CommonMark turns every NUL of a
 * Markdown file into U+FFFD, so the page shows one where the author's file had a NUL.
 */
export function replacementWords(text: string): Set<string> {
  const words = new Set<string>();
  const normalized = text.includes("\0") ? text.replaceAll("\0", REPLACEMENT) : text;
  let index = normalized.indexOf(REPLACEMENT);
  while (index !== -1) {
    const { start, end } = wordBounds(normalized, index);
    words.add(normalized.slice(start, end).toLowerCase());
    index = normalized.indexOf(REPLACEMENT, end);
  }
  return words;
}
