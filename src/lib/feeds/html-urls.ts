import type { CheerioAPI } from "cheerio";
import { absoluteSrcset } from "./srcset";
import { absoluteUrl } from "./urls";

/** Attributes whose whole value is a single URL. */
const URL_ATTRIBUTES = ["href", "src", "poster", "data", "cite", "xlink:href"] as const;

/**
 * Makes every URL in the markup absolute against the post's own URL. Feed readers show posts
 * away from the site, where a site-absolute "/static/x.png" would point at the reader's host.
 */
export function absolutizeUrls($: CheerioAPI, pageUrl: string): void {
  $("*").each((_, element) => {
    const node = $(element);
    for (const name of URL_ATTRIBUTES) {
      const value = node.attr(name);
      if (value !== undefined) node.attr(name, absoluteUrl(value, pageUrl));
    }
    const srcset = node.attr("srcset");
    if (srcset !== undefined) node.attr("srcset", absoluteSrcset(srcset, pageUrl));
  });
}
