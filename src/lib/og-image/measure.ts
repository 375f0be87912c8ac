// Text widths come from resvg itself, with the same font files that draw the card, so a line
// that measures as fitting really fits; no hand-made width tables that drift from the fonts.
import { Resvg } from "@resvg/resvg-js";
import { escapeXml } from "../drawing/escape-xml";
import { visualWordOrder } from "./bidi-words";
import { splitRuns, type FontRun } from "./font-runs";
import { resvgFontOptions, type FontFamily } from "./fonts";
import type { MeasurePieces } from "./line-break";

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

/**
 * resvg draws outlines without hinting, so widths scale exactly with font size: measuring once
 * at a reference size lets every candidate size in the fitting loop share one measurement.
 */
const REFERENCE_SIZE = 100;

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

const rightEdges = boundedCache<number>();
const layouts = boundedCache<LineLayout>();

/** Right edge of the ink of single-family text, in em from its x. */
function rightEdgeEm(text: string, family: FontFamily, weight: number): number {
  return rightEdges(`${weight}\u0000${family}\u0000${text}`, () => {
    const origin = REFERENCE_SIZE;
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="${REFERENCE_SIZE * 4}" height="${REFERENCE_SIZE * 2}">` +
      `<text x="${origin}" y="${REFERENCE_SIZE * 1.2}" font-family="'${family}'" ` +
      `font-size="${REFERENCE_SIZE}" font-weight="${weight}">${escapeXml(text)}</text></svg>`;
    const options = resvgFontOptions({ family, weight });
    const box = new Resvg(svg, { font: options }).getBBox();
    return box === undefined ? 0 : (box.x + box.width - origin) / REFERENCE_SIZE;
  });
}

/**
 * Advance width of single-family text in em. Bracketing it with bars (which fonts do not kern)
 * keeps spaces and side bearings in the bounding box, so advances add up along a line.
 */
function advanceEm(text: string, family: FontFamily, weight: number): number {
  return rightEdgeEm(`|${text}|`, family, weight) - rightEdgeEm("||", family, weight);
}

/**
 * The runs of a line from left to right. A right-to-left line is cut at its spaces and its
 * words put in visual order, each word its own run (or runs, one per family), so resvg never
 * reorders across words it was given in the order they are drawn.
 */
function lineRuns(text: string, font: FontStyle): FontRun[] {
  if (font.rightToLeft !== true || !text.includes(" ")) return splitRuns(text, font.families);
  const words = visualWordOrder(text.split(" ").filter((word) => word !== ""));
  return words.flatMap((word, i) => [
    ...(i > 0 ? [{ text: " ", family: null }] : []),
    ...splitRuns(word, font.families),
  ]);
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
      if (run.family !== null) {
        runs.push({ text: run.text, family, offsetEm: pen });
        ink = Math.max(ink, pen + rightEdgeEm(run.text, family, font.weight));
      }
      pen += advanceEm(run.text, family, font.weight);
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
