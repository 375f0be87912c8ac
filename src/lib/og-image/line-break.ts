// Greedy line breaking over measured widths. Greedy (rather than optimal) breaking is what
// browsers do too, and it keeps the fitting loop cheap; fit-title.ts evens lines out afterwards.
import { graphemes, joinPieces, type Piece } from "./segment";

/** Width in px of pieces set on one line (spaces between them included). */
export type MeasurePieces = (pieces: readonly Piece[]) => number;

export interface BrokenLines {
  lines: Piece[][];
  /** How many pieces were too wide for a line on their own and had to be cut between letters. */
  forcedSplits: number;
}

export const ELLIPSIS = "…";
const ELLIPSIS_PIECE: Piece = { text: ELLIPSIS, spaceBefore: false };

function graphemePieces(text: string, spaceBefore: boolean): Piece[] {
  return graphemes(text).map((g, i) => ({ text: g, spaceBefore: i === 0 && spaceBefore }));
}

/** Cuts one over-long piece into chunks that each fit, taking as many characters as fit. */
function splitPiece(piece: Piece, maxWidth: number, measure: MeasurePieces): Piece[] {
  const chunks: Piece[] = [];
  let chunk: Piece[] = [];
  for (const g of graphemePieces(piece.text, piece.spaceBefore)) {
    // A single character wider than the line still has to go somewhere.
    if (chunk.length > 0 && measure([...chunk, g]) > maxWidth) {
      chunks.push({
        text: joinPieces(chunk),
        spaceBefore: chunks.length === 0 && piece.spaceBefore,
      });
      chunk = [];
    }
    chunk.push(g);
  }
  if (chunk.length > 0) {
    chunks.push({ text: joinPieces(chunk), spaceBefore: chunks.length === 0 && piece.spaceBefore });
  }
  return chunks;
}

export function breakLines(
  pieces: readonly Piece[],
  maxWidth: number,
  measure: MeasurePieces,
): BrokenLines {
  const lines: Piece[][] = [];
  let current: Piece[] = [];
  let forcedSplits = 0;
  for (const piece of pieces) {
    if (current.length > 0 && measure([...current, piece]) <= maxWidth) {
      current.push(piece);
      continue;
    }
    if (current.length > 0) lines.push(current);
    current = [];
    if (measure([piece]) <= maxWidth) {
      current = [piece];
      continue;
    }
    forcedSplits += 1;
    const chunks = splitPiece(piece, maxWidth, measure);
    const last = chunks.pop();
    lines.push(...chunks.map((chunk) => [chunk]));
    if (last !== undefined) current = [last];
  }
  if (current.length > 0) lines.push(current);
  return { lines, forcedSplits };
}

/** Stops and separators look wrong right before an ellipsis ("Learning:…", "Self-…"). */
const TRAILING_PUNCTUATION = /[\s,.:;!?、。，．・：；\-–—]+$/u;

function trimForEllipsis(pieces: readonly Piece[]): Piece[] {
  const trimmed = [...pieces];
  for (let last = trimmed.at(-1); last !== undefined; last = trimmed.at(-1)) {
    const text = last.text.replace(TRAILING_PUNCTUATION, "");
    if (text !== "") {
      trimmed[trimmed.length - 1] = { ...last, text };
      break;
    }
    trimmed.pop();
  }
  return trimmed;
}

/** As many of `pieces` as fit before an ellipsis, then the ellipsis. */
function ellipsisLine(pieces: readonly Piece[], maxWidth: number, measure: MeasurePieces): string {
  const fits = (candidate: readonly Piece[]) =>
    measure([...trimForEllipsis(candidate), ELLIPSIS_PIECE]) <= maxWidth;
  const kept: Piece[] = [];
  for (const piece of pieces) {
    if (!fits([...kept, piece])) break;
    kept.push(piece);
  }
  if (kept.length === 0) {
    // Not even one word fits next to the ellipsis: cut the first word between letters.
    for (const g of graphemePieces(pieces[0]?.text ?? "", false)) {
      if (!fits([...kept, g])) break;
      kept.push(g);
    }
  }
  return joinPieces(trimForEllipsis(kept)) + ELLIPSIS;
}

/**
 * The first `maxLines` lines, the last one ending in an ellipsis when text was dropped. The last
 * line takes as much of the remaining text as fits, not just its greedy share.
 */
export function truncateLines(
  lines: readonly Piece[][],
  maxLines: number,
  maxWidth: number,
  measure: MeasurePieces,
): { lines: string[]; truncated: boolean } {
  if (lines.length <= maxLines) return { lines: lines.map(joinPieces), truncated: false };
  const kept = lines.slice(0, maxLines - 1).map(joinPieces);
  const rest = lines.slice(maxLines - 1).flat();
  return { lines: [...kept, ellipsisLine(rest, maxWidth, measure)], truncated: true };
}

/** One line of text, cut with an ellipsis if it is wider than `maxWidth`. */
export function ellipsize(
  pieces: readonly Piece[],
  maxWidth: number,
  measure: MeasurePieces,
): string {
  const { lines } = breakLines(pieces, maxWidth, measure);
  return truncateLines(lines, 1, maxWidth, measure).lines[0] ?? "";
}
