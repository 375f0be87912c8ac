import type { Random } from "./random";

/**
 * Draws items in a shuffled order without repeating one until all have been drawn, like cards
 * from a deck, so a post does not say the same thing twice in a row.
 */
export function deck<T>(random: Random, items: readonly T[]): () => T {
  let remaining: T[] = [];
  let last: T | undefined;
  return () => {
    if (remaining.length === 0) {
      remaining = random.shuffle(items);
      // The first card of a new round must not repeat the last card of the previous one.
      if (remaining.length > 1 && remaining.at(-1) === last)
        remaining.unshift(remaining.pop() as T);
    }
    last = remaining.pop() as T;
    return last;
  };
}
