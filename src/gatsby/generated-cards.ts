import fs from "node:fs";
import path from "node:path";
import { cachedOgCard } from "../lib/og-image/card-cache";
import type { OgCardInput } from "../lib/og-image/types";
import { GENERATED_CARD_FOLDER } from "../lib/og-image/social-image-paths";
import { cardsInFlight } from "../lib/og-image/cards-in-flight";
import { mapInParallel } from "../lib/parallel/map-in-parallel";

export interface CardRequest {
  /** Site path the card is served at, such as `/og/home.png`. */
  sitePath: string;
  input: OgCardInput;
}

export interface CardReport {
  drawn: number;
  reused: number;
  removed: number;
}

/** Every file below `folder`, as paths relative to it. */
function filesBelow(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)));
}

/** Whether `file` already holds exactly `bytes`: a warm build then leaves the card as it is. */
function holds(file: string, bytes: Buffer): boolean {
  try {
    return fs.statSync(file).size === bytes.length && fs.readFileSync(file).equals(bytes);
  } catch {
    return false;
  }
}

/**
 * Writes the social card of every request into `public/`, drawing only those whose input changed
 * since they were last drawn (the cache is keyed by the input). Cards of pages that no longer
 * exist are removed, so a deleted post leaves no image behind. Cards are drawn two per core at a
 * time: resvg and sharp do their part on native threads while the next card is laid out.
 */
export async function writeGeneratedCards(
  requests: readonly CardRequest[],
  publicFolder: string,
  cacheFolder: string,
): Promise<CardReport> {
  const report: CardReport = { drawn: 0, reused: 0, removed: 0 };
  const wanted = new Set<string>();
  await mapInParallel(requests, cardsInFlight(), async (request) => {
    const { png, fromCache } = await cachedOgCard(request.input, cacheFolder);
    const target = path.join(publicFolder, request.sitePath);
    wanted.add(path.resolve(target));
    if (!holds(target, png)) {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, png);
    }
    if (fromCache) report.reused += 1;
    else report.drawn += 1;
  });
  const cardFolder = path.join(publicFolder, GENERATED_CARD_FOLDER);
  for (const file of filesBelow(cardFolder)) {
    const absolute = path.resolve(cardFolder, file);
    if (!wanted.has(absolute)) {
      fs.rmSync(absolute);
      report.removed += 1;
    }
  }
  return report;
}
