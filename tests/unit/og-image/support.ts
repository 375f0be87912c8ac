// Shared helpers for the og-image tests: decoding PNGs and reading the card's SVG.
import { Resvg } from "@resvg/resvg-js";
import sharp from "sharp";
import type { OgCardInput } from "../../../src/lib/og-image";
import { resvgFontOptions } from "../../../src/lib/og-image/fonts";

export const BASE_INPUT: OgCardInput = {
  title: "Recent Advances in Representation Learning",
  siteName: "Technical Notes",
  dateText: "April 20, 2020",
  tags: ["en", "deep-learning"],
  lang: "en",
};

export const LONG_TITLE =
  "A Surprisingly Long Title About Contrastive Representation Learning, Masked Language " +
  "Models and Graph Pretraining That Cannot Possibly Fit on One Line";

export const BACKGROUND_RGB = [0x0f, 0x1f, 0x36] as const;

export interface Raster {
  width: number;
  height: number;
  channels: number;
  data: Buffer;
}

export async function decodePng(png: Buffer): Promise<Raster & { format: string | undefined }> {
  const metadata = await sharp(png).metadata();
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  return {
    format: metadata.format,
    width: info.width,
    height: info.height,
    channels: info.channels,
    data,
  };
}

/** Rasterises an SVG with the card's fonts, or with none at all (`fontFiles: []`). */
export function rasterise(svg: string, fonts: "card" | "none"): Raster {
  const font =
    fonts === "card"
      ? resvgFontOptions()
      : { fontFiles: [], loadSystemFonts: false, defaultFontFamily: "Inter" };
  const image = new Resvg(svg, { font }).render();
  return { width: image.width, height: image.height, channels: 4, data: image.pixels };
}

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Pixels in `rect` whose colour differs noticeably between the two rasters. */
export function differingPixels(a: Raster, b: Raster, rect: Rect): number {
  let count = 0;
  for (let y = rect.top; y < rect.bottom; y += 1) {
    for (let x = rect.left; x < rect.right; x += 1) {
      const ia = (y * a.width + x) * a.channels;
      const ib = (y * b.width + x) * b.channels;
      let diff = 0;
      for (let c = 0; c < 3; c += 1)
        diff += Math.abs((a.data[ia + c] ?? 0) - (b.data[ib + c] ?? 0));
      if (diff > 48) count += 1;
    }
  }
  return count;
}

/** Pixels in `rect` that are not exactly the background colour. */
export function nonBackgroundPixels(raster: Raster, rect: Rect): number {
  let count = 0;
  for (let y = rect.top; y < rect.bottom; y += 1) {
    for (let x = rect.left; x < rect.right; x += 1) {
      const i = (y * raster.width + x) * raster.channels;
      const same = BACKGROUND_RGB.every((value, c) => raster.data[i + c] === value);
      if (!same) count += 1;
    }
  }
  return count;
}

export interface SvgTextLine {
  x: number;
  y: number;
  size: number;
  /** Text content with markup removed (still XML-escaped). */
  content: string;
  markup: string;
}

/** The `<text class="…">` elements of one part of the card, in document order. */
export function textElements(svg: string, className: string): SvgTextLine[] {
  const pattern = new RegExp(`<text class="${className}"[^>]*>.*?</text>`, "g");
  return Array.from(svg.matchAll(pattern), ([markup]) => {
    const attribute = (name: string) => {
      const match = new RegExp(`^<text [^>]*?\\b${name}="([^"]*)"`).exec(markup);
      if (match?.[1] === undefined) throw new Error(`no ${name} in ${markup}`);
      return Number(match[1]);
    };
    return {
      x: attribute("x"),
      y: attribute("y"),
      size: attribute("font-size"),
      content: markup.replace(/<[^>]+>/g, ""),
      markup,
    };
  });
}

/** The same card with only the parts named kept, to measure or rasterise them on their own. */
export function keepOnly(svg: string, classNames: readonly string[]): string {
  const open = svg.slice(0, svg.indexOf(">") + 1);
  const parts = classNames.flatMap((name) =>
    Array.from(
      svg.matchAll(new RegExp(`<(g|text) class="${name}"[^>]*>.*?</\\1>`, "g")),
      ([markup]) => markup,
    ),
  );
  return `${open}${parts.join("")}</svg>`;
}

/** WCAG 2 contrast ratio of two #RRGGBB colours. */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
      return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (bl ?? 0);
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}
