/**
 * gatsby-remark-autolink-headers puts a link to each heading after its text, named after the
 * heading's id ("bert learns good representations of texts permalink"): lower-cased, without
 * punctuation, and for a Japanese heading or one with a formula not the heading at all. The
 * plugin has no option for the name, so the names are rewritten in the rendered HTML, from the
 * headings' own text. It is a plain string pass, so the server and the browser render the same.
 */

import { decodeEntities, escapeAttribute } from "./html-entities";

export const ANCHOR_LABEL_PREFIX = "Link to this section: ";

const ANCHOR_TAG = /<a\s[^>]*\bclass="anchor (?:after|before)"[^>]*>/g;

/** The id an in-page `href` points at: entities decoded, then percent-escapes. */
function targetId(href: string): string {
  const fragment = decodeEntities(href).replace(/^#/, "");
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/**
 * Names every heading anchor "Link to this section: <heading text>", or what `label` makes of
 * the heading's text (the page's language, from the interface strings).
 */
export function labelHeadingAnchors(
  html: string,
  headings: ReadonlyArray<{ id: string; text: string }>,
  label: (heading: string) => string = (heading) => `${ANCHOR_LABEL_PREFIX}${heading}`,
): string {
  const textById = new Map(headings.map((heading) => [heading.id, heading.text]));
  return html.replace(ANCHOR_TAG, (tag) => {
    const href = /\shref="(#[^"]*)"/.exec(tag)?.[1];
    const text = href === undefined ? undefined : textById.get(targetId(href));
    if (text === undefined || text === "") return tag;
    const named = `aria-label="${escapeAttribute(label(text))}"`;
    return /\saria-label="[^"]*"/.test(tag)
      ? tag.replace(/aria-label="[^"]*"/, named)
      : tag.replace(/^<a\s/, `<a ${named} `);
  });
}
