// The order in which the words of a right-to-left line are drawn from left to right. resvg
// shapes and orders the letters inside each word (Arabic joined, right to left), but a line is
// laid out here run by run from the left, so the words themselves must come in visual order.

const RIGHT_TO_LEFT =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const LETTER = /\p{L}/u;

type WordKind = "rtl" | "ltr" | "neutral";

function kindOf(word: string): WordKind {
  if (RIGHT_TO_LEFT.test(word)) return "rtl";
  return LETTER.test(word) ? "ltr" : "neutral";
}

/**
 * The words of a line whose base direction is right to left, in the order they appear from left
 * to right. A run of left-to-right words ("PyTorch 2") keeps its own order as one block, numbers
 * and punctuation between two of its words included; every other word is a block of its own, and
 * the blocks are reversed. This is the Unicode bidirectional algorithm at the level of words,
 * which is all a card title needs: no word mixes scripts there.
 */
export function visualWordOrder(words: readonly string[]): string[] {
  const kinds = words.map(kindOf);
  const strongBefore = (i: number) => kinds.slice(0, i).findLast((kind) => kind !== "neutral");
  const strongAfter = (i: number) => kinds.slice(i + 1).find((kind) => kind !== "neutral");
  // Numbers after left-to-right words join them ("PyTorch 2"); other neutral words only when
  // left-to-right words stand on both sides, as in the Unicode algorithm.
  const inLtrBlock = kinds.map((kind, i) => {
    if (kind !== "neutral") return kind === "ltr";
    if (strongBefore(i) !== "ltr") return false;
    return /\p{N}/u.test(words[i] ?? "") || strongAfter(i) === "ltr";
  });
  const blocks: string[][] = [];
  words.forEach((word, i) => {
    const last = blocks.at(-1);
    if (inLtrBlock[i] && i > 0 && inLtrBlock[i - 1] && last !== undefined) last.push(word);
    else blocks.push([word]);
  });
  return blocks.reverse().flat();
}

/**
 * Whether a word reads right to left, so that its runs of different fonts ("#" in Inter, then
 * the Arabic letters of "#تعلم") are drawn in reverse: the first character at the right.
 */
export function isRightToLeftWord(word: string): boolean {
  return kindOf(word) === "rtl";
}
