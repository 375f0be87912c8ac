// Which font families a card's SVG sets text in, so that rendering loads only their files.
import type { FontFamily } from "./fonts";

const FONT_FAMILY = /font-family="([^"]*)"/g;

/** `&apos;Noto Sans JP&apos;, Inter` as written by svg-elements.ts, back to its family names. */
function firstFamily(attribute: string): string {
  const list = attribute.replace(/&apos;/g, "'").replace(/&quot;/g, '"');
  return (list.split(",")[0] ?? "").trim().replace(/^['"]|['"]$/g, "");
}

/**
 * The first family of every `font-family` in the SVG: svg-elements.ts puts the family that draws
 * a run first, and every family after it is only there for a glyph the first one lacks, which
 * font-runs.ts has already ruled out.
 */
export function familiesInSvg(svg: string): Set<FontFamily> {
  const families = new Set<FontFamily>();
  for (const match of svg.matchAll(FONT_FAMILY)) {
    const family = firstFamily(match[1] ?? "");
    if (family !== "") families.add(family);
  }
  return families;
}
