// Text on the card as glyph outlines, shaped by fontkit exactly as measure.ts measured it. resvg
// then only fills paths: when it set the text itself it loaded, shaped and outlined every run
// again (11 of a Latin card's 16 ms of rendering), and its shaping could differ from the
// measurement, as it did for Devanagari vowel signs.
import type { Glyph } from "fontkit";
import { num } from "../drawing/escape-xml";
import type { FontFamily } from "./fonts";
import { shapedRun } from "./shaping";

/** A cap so a build of many CJK cards keeps memory flat; common glyphs come back anyway. */
const MAX_OUTLINES = 20_000;

const outlines = new Map<string, string>();

/** The outline as SVG path data in font units, y up; "" for a glyph without ink (a space). */
function outline(file: string, glyph: Glyph): string {
  const key = `${file}\u0000${glyph.id}`;
  const known = outlines.get(key);
  if (known !== undefined) return known;
  const data = glyph.path.toSVG();
  if (outlines.size >= MAX_OUTLINES) outlines.clear();
  outlines.set(key, data);
  return data;
}

/** A scale factor such as 64/2048 needs more digits than a coordinate. */
function scaleText(value: number): string {
  return String(Number(value.toPrecision(6)));
}

/**
 * `<path>` elements drawing `text` in one family with its baseline starting at (x, y) and
 * `size` px to the em. Each glyph keeps its outline in font units, scaled and flipped by its
 * transform, so an outline met before is reused as it is.
 */
export function runOutlines(
  text: string,
  family: FontFamily,
  weight: number,
  x: number,
  y: number,
  size: number,
): string {
  const { font, file, run } = shapedRun(text, family, weight);
  const scale = size / font.unitsPerEm;
  const flip = `scale(${scaleText(scale)} ${scaleText(-scale)})`;
  let pen = 0;
  let paths = "";
  run.glyphs.forEach((glyph, index) => {
    const position = run.positions[index];
    if (position === undefined) return;
    const data = outline(file, glyph);
    if (data !== "") {
      const glyphX = num(x + (pen + position.xOffset) * scale);
      const glyphY = num(y - position.yOffset * scale);
      paths += `<path transform="translate(${glyphX} ${glyphY}) ${flip}" d="${data}"/>`;
    }
    pen += position.xAdvance;
  });
  return paths;
}
