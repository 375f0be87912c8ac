// Tiny SVG string helpers shared by every figure. They return markup fragments so that figure
// modules stay declarative and can be unit-tested without rasterising anything.
import { escapeXml, num } from "../../src/lib/drawing/escape-xml";

/** Okabe–Ito palette: distinguishable under the common forms of colour-vision deficiency. */
export const OKABE_ITO = {
  black: "#000000",
  orange: "#E69F00",
  sky: "#56B4E9",
  green: "#009E73",
  yellow: "#F0E442",
  blue: "#0072B2",
  vermillion: "#D55E00",
  purple: "#CC79A7",
} as const;

/** Light tints of the palette for box fills, so dark text on top keeps a high contrast. */
export const TINT = {
  orange: "#FCEBC7",
  sky: "#DCEFFB",
  green: "#CDEDE3",
  yellow: "#FBF7C9",
  blue: "#D4E6F3",
  vermillion: "#F8DCCA",
  purple: "#F4DFEB",
  grey: "#EEF0F3",
} as const;

/** Text colours: both exceed WCAG AA contrast on white and on every TINT. */
export const INK = "#1C2430";
export const MUTED = "#4A5566";

export const FONT_FAMILY = "Inter";

export type Weight = 400 | 600 | 700;
export type Anchor = "start" | "middle" | "end";

export { escapeXml, num };

function attrs(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}="${typeof value === "number" ? num(value) : escapeXml(value)}"`)
    .join(" ");
}

export interface TextOptions {
  size?: number;
  weight?: Weight;
  anchor?: Anchor;
  fill?: string;
  /** Rotation in degrees around (x, y); used for vertical axis titles. */
  rotate?: number;
  /** White outline behind the glyphs so labels stay legible over gridlines. */
  halo?: boolean;
}

/** Text whose baseline sits at y. */
export function text(x: number, y: number, content: string, options: TextOptions = {}): string {
  const { size = 28, weight = 400, anchor = "start", fill = INK, rotate, halo = false } = options;
  const common = {
    x,
    y,
    "font-family": FONT_FAMILY,
    "font-size": size,
    "font-weight": weight,
    "text-anchor": anchor,
    transform: rotate === undefined ? undefined : `rotate(${num(rotate)} ${num(x)} ${num(y)})`,
  };
  const body = escapeXml(content);
  const outline = halo
    ? `<text ${attrs({ ...common, fill: "#FFFFFF", stroke: "#FFFFFF", "stroke-width": size / 4, "stroke-linejoin": "round" })}>${body}</text>`
    : "";
  return `${outline}<text ${attrs({ ...common, fill })}>${body}</text>`;
}

/**
 * Inter's cap height is ~0.73 em, so shifting the baseline by 0.36 em centres capitals and
 * digits on y. resvg's dominant-baseline support is partial, so this is done by hand.
 */
export function centredText(
  x: number,
  y: number,
  content: string,
  options: TextOptions = {},
): string {
  const size = options.size ?? 28;
  return text(x, y + size * 0.36, content, { anchor: "middle", ...options });
}

/** Several lines centred as a block around y. */
export function textBlock(
  x: number,
  y: number,
  lines: readonly string[],
  options: TextOptions & { lineHeight?: number } = {},
): string {
  const size = options.size ?? 28;
  const lineHeight = options.lineHeight ?? size * 1.3;
  const top = y - ((lines.length - 1) * lineHeight) / 2;
  return lines
    .map((line, i) => centredText(x, top + i * lineHeight, line, { ...options, size }))
    .join("");
}

// Per-character advance widths (in em) for Inter, rounded up so layout checks are conservative.
const NARROW = new Set("ijlI.,:;'|!()[]{}/\\ ".split(""));
const SEMI_NARROW = new Set("frt1-\u00b7".split(""));
const WIDE = new Set("mwMW%@".split(""));

/** Conservative width estimate of a single line of Inter text, in px. */
export function textWidth(content: string, size = 28, weight: Weight = 400): number {
  const boldFactor = weight === 700 ? 1.06 : weight === 600 ? 1.04 : 1;
  let ems = 0;
  for (const ch of content) {
    if (NARROW.has(ch)) ems += 0.33;
    else if (SEMI_NARROW.has(ch)) ems += 0.42;
    else if (WIDE.has(ch)) ems += 0.95;
    else if (ch >= "A" && ch <= "Z") ems += 0.72;
    else ems += 0.6;
  }
  return ems * size * boldFactor;
}

export interface BoxOptions {
  fill?: string;
  stroke?: string;
  strokeWidth?: number;
  radius?: number;
  dash?: string;
  opacity?: number;
}

/** One place for the rule that a shape without a stroke carries no stroke width either. */
function paint({ fill = "none", stroke, strokeWidth = 3 }: BoxOptions) {
  return {
    fill,
    stroke: stroke ?? "none",
    "stroke-width": stroke === undefined ? undefined : strokeWidth,
  };
}

export function rect(x: number, y: number, w: number, h: number, options: BoxOptions = {}): string {
  const { radius = 0, dash, opacity } = options;
  return `<rect ${attrs({
    x,
    y,
    width: w,
    height: h,
    rx: radius,
    ...paint(options),
    "stroke-dasharray": dash,
    opacity,
  })}/>`;
}

export function circle(cx: number, cy: number, r: number, options: BoxOptions = {}): string {
  const { dash, opacity } = options;
  return `<circle ${attrs({ cx, cy, r, ...paint(options), "stroke-dasharray": dash, opacity })}/>`;
}

export interface LineOptions {
  color?: string;
  width?: number;
  dash?: string;
  opacity?: number;
}

export function line(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  options: LineOptions = {},
): string {
  const { color = INK, width = 3, dash, opacity } = options;
  return `<line ${attrs({
    x1,
    y1,
    x2,
    y2,
    stroke: color,
    "stroke-width": width,
    "stroke-dasharray": dash,
    "stroke-linecap": dash === undefined ? "round" : "butt",
    opacity,
  })}/>`;
}

export type Point = readonly [number, number];

export function polygon(points: readonly Point[], options: BoxOptions = {}): string {
  return `<polygon ${attrs({
    points: points.map(([x, y]) => `${num(x)},${num(y)}`).join(" "),
    ...paint(options),
    "stroke-linejoin": "round",
    opacity: options.opacity,
  })}/>`;
}

export function path(d: string, options: BoxOptions & { linecap?: string } = {}): string {
  const { dash, opacity, linecap } = options;
  return `<path ${attrs({
    d,
    ...paint(options),
    "stroke-dasharray": dash,
    "stroke-linecap": linecap,
    "stroke-linejoin": "round",
    opacity,
  })}/>`;
}

export interface ArrowOptions extends LineOptions {
  headLength?: number;
  headWidth?: number;
  /** Draw a head at the start as well (for "compare" relations). */
  both?: boolean;
}

/**
 * Arrowheads are explicit triangles rather than <marker>s: markers inherit neither colour nor
 * scale reliably across renderers, and the shaft must stop short of the tip to stay crisp.
 */
function head(tipX: number, tipY: number, angle: number, length: number, width: number): Point[] {
  const backX = tipX - Math.cos(angle) * length;
  const backY = tipY - Math.sin(angle) * length;
  const nx = -Math.sin(angle) * (width / 2);
  const ny = Math.cos(angle) * (width / 2);
  return [
    [tipX, tipY],
    [backX + nx, backY + ny],
    [backX - nx, backY - ny],
  ];
}

export function arrow(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  options: ArrowOptions = {},
): string {
  const {
    color = INK,
    width = 4,
    headLength = width * 4.5,
    headWidth = width * 4,
    both = false,
  } = options;
  const angle = Math.atan2(y2 - y1, x2 - x1);
  const trim = headLength * 0.8;
  const sx = both ? x1 + Math.cos(angle) * trim : x1;
  const sy = both ? y1 + Math.sin(angle) * trim : y1;
  const ex = x2 - Math.cos(angle) * trim;
  const ey = y2 - Math.sin(angle) * trim;
  const heads = [polygon(head(x2, y2, angle, headLength, headWidth), { fill: color })];
  if (both) {
    heads.push(polygon(head(x1, y1, angle + Math.PI, headLength, headWidth), { fill: color }));
  }
  return line(sx, sy, ex, ey, { ...options, color, width }) + heads.join("");
}

/** Quadratic curved arrow through control point (cx, cy). */
export function curvedArrow(
  from: Point,
  control: Point,
  to: Point,
  options: ArrowOptions = {},
): string {
  const { color = INK, width = 4, headLength = width * 4.5, headWidth = width * 4, dash } = options;
  const angle = Math.atan2(to[1] - control[1], to[0] - control[0]);
  const end: Point = [
    to[0] - Math.cos(angle) * headLength * 0.8,
    to[1] - Math.sin(angle) * headLength * 0.8,
  ];
  const d = `M${num(from[0])} ${num(from[1])} Q${num(control[0])} ${num(control[1])} ${num(end[0])} ${num(end[1])}`;
  return (
    path(d, { stroke: color, strokeWidth: width, dash, linecap: "round" }) +
    polygon(head(to[0], to[1], angle, headLength, headWidth), { fill: color })
  );
}

export function group(body: string, transform?: string): string {
  return transform === undefined ? `<g>${body}</g>` : `<g transform="${transform}">${body}</g>`;
}

/** A complete document with an opaque white background, so figures also work in dark mode. */
export function svgDocument(
  width: number,
  height: number,
  body: string,
  options: { background?: string; defs?: string } = {},
): string {
  const { background = "#FFFFFF", defs = "" } = options;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    defs === "" ? "" : `<defs>${defs}</defs>`,
    rect(0, 0, width, height, { fill: background }),
    body,
    "</svg>",
  ].join("");
}
