/**
 * Where a character of a node's value is in the post's body. Raw HTML directly in the post is
 * its own source text; inside a block quote or a list item, remark strips the container's
 * markers (`> `, indentation) from the start of every line of the value, so each line of the
 * value is found at the end of its line in the source.
 */

import type { Literal } from "unist";
import { endOffset, startOffset } from "./markdown-tree";

const LINE_BREAK = /\r\n?|\n/;

/** Offset in the body of `index`, a position in `node.value`. */
export function valueOffset(
  body: string,
  node: Literal & { value: string },
  index: number,
): number {
  const start = startOffset(node);
  const source = body.slice(start, endOffset(node));
  if (source === node.value) return start + index;
  const before = node.value.slice(0, index).split(LINE_BREAK);
  const line = before.length - 1;
  const column = before[line]?.length ?? 0;
  const valueLine = node.value.split(LINE_BREAK)[line] ?? "";
  const sourceLines = source.split(LINE_BREAK);
  let lineStart = 0;
  for (let previous = 0; previous < line; previous++) {
    lineStart += (sourceLines[previous] ?? "").length;
    lineStart += /^\r\n/.test(source.slice(lineStart)) ? 2 : 1;
  }
  const sourceLine = sourceLines[line] ?? "";
  const prefix = Math.max(0, sourceLine.length - valueLine.length);
  return start + lineStart + prefix + column;
}
