// Chooses the title's font size and line breaks: the largest size at which the whole title fits
// the title box in at most `maxLines` lines, else the smallest size with an ellipsis.
import { breakLines, truncateLines, type BrokenLines, type MeasurePieces } from "./line-break";
import { joinPieces, segmentText, type Piece } from "./segment";

export interface FitOptions {
  maxWidth: number;
  maxHeight: number;
  maxLines: number;
  /** Candidate font sizes, largest first. */
  sizes: readonly number[];
  /** Baseline-to-baseline distance as a multiple of the font size. */
  lineHeight: number;
  /** Ink above the first baseline plus below the last, as a multiple of the font size. */
  extent: number;
  /** Fast width estimate in px of pieces on one line at `size`. */
  measurePieces: (pieces: readonly Piece[], size: number) => number;
  /** Exact ink width in px of a finished line at `size`; the estimate is checked against it. */
  measureText: (text: string, size: number) => number;
}

export interface TitleFit {
  lines: string[];
  fontSize: number;
  /** Baseline-to-baseline distance in px. */
  lineHeight: number;
  truncated: boolean;
}

/** An estimate that proves to be too optimistic gets this many narrower retries. */
const RETRIES = 2;

function blockHeight(lineCount: number, size: number, options: FitOptions): number {
  return (lineCount - 1) * size * options.lineHeight + size * options.extent;
}

/**
 * Greedy breaking leaves a short last line ("Recent Advances in Representation / Learning").
 * The narrowest width that still gives the same number of lines spreads words evenly instead.
 */
function balance(
  pieces: readonly Piece[],
  greedy: BrokenLines,
  maxWidth: number,
  measure: MeasurePieces,
): Piece[][] {
  const count = greedy.lines.length;
  if (count < 2) return greedy.lines;
  let best = greedy.lines;
  let low = Math.floor(maxWidth / 2);
  let high = Math.floor(maxWidth);
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    const candidate = breakLines(pieces, mid, measure);
    if (candidate.lines.length === count && candidate.forcedSplits <= greedy.forcedSplits) {
      high = mid;
      best = candidate.lines;
    } else {
      low = mid;
    }
  }
  return best;
}

/** How far the widest line's real ink overshoots `maxWidth` (0 or less when all fit). */
function overflow(lines: readonly string[], size: number, options: FitOptions): number {
  return Math.max(0, ...lines.map((line) => options.measureText(line, size))) - options.maxWidth;
}

function fitAtSize(pieces: readonly Piece[], size: number, options: FitOptions): TitleFit | null {
  const measure: MeasurePieces = (p) => options.measurePieces(p, size);
  // Each line holds at most maxWidth, and a break drops at most one space (under 1 em), so a
  // title this long cannot fit whatever the breaks: skip the line breaking altogether.
  const breaks = options.maxLines - 1;
  if (measure(pieces) > options.maxLines * options.maxWidth + breaks * size) return null;
  let width = options.maxWidth;
  for (let attempt = 0; attempt <= RETRIES; attempt += 1) {
    const greedy = breakLines(pieces, width, measure);
    const count = greedy.lines.length;
    if (count > options.maxLines || blockHeight(count, size, options) > options.maxHeight) {
      return null;
    }
    const lines = balance(pieces, greedy, width, measure).map(joinPieces);
    const excess = overflow(lines, size, options);
    if (excess <= 0) {
      return { lines, fontSize: size, lineHeight: size * options.lineHeight, truncated: false };
    }
    width -= Math.ceil(excess);
  }
  return null;
}

function truncateAtSize(pieces: readonly Piece[], size: number, options: FitOptions): TitleFit {
  const measure: MeasurePieces = (p) => options.measurePieces(p, size);
  let maxLines = options.maxLines;
  while (maxLines > 1 && blockHeight(maxLines, size, options) > options.maxHeight) maxLines -= 1;
  let width = options.maxWidth;
  let cut = { lines: [] as string[], truncated: false };
  for (let attempt = 0; attempt <= RETRIES; attempt += 1) {
    cut = truncateLines(breakLines(pieces, width, measure).lines, maxLines, width, measure);
    const excess = overflow(cut.lines, size, options);
    if (excess <= 0) break;
    width -= Math.ceil(excess);
  }
  return { ...cut, fontSize: size, lineHeight: size * options.lineHeight };
}

export function fitTitle(title: string, options: FitOptions): TitleFit {
  const pieces = segmentText(title);
  for (const size of options.sizes) {
    const fit = fitAtSize(pieces, size, options);
    if (fit !== null) return fit;
  }
  const smallest = options.sizes.at(-1);
  if (smallest === undefined) throw new Error("fitTitle needs at least one font size");
  return truncateAtSize(pieces, smallest, options);
}
