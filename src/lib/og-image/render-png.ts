// SVG -> PNG with only the bundled fonts.
import { renderAsync } from "@resvg/resvg-js";
import sharp from "sharp";
import { resvgFontOptions } from "./fonts";
import { familiesInSvg } from "./used-families";

/**
 * resvg renders off the main thread (renderAsync) so a build drawing many cards stays
 * responsive. sharp then re-encodes losslessly at maximum zlib effort: about a third smaller
 * than resvg's own PNG for ~30 ms, whereas palette quantisation took ~100 ms more and blurred
 * the anti-aliased text edges. Both steps are deterministic for the same SVG. Only the families
 * the card sets text in are loaded: a Latin title's card reads no CJK file.
 */
export async function svgToPng(svg: string): Promise<Buffer> {
  const image = await renderAsync(svg, { font: resvgFontOptions({}, familiesInSvg(svg)) });
  return sharp(image.asPng()).png({ compressionLevel: 9 }).toBuffer();
}
