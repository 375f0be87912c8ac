import type { Utf8Run } from "./utf8-runs";

/**
 * Whether a run (utf8-runs.ts) also reads as correct text, as written. The same characters can be
 * both: French puts a no-break space before a closing guillemet, so "appelé\u00a0»" is right,
 * and it is also what 頻 (E9 A0 BB) looks like read as Latin-1. Mojibake shows itself where the
 * run could not be correct text: a control character, a symbol glued to a letter ("Ã©", "â€™",
 * "æ—¥"), a capital after a small letter ("voilÃ\u00a0"), or a closing quote in the middle of a
 * word ("È™i"). A run without any of these is ambiguous, and mojibake.ts only reports it when
 * the mojibake around it says how to read it.
 */

/**
 * What a word may end with, glued to its last letter: closing quotes of every style, an ellipsis,
 * ™ and ®, and the no-break space French puts before » ; : ! ?.
 */
const CLOSING = new Set(["\u00a0", "»", "«", "›", "‹", "”", "“", "’", "‘", "…", "™", "®"]);
/**
 * What may stand between two letters: dashes, an apostrophe ("JOSÉ’S", "Ç’ka") and a soft hyphen
 * marking where a word may break ("Fuß\u00adball").
 */
const JOINING = new Set(["–", "—", "’", "\u00ad"]);
const DASHES = new Set(["–", "—"]);
/**
 * The two leads of the commonest mojibake (Ã for é, à, ü…; Â for a no-break space, °, «…). They
 * end few words, and none that takes a trademark sign: "Ã™" is Ù, "Ã®" is î.
 */
const TRADEMARKS = new Set(["™", "®"]);
const MOJIBAKE_LEADS = new Set(["Ã", "Â"]);
/** Letters that follow accented ones inside Czech, Slovak and Sámi words. */
const LETTERS = new Set(["š", "ž", "Š", "Ž"]);
const CAPITALS_BEFORE_LETTERS = new Set(["É", "Í", "Ó", "Ú", "Ý", "Ô"]);
/** Letters that are a word on their own: Swedish å, Italian è, Portuguese É, Danish Ø, … */
const ONE_LETTER_WORDS = new Set([
  "à",
  "è",
  "é",
  "ò",
  "ó",
  "ô",
  "å",
  "Å",
  "Ç",
  "É",
  "È",
  "Ó",
  "Ô",
  "Ø",
]);

/** Quotation marks of every style, before a letter quoted on its own. */
const QUOTES = new Set(['"', "'", "„", "‚", "“", "”", "‘", "’", "«", "»", "‹", "›"]);

const LOWERCASE = /^\p{Ll}$/u;
const UPPERCASE = /^[\p{Lu}\p{Lt}]$/u;
const LETTER = /^\p{L}$/u;
const WORD_CHAR = /^[\p{L}\p{M}\p{Nd}]$/u;
const C1_CONTROL = /^[\u0080-\u009f]$/;

/** The run with the characters on either side of it. */
interface Context {
  lead: string;
  /** The continuations, in order. */
  rest: readonly string[];
  previous: string;
  next: string;
}

/** The code point before UTF-16 index `index`, or "" at the start. */
function charBefore(line: string, index: number): string {
  const before = [...line.slice(Math.max(0, index - 2), index)];
  return before[before.length - 1] ?? "";
}

function charAt(line: string, index: number): string {
  return [...line.slice(index, index + 2)][0] ?? "";
}

const lastOf = (context: Context): string => context.rest[context.rest.length - 1] ?? "";

/** Whether the continuations are what may follow a letter, in that order. */
function continuationsFit(context: Context): boolean {
  const { lead, rest, next } = context;
  if (rest.every((char) => LETTERS.has(char))) {
    // "Úžasný", or a small letter before small ones, as in Northern Sámi "Evenášši".
    if (rest.length === 1) return CAPITALS_BEFORE_LETTERS.has(lead);
    return LOWERCASE.test(lead) && rest.every((char) => LOWERCASE.test(char));
  }
  if (!rest.every((char) => CLOSING.has(char) || JOINING.has(char))) return false;
  if (MOJIBAKE_LEADS.has(lead) && rest.some((char) => TRADEMARKS.has(char))) return false;
  // A soft hyphen stands between two letters of a word, never after a one-letter word.
  if (rest.includes("\u00ad") && !(LETTER.test(context.previous) && WORD_CHAR.test(next))) {
    return false;
  }
  // A word ends at a closing quote: a letter right after one means the run is inside a word.
  return JOINING.has(lastOf(context)) || !WORD_CHAR.test(next);
}

/** Whether the lead can be a letter where it stands. */
function leadFits(context: Context): boolean {
  const { lead, rest, previous } = context;
  // A multiplication sign, as in “2×”, needs no word around it.
  if (lead === "×") return true;
  if (LETTER.test(previous)) {
    // "voilÃ\u00a0": a capital after a small letter is no word of any language.
    return !(UPPERCASE.test(lead) && LOWERCASE.test(previous));
  }
  if (/^\p{Nd}$/u.test(previous)) return !UPPERCASE.test(lead);
  // At the start of a word, the lead begins one ("Úžasný"), is a word of its own ("på Ø«"), or
  // is a letter quoted on its own ("die Taste „ß“").
  return (
    LETTERS.has(rest[0] ?? "") ||
    ONE_LETTER_WORDS.has(lead) ||
    (QUOTES.has(previous) && QUOTES.has(lastOf(context)))
  );
}

/**
 * A capital after a capital belongs to a word in capitals, so when the word goes on past the run
 * (after a letter, a soft hyphen or a dash), it must not go on in small letters: "WÃ\u00addu" is
 * Wídu, "NÄ—ra" is Lithuanian Nėra.
 */
function caseFits(context: Context): boolean {
  const { lead, previous, next } = context;
  const last = lastOf(context);
  const wordGoesOn = LETTERS.has(last) || last === "\u00ad" || DASHES.has(last);
  return !(wordGoesOn && UPPERCASE.test(lead) && UPPERCASE.test(previous) && LOWERCASE.test(next));
}

/** Whether `run`, at its place in `line`, reads as correct text as well as mojibake. */
export function readsAsWritten(line: string, run: Utf8Run): boolean {
  if (run.chars.some((char) => C1_CONTROL.test(char))) return false;
  const [lead = "", ...rest] = run.chars;
  const context = {
    lead,
    rest,
    previous: charBefore(line, run.start),
    next: charAt(line, run.end),
  };
  return leadFits(context) && continuationsFit(context) && caseFits(context);
}
