// SVG -> PNG with only the bundled fonts.
import { renderAsync } from "@resvg/resvg-js";
import sharp from "sharp";
import { resvgFontOptions } from "./fonts";
import { familiesInSvg } from "./used-families";

/**
 * resvg renders off the main thread (renderAsync) so a build drawing many cards stays
 * responsive. sharp encodes its raw pixels losslessly at maximum zlib effort, dropping the alpha
 * channel the opaque card never uses: 40 % smaller than resvg's own PNG, and cheaper than
 * re-encoding that PNG (which costs a decode and resvg's own encode first). Palette quantisation
 * took ~100 ms more and blurred the anti-aliased text edges. Both steps are deterministic for
 * the same SVG. Only the families the card sets text in are loaded: a Latin title's card reads
 * no CJK file.
 */
export async function svgToPng(svg: string): Promise<Buffer> {
  const image = await renderAsync(svg, { font: resvgFontOptions({}, familiesInSvg(svg)) });
  const raw = { width: image.width, height: image.height, channels: 4 } as const;
  return sharp(image.pixels, { raw }).removeAlpha().png({ compressionLevel: 9 }).toBuffer();
}
