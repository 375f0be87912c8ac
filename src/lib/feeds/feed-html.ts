import { load } from "cheerio";
import { absolutizeUrls } from "./html-urls";
import { reduceKatexToMathml } from "./katex";
import { flattenResponsiveImages } from "./responsive-images";

/**
 * Elements that only work with the site's scripts and styles around them (copy buttons,
 * embedded widgets) or that readers strip anyway.
 */
const DROPPED_ELEMENTS = "script, style, button";

/**
 * Rewrites a post body as rendered on the site into HTML that stands on its own in a feed
 * reader: no scripts or styles, math as MathML, one plain image per figure, absolute URLs.
 */
export function feedHtml(html: string, pageUrl: string): string {
  const $ = load(html, null, false);
  $(DROPPED_ELEMENTS).remove();
  reduceKatexToMathml($);
  flattenResponsiveImages($);
  // Readers ignore or strip inline styles, and the site's ones assume its own stylesheet.
  $("[style]").removeAttr("style");
  absolutizeUrls($, pageUrl);
  return $.html();
}
