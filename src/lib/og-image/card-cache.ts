// Cards are drawn at build time for every page without an image. Keyed on the exact input and
// the drawing version, a persistent folder (e.g. under .cache) lets rebuilds skip unchanged
// cards while any change to the text or to the drawing code produces a new file name.
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { drawOgCard } from "./draw-card";
import { fontIdentity } from "./fonts";
import { COLOURS } from "./layout";
import type { OgCardInput } from "./types";

/**
 * Bump whenever the drawing code changes (layout, decoration), to retire old PNGs. The owner's
 * colours and fonts are part of every key, so changing them in site.config.ts redraws the cards.
 */
export const CARD_VERSION = 5;

let temporaryCounter = 0;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** An array in fixed field order: unlike JSON of the object, it ignores property order. */
function serialise(input: OgCardInput): string {
  return JSON.stringify([
    CARD_VERSION,
    COLOURS,
    fontIdentity(),
    input.title,
    input.siteName,
    input.dateText,
    [...input.tags],
    input.lang,
  ]);
}

export function ogCardKey(input: OgCardInput): string {
  return createHash("sha256").update(serialise(input), "utf8").digest("hex");
}

async function readCached(file: string): Promise<Buffer | null> {
  try {
    const png = await readFile(file);
    // A build killed mid-write could leave a truncated file behind; treat it as missing.
    return png.length > PNG_SIGNATURE.length && png.subarray(0, 8).equals(PNG_SIGNATURE)
      ? png
      : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/**
 * Draws the card unless a PNG for exactly this input (and this CARD_VERSION) is already in
 * `cacheDir`; reads and writes `${cacheDir}/${key}.png`.
 */
export async function cachedOgCard(
  input: OgCardInput,
  cacheDir: string,
): Promise<{ png: Buffer; fromCache: boolean; key: string }> {
  const key = ogCardKey(input);
  const file = path.join(cacheDir, `${key}.png`);
  const cached = await readCached(file);
  if (cached !== null) return { png: cached, fromCache: true, key };
  const png = await drawOgCard(input);
  await mkdir(cacheDir, { recursive: true });
  // Write then rename, so parallel workers and readers never see a half-written PNG.
  temporaryCounter += 1;
  const temporary = `${file}.${process.pid}.${temporaryCounter}.tmp`;
  await writeFile(temporary, png);
  await rename(temporary, file);
  return { png, fromCache: false, key };
}
