// The social card: site name at the top, the title as large as fits, date and tags at the
// bottom, and a title-seeded dot pattern on the right.
import { isRightToLeft } from "../i18n/text-direction";
import { decorationDots } from "./decoration";
import { fitTitle } from "./fit-title";
import { fontStack } from "./fonts";
import { footerText } from "./footer";
import {
  COLOURS,
  FOOTER,
  MARGIN,
  OG_HEIGHT,
  OG_WIDTH,
  SITE_DOTS,
  SITE_NAME,
  TITLE_BOX,
  TITLE_TYPE,
} from "./layout";
import { ellipsize } from "./line-break";
import { inkWidthEm, pieceMeasurer, type FontStyle } from "./measure";
import { svgToPng } from "./render-png";
import { segmentText } from "./segment";
import { circleElement, textElement } from "./svg-elements";
import type { OgCardInput } from "./types";

export { OG_HEIGHT, OG_WIDTH } from "./layout";

/**
 * Site name and footer keep Inter first whatever the post's language: they look the same on
 * every card, dates are Latin anyway, and Japanese tags still fall back to Noto per glyph.
 */
const LABEL_FAMILIES = fontStack("en");

/** The dots must not compete with the title for attention. */
const DECORATION_OPACITY = 0.6;

function siteNameMarkup(siteName: string): string {
  const font: FontStyle = { families: LABEL_FAMILIES, weight: SITE_NAME.weight };
  const maxWidth = TITLE_BOX.right - SITE_NAME.x;
  const text = ellipsize(segmentText(siteName), maxWidth, pieceMeasurer(font, SITE_NAME.size));
  const style = { ...font, size: SITE_NAME.size, fill: COLOURS.siteName };
  const [first, second] = SITE_DOTS.xs;
  return [
    circleElement(first, SITE_DOTS.y, SITE_DOTS.radius, COLOURS.accents[0]),
    circleElement(second, SITE_DOTS.y, SITE_DOTS.radius, COLOURS.accents[1]),
    textElement(SITE_NAME.x, SITE_NAME.baseline, text, style, "site-name"),
  ].join("");
}

function titleMarkup(title: string, lang: string): string {
  const rightToLeft = isRightToLeft(lang);
  const font: FontStyle = { families: fontStack(lang), weight: TITLE_TYPE.weight, rightToLeft };
  const { ascent, descent } = TITLE_TYPE;
  const boxHeight = TITLE_BOX.bottom - TITLE_BOX.top;
  const fit = fitTitle(title, {
    maxWidth: TITLE_BOX.right - TITLE_BOX.left,
    maxHeight: boxHeight,
    maxLines: TITLE_TYPE.maxLines,
    sizes: TITLE_TYPE.sizes,
    lineHeight: TITLE_TYPE.lineHeight,
    extent: ascent + descent,
    measurePieces: (pieces, size) => pieceMeasurer(font, size)(pieces),
    measureText: (text, size) => inkWidthEm(text, font) * size,
  });
  const extent = (fit.lines.length - 1) * fit.lineHeight + fit.fontSize * (ascent + descent);
  // Centred in the box so short titles do not hang under the site name.
  const firstBaseline = TITLE_BOX.top + (boxHeight - extent) / 2 + fit.fontSize * ascent;
  const style = { ...font, size: fit.fontSize, fill: COLOURS.title };
  // A right-to-left title starts at the right edge of its box, as its readers start reading.
  const lineX = (line: string) =>
    rightToLeft ? TITLE_BOX.right - inkWidthEm(line, font) * fit.fontSize : TITLE_BOX.left;
  const lines = fit.lines.map((line, i) =>
    textElement(lineX(line), firstBaseline + i * fit.lineHeight, line, style, "title-line"),
  );
  return lines.join("");
}

function footerMarkup(input: OgCardInput): string {
  // In a right-to-left language the date and tags read from the right, as the title does.
  const rightToLeft = isRightToLeft(input.lang);
  const font: FontStyle = { families: LABEL_FAMILIES, weight: FOOTER.weight, rightToLeft };
  const text = footerText(
    input.dateText,
    input.tags,
    OG_WIDTH - 2 * MARGIN,
    (line) => inkWidthEm(line, font) * FOOTER.size,
    pieceMeasurer(font, FOOTER.size),
  );
  if (text === "") return "";
  const style = { ...font, size: FOOTER.size, fill: COLOURS.footer };
  const x = rightToLeft ? OG_WIDTH - MARGIN - inkWidthEm(text, font) * FOOTER.size : MARGIN;
  return textElement(x, FOOTER.baseline, text, style, "footer");
}

function decorationMarkup(title: string): string {
  const dots = decorationDots(title).map((dot) =>
    circleElement(dot.x, dot.y, dot.radius, dot.colour, DECORATION_OPACITY),
  );
  return `<g class="decoration">${dots.join("")}</g>`;
}

/** The card as an SVG document; a pure function of the input. */
export function ogCardSvg(input: OgCardInput): string {
  // An untitled page still deserves a card that says where it is from.
  const title = input.title.trim() === "" ? input.siteName : input.title;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">`,
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${COLOURS.background}"/>`,
    decorationMarkup(title),
    siteNameMarkup(input.siteName),
    titleMarkup(title, input.lang),
    footerMarkup(input),
    "</svg>",
  ].join("");
}

/** The card as a 1200×630 PNG; the same input always gives the same bytes. */
export async function drawOgCard(input: OgCardInput): Promise<Buffer> {
  return svgToPng(ogCardSvg(input));
}
