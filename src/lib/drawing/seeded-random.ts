// The decoration looks random but must be identical on every build, so it is driven by a PRNG
// seeded from the title rather than by Math.random.
import { createHash } from "node:crypto";

/** A 32-bit seed that changes with every character of the text. */
export function seedFromText(text: string): number {
  return createHash("sha256").update(text, "utf8").digest().readUInt32BE(0);
}

/** mulberry32: tiny, fast and good enough for scattering dots; floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal samples (Box–Muller), for cluster-shaped scatter. */
export function gaussian(random: () => number): () => number {
  return () => {
    const u = Math.max(random(), Number.EPSILON);
    const v = random();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
}
