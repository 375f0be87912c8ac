// Where each font run of a line goes and how wide lines are, from the widths the card's own
// font files give (shaping.ts), so a line that measures as fitting really fits; no hand-made
// width tables that drift from the fonts.
import { isRightToLeftWord, visualWordOrder } from "./bidi-words";
import { splitRuns, type FontRun } from "./font-runs";
import type { FontFamily } from "./fonts";
import type { MeasurePieces } from "./line-break";
import { shapedWidth, type ShapedWidth } from "./shaping";

export interface FontStyle {
  /** Families in order of preference; each character uses the first that has it. */
  families: readonly FontFamily[];
  weight: number;
  /** Set for a right-to-left language: words are placed in visual order (see bidi-words.ts). */
  rightToLeft?: boolean;
}

/** A run of one family, placed `offsetEm` after the start of its line. */
export interface PlacedRun {
  text: string;
  family: FontFamily;
  offsetEm: number;
}

export interface LineLayout {
  runs: PlacedRun[];
  /** Where text following the line would start, in em. */
  advanceEm: number;
  /** How far the ink reaches right of the line's x, in em: what must stay inside a margin. */
  inkEm: number;
}

/** Long builds draw many cards; the cap keeps memory flat while still sharing common words. */
const MAX_ENTRIES = 50_000;

function boundedCache<T>(): (key: string, compute: () => T) => T {
  const cache = new Map<string, T>();
  return (key, compute) => {
    const known = cache.get(key);
    if (known !== undefined) return known;
    const value = compute();
    if (cache.size >= MAX_ENTRIES) cache.clear();
    cache.set(key, value);
    return value;
  };
}

const widths = boundedCache<ShapedWidth>();
const layouts = boundedCache<LineLayout>();

/** Advance and ink of single-family text in em: outlines are unhinted, so they scale with size. */
function widthEm(text: string, family: FontFamily, weight: number): ShapedWidth {
  return widths(`${weight}\u0000${family}\u0000${text}`, () => shapedWidth(text, family, weight));
}

/**
 * The runs of a line from left to right. A right-to-left line is cut at its spaces and its
 * words put in visual order, each word its own run (or runs, one per family, right to left in a
 * right-to-left word), so resvg never reorders across words it was given in the order they are
 * drawn.
 */
function lineRuns(text: string, font: FontStyle): FontRun[] {
  if (font.rightToLeft !== true || !text.includes(" ")) return splitRuns(text, font.families);
  const words = visualWordOrder(text.split(" ").filter((word) => word !== ""));
  return words.flatMap((word, i) => {
    const runs = splitRuns(word, font.families);
    return [
      ...(i > 0 ? [{ text: " ", family: null }] : []),
      ...(isRightToLeftWord(word) ? runs.reverse() : runs),
    ];
  });
}

/** Where each font run of a line goes, and how wide the line is. */
export function layoutLine(text: string, font: FontStyle): LineLayout {
  const direction = font.rightToLeft === true ? "rtl" : "ltr";
  const key = `${font.weight}\u0000${font.families.join(",")}\u0000${direction}\u0000${text}`;
  return layouts(key, () => {
    const runs: PlacedRun[] = [];
    let pen = 0;
    let ink = 0;
    for (const run of lineRuns(text, font)) {
      // Gaps between families are spaces; either family's space would do, use the preferred.
      const family = run.family ?? font.families[0];
      if (family === undefined) break;
      const width = widthEm(run.text, family, font.weight);
      if (run.family !== null) {
        runs.push({ text: run.text, family, offsetEm: pen });
        ink = Math.max(ink, pen + width.inkEm);
      }
      pen += width.advanceEm;
    }
    return { runs, advanceEm: pen, inkEm: ink };
  });
}

/** Ink width of a finished line in em (multiply by the font size). */
export function inkWidthEm(text: string, font: FontStyle): number {
  return layoutLine(text, font).inkEm;
}

/**
 * Width in px of pieces set on one line at `size`, as the sum of their advances. Summing means
 * each distinct word or character is measured once per card, however many candidate lines the
 * fitting loop tries. The last piece counts with its full advance, which slightly overstates
 * the ink, so the estimate errs towards breaking early; finished lines are checked with
 * inkWidthEm.
 */
export function pieceMeasurer(font: FontStyle, size: number): MeasurePieces {
  return (pieces) => {
    let em = 0;
    pieces.forEach((piece, i) => {
      if (i > 0 && piece.spaceBefore) em += layoutLine(" ", font).advanceEm;
      em += layoutLine(piece.text, font).advanceEm;
    });
    return em * size;
  };
}
