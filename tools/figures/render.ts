// SVG -> pixels. Fonts come only from the @expo-google-fonts/inter package so the output does
// not depend on whatever fonts the machine happens to have installed.
import { createRequire } from "node:module";
import { Resvg } from "@resvg/resvg-js";
import { GIFEncoder, applyPalette, quantize } from "gifenc";
import sharp from "sharp";
import { FONT_FAMILY } from "./svg";

const require = createRequire(import.meta.url);

export const FONT_FILES: readonly string[] = [
  "@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf",
  "@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf",
  "@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf",
].map((specifier) => require.resolve(specifier));

function resvg(svg: string): Resvg {
  return new Resvg(svg, {
    font: { fontFiles: [...FONT_FILES], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
    // Crisp text matters more than geometric precision at these sizes.
    shapeRendering: 2,
    textRendering: 1,
  });
}

export interface RgbaImage {
  width: number;
  height: number;
  /** Straight RGBA, 4 bytes per pixel. */
  data: Uint8Array;
}

export function svgToRgba(svg: string): RgbaImage {
  const image = resvg(svg).render();
  return { width: image.width, height: image.height, data: new Uint8Array(image.pixels) };
}

/**
 * Renders through resvg, then lets sharp re-encode: the figures are flat colour, so a 256-colour
 * palette PNG is visually identical and several times smaller than resvg's truecolour output.
 */
export async function svgToPng(svg: string): Promise<Buffer> {
  const png = resvg(svg).render().asPng();
  return sharp(png)
    .png({ compressionLevel: 9, palette: true, quality: 100, effort: 10 })
    .toBuffer();
}

export interface GifFrame {
  image: RgbaImage;
  delayMs: number;
}

/** Every n-th pixel is enough to find the colours of flat-colour frames. */
function samplePixels(frames: readonly GifFrame[], stride: number): Uint8Array {
  const total = frames.reduce((n, f) => n + Math.ceil(f.image.data.length / 4 / stride), 0);
  const sample = new Uint8Array(total * 4);
  let offset = 0;
  for (const { image } of frames) {
    for (let p = 0; p < image.data.length; p += 4 * stride) {
      sample.set(image.data.subarray(p, p + 4), offset);
      offset += 4;
    }
  }
  return sample;
}

/**
 * Encodes an endlessly looping GIF with one global palette. Pixels that did not change since the
 * previous frame are written as transparent (and frames are not disposed), so each frame only
 * stores what it reveals; that keeps a 1600-px animation small.
 */
export function encodeGif(frames: readonly GifFrame[]): Uint8Array {
  const first = frames[0];
  if (first === undefined) throw new Error("encodeGif needs at least one frame");
  const { width, height } = first.image;
  for (const { image } of frames) {
    if (image.width !== width || image.height !== height) {
      throw new Error("all GIF frames must have the same size");
    }
  }
  // One slot is kept free for the transparent "unchanged" index.
  const colours = quantize(samplePixels(frames, 3), 255);
  const transparentIndex = colours.length;
  const palette = [...colours, [255, 0, 255]];
  const encoder = GIFEncoder();
  let previous: Uint8Array | undefined;
  for (const { image, delayMs } of frames) {
    const index = applyPalette(image.data, colours);
    let frameIndex = index;
    if (previous !== undefined) {
      frameIndex = new Uint8Array(index);
      for (let i = 0; i < index.length; i += 1) {
        if (index[i] === previous[i]) frameIndex[i] = transparentIndex;
      }
    }
    encoder.writeFrame(frameIndex, width, height, {
      palette,
      delay: delayMs,
      repeat: 0,
      transparent: previous !== undefined,
      transparentIndex,
      dispose: 1,
    });
    previous = index;
  }
  encoder.finish();
  return encoder.bytes();
}
