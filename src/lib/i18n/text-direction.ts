/**
 * Which way a language is written, for `<html dir>`: from the script subtag when the tag has one
 * (`az-Arab`, `pa-Arab` and `ku-Arab` run right to left, `sd-Deva` left to right), else from the
 * primary language.
 */

export type TextDirection = "ltr" | "rtl";

/** ISO 15924 scripts written right to left. */
const RIGHT_TO_LEFT_SCRIPTS: ReadonlySet<string> = new Set([
  "adlm",
  "arab",
  "aran",
  "hebr",
  "mand",
  "mend",
  "nkoo",
  "rohg",
  "samr",
  "syrc",
  "thaa",
  "yezi",
]);

/** Languages written right to left when the tag names no script. */
const RIGHT_TO_LEFT_LANGUAGES: ReadonlySet<string> = new Set([
  "ar", // Arabic, and its regional varieties below
  "arz",
  "ary",
  "apc",
  "acm",
  "azb", // South Azerbaijani
  "bal", // Baluchi
  "bqi", // Bakhtiari
  "ckb", // Central Kurdish (Sorani)
  "dv", // Dhivehi
  "fa", // Persian
  "glk", // Gilaki
  "he", // Hebrew
  "iw", // Hebrew, the old code
  "khw", // Khowar
  "ks", // Kashmiri
  "lrc", // Northern Luri
  "mzn", // Mazanderani
  "nqo", // N'Ko
  "pnb", // Western Panjabi
  "prs", // Dari
  "ps", // Pashto
  "sd", // Sindhi
  "sdh", // Southern Kurdish
  "syr", // Syriac
  "ug", // Uyghur
  "ur", // Urdu
  "yi", // Yiddish
]);

/** Whether text in `lang` (a BCP 47 tag such as `fa`, `ar-EG` or `az-Arab`) runs right to left. */
export function isRightToLeft(lang: string): boolean {
  const subtags = lang.trim().toLowerCase().replace(/_/g, "-").split("-");
  const script = subtags.slice(1).find((subtag) => /^[a-z]{4}$/.test(subtag));
  if (script !== undefined) return RIGHT_TO_LEFT_SCRIPTS.has(script);
  return RIGHT_TO_LEFT_LANGUAGES.has(subtags[0] ?? "");
}

/** The value of `dir` for a page or an element in `lang`. */
export function textDirection(lang: string): TextDirection {
  return isRightToLeft(lang) ? "rtl" : "ltr";
}
