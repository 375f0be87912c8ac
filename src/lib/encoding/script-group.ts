/**
 * The writing system a character belongs to, coarsely: Chinese characters and Japanese kana are
 * one group, since Japanese text mixes them; punctuation and symbols are "Common", and scripts
 * not listed are "Other".
 */

const SCRIPTS = [
  "Latin",
  "Greek",
  "Cyrillic",
  "Armenian",
  "Hebrew",
  "Arabic",
  "Syriac",
  "Thaana",
  "Nko",
  "Devanagari",
  "Bengali",
  "Gurmukhi",
  "Gujarati",
  "Tamil",
  "Telugu",
  "Kannada",
  "Malayalam",
  "Sinhala",
  "Thai",
  "Lao",
  "Tibetan",
  "Myanmar",
  "Georgian",
  "Hangul",
  "Ethiopic",
  "Khmer",
  "Yi",
  "Inherited",
] as const;

const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}]/u;
const MATCHERS = SCRIPTS.map((name) => ({
  name,
  pattern: new RegExp(`^\\p{Script=${name}}`, "u"),
}));

/** The group of the first character of `text`. */
export function scriptGroup(text: string): string {
  if (CJK.test(text)) return "CJK";
  const script = MATCHERS.find((matcher) => matcher.pattern.test(text))?.name;
  if (script !== undefined) return script;
  return /^\p{Script=Common}/u.test(text) ? "Common" : "Other";
}
