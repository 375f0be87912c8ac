// Minimal SVG markup builders; text content and attribute values are escaped.
import { escapeXml, num } from "../drawing/escape-xml";
import { familyAttribute } from "./fonts";
import { layoutLine, type FontStyle } from "./measure";

export interface TextStyle extends FontStyle {
  size: number;
  fill: string;
}

/**
 * One line of text with its baseline starting at (x, y). Runs of different families get their
 * own x (measured), so resvg sets each in its own font; `className` lets tests find the parts.
 */
export function textElement(
  x: number,
  y: number,
  content: string,
  style: TextStyle,
  className: string,
): string {
  const { runs } = layoutLine(content, style);
  const primary = style.families[0];
  if (primary === undefined) throw new Error("a font stack needs at least one family");
  const common =
    `class="${escapeXml(className)}" font-size="${num(style.size)}" ` +
    `font-weight="${style.weight}" fill="${style.fill}"`;
  const only = runs.length === 1 ? runs[0] : undefined;
  if (only !== undefined) {
    const family = escapeXml(familyAttribute(style.families, only.family));
    return (
      `<text ${common} x="${num(x + only.offsetEm * style.size)}" y="${num(y)}" ` +
      `font-family="${family}">${escapeXml(only.text)}</text>`
    );
  }
  const spans = runs.map((run) => {
    const family = escapeXml(familyAttribute(style.families, run.family));
    const runX = num(x + run.offsetEm * style.size);
    return `<tspan x="${runX}" font-family="${family}">${escapeXml(run.text)}</tspan>`;
  });
  const family = escapeXml(familyAttribute(style.families, primary));
  return `<text ${common} x="${num(x)}" y="${num(y)}" font-family="${family}">${spans.join("")}</text>`;
}

export function circleElement(
  cx: number,
  cy: number,
  r: number,
  fill: string,
  opacity = 1,
): string {
  const alpha = opacity === 1 ? "" : ` fill-opacity="${num(opacity)}"`;
  return `<circle cx="${num(cx)}" cy="${num(cy)}" r="${num(r)}" fill="${fill}"${alpha}/>`;
}
