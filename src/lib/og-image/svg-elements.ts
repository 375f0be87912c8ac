// Minimal SVG markup builders; attribute values are escaped.
import { escapeXml, num } from "../drawing/escape-xml";
import { runOutlines } from "./glyph-outlines";
import { layoutLine, type FontStyle } from "./measure";

export interface TextStyle extends FontStyle {
  size: number;
  fill: string;
}

/**
 * One line of text with its baseline starting at (x, y), drawn as the outlines of its glyphs
 * (glyph-outlines.ts), each font run at the x it was measured at. The group keeps what was set
 * where, for tests and anyone reading the SVG: the text, its origin and size, and the families
 * its runs are set in; `className` names the part of the card.
 */
export function textElement(
  x: number,
  y: number,
  content: string,
  style: TextStyle,
  className: string,
): string {
  const { runs } = layoutLine(content, style);
  const families = [...new Set(runs.map((run) => run.family))].join(", ");
  const paths = runs.map((run) =>
    runOutlines(run.text, run.family, style.weight, x + run.offsetEm * style.size, y, style.size),
  );
  return (
    `<g class="${escapeXml(className)}" fill="${style.fill}" data-text="${escapeXml(content)}" ` +
    `data-x="${num(x)}" data-y="${num(y)}" data-size="${num(style.size)}" ` +
    `data-families="${escapeXml(families)}">${paths.join("")}</g>`
  );
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
