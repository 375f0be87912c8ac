/**
 * The sites a built page embeds, read from the placeholders the build wrote for its iframes
 * (plugins/gatsby-remark-raw-html/render.js), so that `frame-src` allows exactly those and no
 * other: a page's frames are what its HTML says, whatever the Markdown once held.
 */

import { attributeValue, htmlTags } from "../../../plugins/gatsby-remark-raw-html/html-tags";
import { EMBED_DATA_PREFIX } from "../../../plugins/gatsby-remark-raw-html/render";

const SOURCE_ATTRIBUTE = `${EMBED_DATA_PREFIX}src`;

/** The https origins of every embed placeholder in `html`, sorted and without repeats. */
export function embedOrigins(html: string): string[] {
  // Most pages have none; reading their tags would be wasted work.
  if (!html.includes(SOURCE_ATTRIBUTE)) return [];
  const origins = new Set<string>();
  for (const tag of htmlTags(html)) {
    if (tag.type !== "start") continue;
    const source = attributeValue(tag, SOURCE_ATTRIBUTE);
    if (source === null || !source.startsWith("https://")) continue;
    try {
      origins.add(new URL(source).origin);
    } catch {
      // Not a URL: the browser script would not load it either.
    }
  }
  return [...origins].sort();
}
