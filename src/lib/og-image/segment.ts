// Splits a title into the smallest pieces a line may break between. Latin text breaks at spaces
// (and after hyphens inside words); Japanese and Chinese break between any two characters,
// except where the kinsoku rules forbid it; Thai, Lao, Khmer and Burmese, written without spaces,
// break between words as ICU's dictionaries find them.

/** An unbreakable run of text; a line may break before it. */
export interface Piece {
  text: string;
  /** Whether a space separates it from the previous piece (dropped when a line breaks there). */
  spaceBefore: boolean;
}

const CJK =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\u30FC\uFF00-\uFFEF]/u;

/** Must not start a line: closing brackets, stops, small kana and the prolonged sound mark. */
const NO_LINE_START = new Set(
  [..."、。，．・：；？！ー～…‥ゝゞヽヾぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ"]
    .concat([..."」』）］｝〕〉》】〙〗〟’”｠»"])
    .concat([...")]}.,:;!?%"]),
);

/** Must not end a line: opening brackets and quotes. */
const NO_LINE_END = new Set([..."「『（［｛〔〈《【〘〖〝‘“｟«([{"]);

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** Scripts written without spaces between words, which only a dictionary can break. */
const UNSPACED = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

const wordSegmenter = new Intl.Segmenter(undefined, { granularity: "word" });

/** UTF-16 offsets where a word starts, by ICU's word rules (dictionaries for unspaced scripts). */
function wordStarts(text: string): Set<number> {
  if (!UNSPACED.test(text)) return new Set();
  return new Set(Array.from(wordSegmenter.segment(text), (segment) => segment.index));
}

/** User-perceived characters, so a break never splits an emoji or a base from its accent. */
export function graphemes(text: string): string[] {
  return Array.from(graphemeSegmenter.segment(text), (s) => s.segment);
}

function isCjk(grapheme: string): boolean {
  return CJK.test(grapheme);
}

function isWordChar(grapheme: string): boolean {
  return /[\p{L}\p{N}]/u.test(grapheme);
}

/** Whether a line may break between two adjacent non-space characters. */
function canBreakBetween(before: string, after: string, beforeThat: string | undefined): boolean {
  if (NO_LINE_START.has(after) || NO_LINE_END.has(before)) return false;
  if (isCjk(before) || isCjk(after)) return true;
  // "self-|supervised", but not "-|1" or a lone leading "-".
  return before === "-" && beforeThat !== undefined && isWordChar(beforeThat) && isWordChar(after);
}

/** Collapses whitespace (titles may carry newlines from YAML) and splits into pieces. */
export function segmentText(text: string): Piece[] {
  const pieces: Piece[] = [];
  let current = "";
  let spaceBefore = false;
  let pendingSpace = false;
  let previous: string | undefined;
  let beforePrevious: string | undefined;
  const trimmed = text.trim();
  const starts = wordStarts(trimmed);
  let offset = 0;
  const flush = () => {
    if (current !== "") pieces.push({ text: current, spaceBefore });
    current = "";
  };
  for (const g of graphemes(trimmed)) {
    const at = offset;
    offset += g.length;
    if (/^\s+$/u.test(g)) {
      pendingSpace = true;
      // The hyphen rule looks back within a word only.
      previous = undefined;
      continue;
    }
    if (pendingSpace) {
      // A closing mark after a space still belongs to the previous word ("word )").
      if (!NO_LINE_START.has(g)) {
        flush();
        spaceBefore = true;
      } else {
        current += " ";
      }
    } else if (
      previous !== undefined &&
      (canBreakBetween(previous, g, beforePrevious) ||
        (starts.has(at) && UNSPACED.test(previous) && UNSPACED.test(g)))
    ) {
      flush();
      spaceBefore = false;
    }
    current += g;
    pendingSpace = false;
    beforePrevious = previous;
    previous = g;
  }
  flush();
  return pieces;
}

/** The text of consecutive pieces on one line. */
export function joinPieces(pieces: readonly Piece[]): string {
  return pieces.map((p, i) => (i > 0 && p.spaceBefore ? ` ${p.text}` : p.text)).join("");
}
