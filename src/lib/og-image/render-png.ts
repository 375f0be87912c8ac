// SVG -> PNG. The card's text is already glyph outlines (glyph-outlines.ts), so resvg gets no
// font at all: nothing to load per card, and no system font can slip in.
import { renderAsync } from "@resvg/resvg-js";
import sharp from "sharp";

const NO_FONTS = { fontFiles: [] as string[], loadSystemFonts: false };

/**
 * resvg renders off the main thread (renderAsync) so a build drawing many cards stays
 * responsive. sharp encodes its raw pixels losslessly, dropping the alpha channel the opaque card
 * never uses, which is cheaper than re-encoding resvg's own PNG (a decode and resvg's encode
 * first). Once the text was outlines, encoding was half of a card's cost, so zlib runs at level
 * 4 rather than 7. Per card, on the benchmark's titles: level 4 takes 9.9 ms for 44.8 KiB,
 * level 3 8.7 ms for 47.7 KiB, level 1 7.3 ms for 65 KiB, level 7 15 ms for 35 KiB, level 9
 * 28 ms for 32 KiB. Only crawlers fetch cards, so the bytes reach no reader, while a cold build
 * pays for every card. Palette quantisation took ~100 ms more and blurred the anti-aliased
 * text edges. Both steps are deterministic for the same SVG.
 */
export async function svgToPng(svg: string): Promise<Buffer> {
  const image = await renderAsync(svg, { font: NO_FONTS });
  const raw = { width: image.width, height: image.height, channels: 4 } as const;
  return sharp(image.pixels, { raw }).removeAlpha().png({ compressionLevel: 4 }).toBuffer();
}
