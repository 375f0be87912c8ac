// The footer line: "April 20, 2020 · #en · #deep-learning". Many tags must not run off the card,
// and dropping whole tags (with a count of the rest) reads better than cutting one in half.
import { ellipsize, type MeasurePieces } from "./line-break";
import { segmentText } from "./segment";

export const SEPARATOR = " · ";

export function footerText(
  dateText: string | null,
  tags: readonly string[],
  maxWidth: number,
  measure: (text: string) => number,
  measurePieces: MeasurePieces,
): string {
  const date = dateText?.trim() ? [dateText.trim()] : [];
  const hashtags = tags
    .map((tag) => tag.trim())
    .filter((tag) => tag !== "")
    .map((tag) => `#${tag}`);
  for (let shown = hashtags.length; shown >= 0; shown -= 1) {
    const hidden = hashtags.length - shown;
    const items = [...date, ...hashtags.slice(0, shown), ...(hidden > 0 ? [`+${hidden}`] : [])];
    const text = items.join(SEPARATOR);
    // The cheap estimate rules most candidates out before the exact measurement runs.
    if (measurePieces(segmentText(text)) <= maxWidth && measure(text) <= maxWidth) return text;
  }
  // Only an absurdly long date gets here.
  return ellipsize(segmentText(date.join("")), maxWidth, measurePieces);
}
