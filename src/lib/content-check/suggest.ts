/** "Did you mean …?" for names an author almost typed right. */

/**
 * Edit distance where swapping two neighbouring characters counts as one edit (optimal string
 * alignment), because `tilte` for `title` is one slip of the fingers, not two.
 */
export function editDistance(a: string, b: string): number {
  // Code points, so that an emoji or a CJK character counts as one character.
  const s = [...a];
  const t = [...b];
  // Three rows are enough: the transposition looks two rows back.
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(
        (previous[j] ?? Infinity) + 1,
        (current[j - 1] ?? Infinity) + 1,
        (previous[j - 1] ?? Infinity) + cost,
      );
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        best = Math.min(best, (beforePrevious[j - 2] ?? Infinity) + 1);
      }
      current.push(best);
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[t.length] ?? Math.max(s.length, t.length);
}

/**
 * The candidate nearest to `word`, or null when none is within `maxDistance` edits. Case is
 * ignored, since `Title` for `title` is the likeliest slip of all; on a tie the earlier candidate
 * wins, so callers list the names they would rather suggest first.
 */
export function closestName(
  word: string,
  candidates: readonly string[],
  maxDistance = 2,
): string | null {
  const lowerWord = word.toLowerCase();
  let best: string | null = null;
  let bestDistance = maxDistance + 1;
  for (const candidate of candidates) {
    const distance = editDistance(lowerWord, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
