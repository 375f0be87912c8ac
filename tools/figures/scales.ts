// Pure axis mappings, kept separate so the chart geometry can be tested without drawing.

export type Scale = (value: number) => number;

export function linearScale(
  [d0, d1]: readonly [number, number],
  [r0, r1]: readonly [number, number],
): Scale {
  if (d0 === d1) throw new Error("linearScale needs a non-empty domain");
  return (value) => r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
}

/** Equal ratios map to equal distances, e.g. 100 M -> 1 B and 1 B -> 10 B span the same length. */
export function logScale(
  [d0, d1]: readonly [number, number],
  [r0, r1]: readonly [number, number],
): Scale {
  if (d0 <= 0 || d1 <= 0) throw new Error("logScale needs a positive domain");
  const inner = linearScale([Math.log10(d0), Math.log10(d1)], [r0, r1]);
  return (value) => {
    if (value <= 0) throw new Error(`logScale cannot map ${value}`);
    return inner(Math.log10(value));
  };
}

/** Human label for a parameter count: 94e6 -> "94 M", 1.5e9 -> "1.5 B". */
export function formatParams(count: number): string {
  const [value, unit] = count >= 1e9 ? [count / 1e9, "B"] : [count / 1e6, "M"];
  const digits = value >= 10 ? 0 : 1;
  const rounded = Number(value.toFixed(digits));
  return `${rounded} ${unit}`;
}
