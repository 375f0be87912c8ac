import { defaultParallelism } from "../parallel/map-in-parallel";

/**
 * How many cards to draw at once. About half of a card's time is on the main thread (fitting
 * the title, shaping, copying resvg's pixels out) and half on native threads (resvg's
 * rendering, sharp's encoding), so with one card per core the main thread idled 41 % of the
 * time, waiting on them; two per core keep every core busy. Drawn alone, 1,000 cards took
 * 18.0 ms each with 2 in flight, 16.9 with 3 and 14.5 with 4, on 2 cores.
 */
export function cardsInFlight(): number {
  return 2 * defaultParallelism();
}
