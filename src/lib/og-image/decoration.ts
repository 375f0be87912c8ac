// Point clusters, as in an embedding plot, seeded by the title: each card gets its own pattern
// but the same title always gets the same one.
import { COLOURS, DECORATION_BOX } from "./layout";
import { gaussian, mulberry32, seedFromText } from "../drawing/seeded-random";

export interface Dot {
  x: number;
  y: number;
  radius: number;
  colour: string;
}

/** Cluster centres sit in the four quadrants of the box, jittered, so clusters rarely merge. */
const QUADRANTS: readonly (readonly [number, number])[] = [
  [0.27, 0.2],
  [0.73, 0.4],
  [0.27, 0.62],
  [0.73, 0.84],
];

export function decorationDots(title: string): Dot[] {
  const random = mulberry32(seedFromText(title));
  const normal = gaussian(random);
  const { left, top, right, bottom } = DECORATION_BOX;
  const width = right - left;
  const height = bottom - top;
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  // Rotating the colour order and flipping columns varies the picture beyond the jitter.
  const shift = Math.floor(random() * COLOURS.accents.length);
  const flip = random() < 0.5;
  return QUADRANTS.flatMap(([fx, fy], index) => {
    const colour = COLOURS.accents[(index + shift) % COLOURS.accents.length] ?? COLOURS.title;
    const cx = left + (flip ? 1 - fx : fx) * width + (random() - 0.5) * 40;
    const cy = top + fy * height + (random() - 0.5) * 30;
    const spread = 22 + random() * 12;
    const count = 9 + Math.floor(random() * 6);
    return Array.from({ length: count }, () => {
      const radius = 4 + random() * 4;
      return {
        x: clamp(cx + normal() * spread, left + radius, right - radius),
        y: clamp(cy + normal() * spread, top + radius, bottom - radius),
        radius,
        colour,
      };
    });
  });
}
