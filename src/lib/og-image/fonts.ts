// Font files come from npm packages, never from the machine, so every build draws the same
// glyphs. They are located through Node's resolver rather than absolute paths so the library
// works wherever node_modules lives.
import { createRequire } from "node:module";
import path from "node:path";

export const LATIN_FAMILY = "Inter";
export const JAPANESE_FAMILY = "Noto Sans JP";
export type FontFamily = typeof LATIN_FAMILY | typeof JAPANESE_FAMILY;

interface FontFile {
  family: FontFamily;
  weight: number;
  packageName: string;
  file: string;
}

/** Weights the card uses, in both families so either can set any text at any weight. */
const FONT_FILES: readonly FontFile[] = [400, 600, 700].flatMap((weight) => {
  const style = { 400: "400Regular", 600: "600SemiBold", 700: "700Bold" }[weight] ?? "";
  return [
    {
      family: LATIN_FAMILY,
      weight,
      packageName: "@expo-google-fonts/inter",
      file: `${style}/Inter_${style}.ttf`,
    },
    {
      family: JAPANESE_FAMILY,
      weight,
      packageName: "@expo-google-fonts/noto-sans-jp",
      file: `${style}/NotoSansJP_${style}.ttf`,
    },
  ];
});

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

/**
 * Absolute paths of the card's font files. Measuring narrows them to one family and weight:
 * resvg-js loads its fonts afresh for every instance, and each Noto Sans JP file is 5 MB.
 */
export function fontFiles(filter: FontFilter = {}): string[] {
  return FONT_FILES.filter(
    (font) =>
      (filter.family === undefined || font.family === filter.family) &&
      (filter.weight === undefined || font.weight === filter.weight),
  ).map(resolveFontFile);
}

/** resvg font options: only the bundled files, never system fonts. */
export function resvgFontOptions(filter: FontFilter = {}): {
  fontFiles: string[];
  loadSystemFonts: false;
  defaultFontFamily: string;
} {
  return {
    fontFiles: fontFiles(filter),
    loadSystemFonts: false,
    defaultFontFamily: filter.family ?? LATIN_FAMILY,
  };
}

export function isJapanese(lang: string): boolean {
  return lang.trim().toLowerCase().split("-")[0] === "ja";
}

/**
 * Families in order of preference for text in `lang`. Each character is set in the first one
 * that has it (see font-runs.ts), so the order decides who draws the glyphs both have (Latin
 * letters, digits, punctuation): Japanese titles look more even in Noto's own Latin.
 */
export function fontStack(lang: string): readonly FontFamily[] {
  return isJapanese(lang) ? [JAPANESE_FAMILY, LATIN_FAMILY] : [LATIN_FAMILY, JAPANESE_FAMILY];
}

/** A CSS/SVG `font-family` value for the families, `first` moved to the front. */
export function familyAttribute(families: readonly FontFamily[], first: FontFamily): string {
  return [first, ...families.filter((family) => family !== first)]
    .map((family) => (family.includes(" ") ? `'${family}'` : family))
    .join(", ");
}
