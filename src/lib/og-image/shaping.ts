// Text widths from the card's own font files, shaped in-process by fontkit. Asking resvg instead
// (a renderer with a bounding box per instance) cost a fresh parse of the font file for every
// word measured: ~2 ms for Inter, ~18 ms for a 5 MB CJK file, 30 to 130 ms per card. fontkit
// opens each file once and shapes a word in microseconds. Both apply the fonts' own kerning and
// ligatures; the widths agree with resvg's to 0.0001 em for Latin, Cyrillic, CJK, Arabic, Hebrew
// and Thai. Where they differ they err wide, so a line that measures as fitting still fits:
// Korean spaces (+0.05 em each: fontkit picks the font's wider Hangul space) and Devanagari
// (resvg mis-places some vowel signs, docs/reading.md).
import { openSync, type Font } from "fontkit";
import { fontFiles, type FontFamily } from "./fonts";

export interface ShapedWidth {
  /** Where text following this would start, in em. */
  advanceEm: number;
  /** How far the ink reaches right of the start, in em (0 for text without ink, like spaces). */
  inkEm: number;
}

const opened = new Map<string, Font>();

function fontFile(family: FontFamily, weight: number): Font {
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
  return font;
}

/** Shapes single-family text and returns its advance and the right edge of its ink. */
export function shapedWidth(text: string, family: FontFamily, weight: number): ShapedWidth {
  const font = fontFile(family, weight);
  // Glyphs come back in visual order, right-to-left runs included, so the pen moves rightwards.
  const run = font.layout(text);
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
