// Draws a synthetic post's chart as a PNG, with the project's own Inter font so the pixels are
// the same on every machine.
import { Resvg } from "@resvg/resvg-js";
import sharp from "sharp";
import { chartSvg } from "./corpus/chart-svg";
import type { ChartSpec } from "./corpus/chart-spec";
import { FONT_FILES } from "../figures/render";

/**
 * A truecolour PNG at zlib level 6, as plotting libraries write them, rather than the smallest
 * file possible: the benchmark should see the figures authors actually commit.
 */
export async function drawFigure(spec: ChartSpec): Promise<Buffer> {
  const rendered = new Resvg(chartSvg(spec), {
    font: { fontFiles: [...FONT_FILES], loadSystemFonts: false, defaultFontFamily: "Inter" },
  }).render();
  return sharp(Buffer.from(rendered.pixels), {
    raw: { width: rendered.width, height: rendered.height, channels: 4 },
  })
    .removeAlpha()
    .png({ compressionLevel: 6 })
    .toBuffer();
}
