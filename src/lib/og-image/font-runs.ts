// Splits a line into runs of one font family each, CSS-style: every character goes to the first
// family in the stack that has it. Each run is later placed at its own x, so resvg shapes it
// with exactly that family and weight and never falls back on its own (see font-coverage.ts).
import { familyHas } from "./font-coverage";
import type { FontFamily } from "./fonts";
import { graphemes } from "./segment";

export interface FontRun {
  text: string;
  /** null for spaces between runs of different families: they only move the pen. */
  family: FontFamily | null;
}

export type CoverageTest = (family: FontFamily, grapheme: string) => boolean;

function isSpace(grapheme: string): boolean {
  return /^\s+$/u.test(grapheme);
}

export function splitRuns(
  text: string,
  families: readonly FontFamily[],
  has: CoverageTest = familyHas,
): FontRun[] {
  const primary = families[0];
  if (primary === undefined) throw new Error("a font stack needs at least one family");
  const chars = graphemes(text);
  // Characters no family has stay in the primary one, which draws its "missing" box.
  const familyOf = chars.map((g) =>
    isSpace(g) ? null : (families.find((family) => has(family, g)) ?? primary),
  );
  // A space between two characters of one family belongs to their run; at a change of family
  // it becomes a gap, so no run starts or ends with a space that SVG might collapse.
  chars.forEach((g, i) => {
    if (!isSpace(g)) return;
    const before = familyOf.slice(0, i).findLast((f) => f !== null);
    const after = familyOf.slice(i + 1).find((f) => f !== null);
    if (before !== undefined && before === after) familyOf[i] = before;
  });
  const runs: FontRun[] = [];
  chars.forEach((g, i) => {
    const family = familyOf[i] ?? null;
    const last = runs.at(-1);
    if (last !== undefined && last.family === family) last.text += g;
    else runs.push({ text: g, family });
  });
  return runs;
}
