/**
 * Where a tag's page is. Tags are written freely ("Deep Learning", "deep-learning", "C++",
 * "深層学習"), so the address is derived from them: tags that read as the same tag share a page.
 */

import { GENERATED_CARD_FOLDER } from "../og-image/social-image-paths";

export const TAG_INDEX_PATH = "/tags/";

/** Symbols that carry meaning in technical tag names, so "C++", "C#" and "C" keep apart. */
const SPELLED_SYMBOLS: ReadonlyArray<[RegExp, string]> = [
  [/\+/g, " plus "],
  [/#/g, " sharp "],
  [/&/g, " and "],
];

/**
 * The URL segment of a tag: NFKC-normalised (full-width letters become ASCII, half-width kana
 * full-width), lower-cased, with every run of characters other than letters, marks and digits
 * turned into one hyphen. Letters of any script are kept, so Japanese tags stay readable.
 * "" when the tag has no letter or digit at all.
 */
export function tagSegment(tag: string): string {
  let text = tag.normalize("NFKC").toLowerCase();
  for (const [symbol, words] of SPELLED_SYMBOLS) text = text.replace(symbol, words);
  return text.replace(/[^\p{L}\p{M}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "");
}

/** `/tags/<segment>/` */
export function tagSegmentPath(segment: string): string {
  return `${TAG_INDEX_PATH}${segment}/`;
}

/** The page of a tag, or null for a tag that cannot have one (see tagSegment). */
export function tagPagePath(tag: string): string | null {
  const segment = tagSegment(tag);
  return segment === "" ? null : tagSegmentPath(segment);
}

/** Where the social card of a tag's page is written: `/og/tags/<segment>.png`. */
export function tagCardPath(segment: string): string {
  return `/${GENERATED_CARD_FOLDER}/tags/${segment}.png`;
}
