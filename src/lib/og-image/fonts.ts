// Font files come from npm packages, never from the machine, so every build draws the same
// glyphs. They are located through Node's resolver rather than absolute paths so the library
// works wherever node_modules lives.
import { createRequire } from "node:module";
import path from "node:path";
import { site } from "../../site-config";
import type { CardFont } from "../site-config/types";

/** A family name of one of the configured card fonts (site.config.ts, `fonts.card`). */
export type FontFamily = string;

interface FontFile {
  family: FontFamily;
  weight: number;
  packageName: string;
  file: string;
}

const CARD_FONTS: readonly CardFont[] = site.fonts.card;
const CARD_WEIGHTS = [400, 600, 700] as const;

/** Every weight of every configured family, so any family can set any text at any weight. */
const FONT_FILES: readonly FontFile[] = CARD_FONTS.flatMap((font) =>
  CARD_WEIGHTS.map((weight) => ({
    family: font.family,
    weight,
    packageName: font.packageName,
    file: font.files[weight],
  })),
);

// Every card sets text in the first family; without one, no card could be drawn.
if (CARD_FONTS.length === 0) throw new Error("site.config.ts lists no card font under fonts.card");

/**
 * A resolver anchored at this module. `import.meta.url` does not exist once Gatsby's Parcel
 * compiles gatsby-node.ts to CommonJS, and Parcel replaces a bare `require` or `require.resolve`
 * with undefined, but it keeps `__filename` pointing inside the project, which is all that
 * node_modules lookup needs. Native ES modules have no `__filename`; they run from the project
 * root (as Gatsby and the tests do), so the cwd stands in.
 */
function nodeRequire(): NodeJS.Require {
  const anchor =
    typeof __filename === "string" ? __filename : path.join(process.cwd(), "package.json");
  return createRequire(anchor);
}

const packageDirs = new Map<string, string>();

function resolveFontFile(font: FontFile): string {
  let dir = packageDirs.get(font.packageName);
  if (dir === undefined) {
    dir = path.dirname(nodeRequire().resolve(`${font.packageName}/package.json`));
    packageDirs.set(font.packageName, dir);
  }
  return path.join(dir, font.file);
}

export interface FontFilter {
  family?: FontFamily;
  weight?: number;
}

/** Absolute paths of the card's font files, narrowed to one family or weight if asked. */
export function fontFiles(filter: FontFilter = {}): string[] {
  return FONT_FILES.filter(
    (font) =>
      (filter.family === undefined || font.family === filter.family) &&
      (filter.weight === undefined || font.weight === filter.weight),
  ).map(resolveFontFile);
}

/**
 * The tags a font's `firstFor` may name for `lang`, most specific first: `zh-hant-tw`, then
 * `zh-hant`, then `zh`, so a Traditional Chinese title finds its own font before Simplified's.
 */
function languagePrefixes(lang: string): string[] {
  const subtags = lang.trim().toLowerCase().replace(/_/g, "-").split("-");
  return subtags.map((_, i) => subtags.slice(0, subtags.length - i).join("-"));
}

/**
 * Families in order of preference for text in `lang`. Each character is set in the first one
 * that has it (see font-runs.ts), so the order decides who draws the glyphs both have (Latin
 * letters, digits, punctuation): a family made for the language goes first (Japanese titles
 * look more even in Noto's own Latin), then the others in the configured order. `zh-TW` picks
 * the font that lists `zh-tw` before the one that lists `zh`.
 */
export function fontStack(lang: string): readonly FontFamily[] {
  const prefixes = languagePrefixes(lang);
  const rank = (font: CardFont): number => {
    const found = prefixes.findIndex((prefix) => font.firstFor?.includes(prefix));
    return found === -1 ? Number.POSITIVE_INFINITY : found;
  };
  const first = CARD_FONTS.filter((font) => rank(font) !== Number.POSITIVE_INFINITY).sort(
    (a, b) => rank(a) - rank(b),
  );
  return [...first, ...CARD_FONTS.filter((font) => !first.includes(font))].map(
    (font) => font.family,
  );
}

/** What the fonts are, for cache keys: a change of font must redraw every card. */
export function fontIdentity(): string {
  return JSON.stringify(CARD_FONTS);
}
