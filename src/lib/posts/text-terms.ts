/**
 * Words of a post for comparing posts with each other: Markdown syntax, code, formulas and URLs
 * say little about what a post is about and are left out. Japanese and Chinese are written
 * without spaces, so runs of those scripts are cut into overlapping two-character pieces, which
 * match words without a dictionary.
 */

const CJK = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u30FC";
const TOKEN = new RegExp(`[${CJK}]+|(?:(?![${CJK}])[\\p{L}\\p{M}\\p{N}])+`, "gu");
const CJK_RUN = new RegExp(`^[${CJK}]`, "u");
const NUMBER = /^\p{N}+$/u;

/** Words too common in English prose to tell two posts apart. */
const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    "a about above after again all also am an and any are as at be because been before being " +
    "below between both but by can could did do does doing down during each few for from " +
    "further had has have having he her here hers him his how i if in into is it its itself " +
    "just me more most my no nor not now of off on once only or other our ours out over own " +
    "same she should so some such than that the their theirs them then there these they this " +
    "those through to too under until up very was we were what when where which while who " +
    "whom why will with would you your yours"
  ).split(" "),
);

/** The prose of a Markdown text: no fenced code, formulas, HTML tags, URLs or link targets. */
export function markdownProse(markdown: string): string {
  return markdown
    .replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?^ {0,3}\1[`~]*[ \t]*$/gm, " ")
    .replace(/\$\$[\s\S]*?\$\$/g, " ")
    .replace(/\$[^$\n]+\$/g, " ")
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(/<[^>\n]+>/g, " ")
    .replace(/^ {0,3}\[[^\]\n]+\]:[^\n]*$/gm, " ")
    .replace(/\]\([^)\n]*\)/g, "] ")
    .replace(/\bhttps?:\/\/\S+/g, " ");
}

/** The terms of a text: lower-case words without stop words and numbers, and CJK bigrams. */
export function textTerms(text: string): string[] {
  const terms: string[] = [];
  for (const [token] of text.normalize("NFKC").toLowerCase().matchAll(TOKEN)) {
    if (CJK_RUN.test(token)) {
      // Code points, so a character outside the Basic Multilingual Plane stays whole.
      const characters = [...token];
      if (characters.length === 1) terms.push(token);
      for (let index = 0; index + 1 < characters.length; index += 1) {
        terms.push(`${characters[index]}${characters[index + 1]}`);
      }
    } else if (token.length > 1 && !STOP_WORDS.has(token) && !NUMBER.test(token)) {
      terms.push(token);
    }
  }
  return terms;
}
