// Text shaped in-process by fontkit from the card's own font files, with the fonts' kerning,
// ligatures and joining forms. measure.ts takes widths from it and glyph-outlines.ts draws the
// very same glyphs, so a line that measures as fitting is drawn exactly that wide. fontkit opens
// each file once and shapes a word in microseconds; asking resvg for widths instead cost a fresh
// parse of the font file for every word measured (~2 ms for Inter, ~18 ms for a 5 MB CJK file).
import { openSync, type Font, type GlyphRun } from "fontkit";
import { fontFiles, type FontFamily } from "./fonts";

export interface ShapedWidth {
  /** Where text following this would start, in em. */
  advanceEm: number;
  /** How far the ink reaches right of the start, in em (0 for text without ink, like spaces). */
  inkEm: number;
}

/** Single-family text shaped: its glyphs in visual order, with the font and file they are in. */
export interface ShapedRun {
  font: Font;
  /** The font file, which names the font for caches. */
  file: string;
  run: GlyphRun;
}

const opened = new Map<string, Font>();

function fontFile(family: FontFamily, weight: number): { font: Font; file: string } {
  const file = fontFiles({ family, weight })[0];
  if (file === undefined) {
    throw new Error(`no card font file for "${family}" at weight ${weight} (site.config.ts)`);
  }
  let font = opened.get(file);
  if (font === undefined) {
    const loaded = openSync(file);
    // A .ttc collection would need a face name; the configured card fonts are single faces.
    if (!("layout" in loaded)) throw new Error(`${file} is a font collection, not one font`);
    font = loaded;
    opened.set(file, font);
  }
  return { font, file };
}

/**
 * Runs shaped lately. A card's lines are shaped last when fitting checks their width, and then
 * drawn: shaping, not outlining, is most of a card's layout time (Inter's contextual
 * alternates), so drawing takes them from here. A few hundred cover any card.
 */
const RECENT_RUNS = 256;

const recent = new Map<string, ShapedRun>();

/**
 * Shapes single-family text. Glyphs come back in visual order, right-to-left runs included, so
 * the pen moves rightwards through them.
 */
export function shapedRun(text: string, family: FontFamily, weight: number): ShapedRun {
  const key = `${weight}\u0000${family}\u0000${text}`;
  const known = recent.get(key);
  if (known !== undefined) return known;
  const { font, file } = fontFile(family, weight);
  const shaped = { font, file, run: font.layout(text) };
  if (recent.size >= RECENT_RUNS) recent.delete(recent.keys().next().value ?? "");
  recent.set(key, shaped);
  return shaped;
}

/** Shapes single-family text and returns its advance and the right edge of its ink. */
export function shapedWidth(text: string, family: FontFamily, weight: number): ShapedWidth {
  const { font, run } = shapedRun(text, family, weight);
  let pen = 0;
  let ink = 0;
  run.glyphs.forEach((glyph, index) => {
    const position = run.positions[index];
    if (position === undefined) return;
    const box = glyph.bbox;
    if (box.maxX > box.minX) ink = Math.max(ink, pen + position.xOffset + box.maxX);
    pen += position.xAdvance;
  });
  return { advanceEm: pen / font.unitsPerEm, inkEm: ink / font.unitsPerEm };
}
