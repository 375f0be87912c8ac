/**
 * Rewrites KaTeX's stylesheet so that each `@font-face` names its woff2 file only. Every browser
 * the site supports reads woff2, and a browser only falls back to a later source when it cannot
 * read the first, so the woff and ttf sources are never used; dropping them lets the site ship
 * one file per face instead of three.
 */

export interface Woff2OnlyStylesheet {
  css: string;
  /** The woff2 URLs the rewritten `@font-face` rules name, as written (`fonts/KaTeX_…woff2`). */
  fontUrls: string[];
}

const FONT_FACE = /@font-face\s*\{([^}]*)\}/gi;
const SRC_DECLARATION = /(^|;)(\s*src\s*:\s*)([^;]+)/i;
const SOURCE = /url\(\s*([^)]*?)\s*\)(?:\s*format\(\s*([^)]*?)\s*\))?/gi;

function unquote(value: string): string {
  return value.replace(/^(["'])(.*)\1$/, "$2");
}

function isWoff2(url: string, format: string | undefined): boolean {
  if (format !== undefined) return unquote(format).toLowerCase() === "woff2";
  return /\.woff2(?:[?#].*)?$/i.test(url);
}

/** The family of a face, for error messages. */
function familyOf(body: string): string {
  return unquote(/font-family\s*:\s*([^;]+)/i.exec(body)?.[1]?.trim() ?? "(no font-family)");
}

/**
 * A font URL the build may copy from KaTeX's package: relative, inside `fonts/`, no way out of it.
 */
function assertPackagedFontUrl(url: string, family: string): void {
  if (!/^fonts\/[A-Za-z0-9_.-]+\.woff2$/.test(url)) {
    throw new Error(
      `KaTeX's stylesheet names ${url} for ${family}, not a woff2 file inside its fonts/ folder; ` +
        "the installed KaTeX lays out its files differently, so src/lib/katex/fonts.ts needs updating.",
    );
  }
}

/**
 * KaTeX's CSS with every `@font-face` `src` reduced to its woff2 source. Throws when a face has no
 * woff2 source, or when there are no faces at all: a KaTeX release that changed its fonts must
 * stop the build rather than leave formulas without their fonts.
 */
export function woff2OnlyStylesheet(css: string): Woff2OnlyStylesheet {
  const fontUrls: string[] = [];
  let faces = 0;
  const rewritten = css.replace(FONT_FACE, (face: string, body: string) => {
    faces++;
    const family = familyOf(body);
    const declaration = SRC_DECLARATION.exec(body);
    if (declaration === null) {
      throw new Error(`KaTeX's @font-face for ${family} has no src; cannot serve its font.`);
    }
    const [, separator = "", property = "", sources = ""] = declaration;
    const woff2 = [...sources.matchAll(SOURCE)].find((source) =>
      isWoff2(unquote(source[1] ?? ""), source[2]),
    );
    if (woff2 === undefined) {
      throw new Error(
        `KaTeX's @font-face for ${family} has no woff2 source (src: ${sources.trim()}); ` +
          "the site serves fonts as woff2 only, so update src/lib/katex/fonts.ts for this KaTeX version.",
      );
    }
    const url = unquote(woff2[1] ?? "");
    assertPackagedFontUrl(url, family);
    fontUrls.push(url);
    const start = declaration.index + separator.length;
    const end = declaration.index + declaration[0].length;
    const newBody = `${body.slice(0, start)}${property}${woff2[0]}${body.slice(end)}`;
    return face.replace(body, newBody);
  });
  if (faces === 0) {
    throw new Error(
      "KaTeX's stylesheet has no @font-face rules; the installed KaTeX ships its fonts differently, so src/lib/katex/fonts.ts needs updating.",
    );
  }
  return { css: rewritten, fontUrls: [...new Set(fontUrls)] };
}
