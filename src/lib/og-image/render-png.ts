// SVG -> PNG with only the bundled fonts.
import { renderAsync } from "@resvg/resvg-js";
import sharp from "sharp";
import { resvgFontOptions } from "./fonts";
import { familiesInSvg } from "./used-families";

/**
 * resvg renders off the main thread (renderAsync) so a build drawing many cards stays
 * responsive. sharp encodes its raw pixels losslessly, dropping the alpha channel the opaque card
 * never uses, which is cheaper than re-encoding resvg's own PNG (a decode and resvg's encode
 * first). zlib level 7: level 9 made cards 13 % smaller (31 against 36 KiB) but cost 37 ms a
 * card against 18, more than resvg's rendering of a Latin card; only crawlers fetch cards, so
 * the bytes reach no reader. Palette quantisation took ~100 ms more and blurred the
 * anti-aliased text edges. Both steps are deterministic for
 * the same SVG. Only the families the card sets text in are loaded: a Latin title's card reads
 * no CJK file.
 */
export async function svgToPng(svg: string): Promise<Buffer> {
  const image = await renderAsync(svg, { font: resvgFontOptions({}, familiesInSvg(svg)) });
  const raw = { width: image.width, height: image.height, channels: 4 } as const;
  return sharp(image.pixels, { raw }).removeAlpha().png({ compressionLevel: 7 }).toBuffer();
}
