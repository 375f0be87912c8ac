/**
 * Turns character offsets into the line and column an author sees in an editor. Offsets are
 * JavaScript string indices (UTF-16 code units), as remark and KaTeX report them; columns count
 * code points, so an emoji earlier on the line moves the column by one, not two.
 */

import type { ParsedPost, PostSource, Problem, Severity } from "./types";

export interface LineColumn {
  /** 1-based. */
  line: number;
  /** 1-based, in code points. */
  column: number;
}

/**
 * The offset where each line starts. `\r\n`, `\n` and a lone `\r` all end a line, because
 * CommonMark (and so remark) treats all three as line endings.
 */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (char === 10) {
      starts.push(index + 1);
    } else if (char === 13) {
      if (text.charCodeAt(index + 1) === 10) index += 1;
      starts.push(index + 1);
    }
  }
  return starts;
}

/** A lookup from offset to line and column that binary-searches a line-start table built once. */
export function createPositionLookup(text: string): (offset: number) => LineColumn {
  const starts = lineStarts(text);
  return (offset) => {
    const clamped = Math.max(0, Math.min(offset, text.length));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= clamped) low = middle;
      else high = middle - 1;
    }
    const lineStart = starts[low] ?? 0;
    return { line: low + 1, column: codePointCount(text, lineStart, clamped) + 1 };
  };
}

function codePointCount(text: string, start: number, end: number): number {
  let count = 0;
  for (let index = start; index < end; index += 1) {
    const unit = text.charCodeAt(index);
    // The high half of a surrogate pair starts a code point; its low half does not add another.
    const isLowSurrogate = unit >= 0xdc00 && unit <= 0xdfff;
    const followsHigh = index > start && isHighSurrogate(text.charCodeAt(index - 1));
    if (!(isLowSurrogate && followsHigh)) count += 1;
  }
  return count;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

// Every check of a post asks for positions in the same text; build its table only once.
const lookups = new WeakMap<PostSource, (offset: number) => LineColumn>();

/** Line and column in the whole file of an offset into the post's body. */
export function positionInFile(post: ParsedPost, bodyOffset: number): LineColumn {
  let lookup = lookups.get(post.source);
  if (lookup === undefined) {
    lookup = createPositionLookup(post.source.text);
    lookups.set(post.source, lookup);
  }
  return lookup(post.bodyOffset + bodyOffset);
}

/** A problem located at an offset into the post's body. */
export function problemAt(
  post: ParsedPost,
  bodyOffset: number,
  severity: Severity,
  rule: string,
  message: string,
): Problem {
  const { line, column } = positionInFile(post, bodyOffset);
  return { file: post.source.file, line, column, severity, rule, message };
}
