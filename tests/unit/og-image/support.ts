// Shared helpers for the og-image tests: decoding PNGs and reading the card's SVG.
import { Resvg } from "@resvg/resvg-js";
import sharp from "sharp";
import type { OgCardInput } from "../../../src/lib/og-image";
import { fontFiles } from "../../../src/lib/og-image/fonts";

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

/**
 * Rasterises an SVG as the build does, with no font at all, or with every card font offered to
 * resvg (`"card fonts"`), which only text left as `<text>` could use.
 */
export function rasterise(svg: string, fonts: "none" | "card fonts" = "none"): Raster {
  const font = {
    fontFiles: fonts === "none" ? [] : fontFiles(),
    loadSystemFonts: false,
    defaultFontFamily: "Inter",
  };
  const image = new Resvg(svg, { font }).render();
  return { width: image.width, height: image.height, channels: 4, data: image.pixels };
}

/** The box the named parts of the card cover, as resvg computes it from their outlines. */
export function partsBox(svg: string, classNames: readonly string[]): Rect {
  const box = new Resvg(keepOnly(svg, classNames)).getBBox();
  if (box === undefined) throw new Error(`nothing drawn in ${classNames.join(", ")}`);
  return { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height };
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
  /** The text the line draws (still XML-escaped). */
  content: string;
  /** The families its runs are set in, each once, in the order they first appear. */
  families: string[];
  markup: string;
}

/** Every part of the card is one `<g class="…">` of paths or circles, never nested. */
function partPattern(className: string): RegExp {
  return new RegExp(`<g class="${className}"[^>]*>.*?</g>`, "g");
}

/** The text lines of one part of the card (see svg-elements.ts), in document order. */
export function textElements(svg: string, className: string): SvgTextLine[] {
  return Array.from(svg.matchAll(partPattern(className)), ([markup]) => {
    const attribute = (name: string) => {
      const match = new RegExp(`^<g [^>]*?\\bdata-${name}="([^"]*)"`).exec(markup);
      if (match?.[1] === undefined) throw new Error(`no data-${name} in ${markup}`);
      return match[1];
    };
    return {
      x: Number(attribute("x")),
      y: Number(attribute("y")),
      size: Number(attribute("size")),
      content: attribute("text"),
      families: attribute("families").split(", "),
      markup,
    };
  });
}

/** The same card with only the parts named kept, to measure or rasterise them on their own. */
export function keepOnly(svg: string, classNames: readonly string[]): string {
  const open = svg.slice(0, svg.indexOf(">") + 1);
  const parts = classNames.flatMap((name) =>
    Array.from(svg.matchAll(partPattern(name)), ([markup]) => markup),
  );
  return `${open}${parts.join("")}</svg>`;
}

/** The same card without the parts named. */
export function withoutParts(svg: string, classNames: readonly string[]): string {
  return classNames.reduce((rest, name) => rest.replace(partPattern(name), ""), svg);
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
