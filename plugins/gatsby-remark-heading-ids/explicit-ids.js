// @ts-check
/**
 * `## Method {#sec-method}` gives the heading the id `sec-method`, as Pandoc and Quarto read it.
 * The attribute is the end of the heading's last text, and the id it names replaces the one made
 * from the text. gatsby-remark-autolink-headers, with its `enableCustomId` option
 * (src/lib/markdown/dialect.ts), reads the attribute the same way, takes it out of the heading
 * and links the heading to that id; the rule here is its rule, so the two always agree.
 *
 * @typedef {import("mdast").Heading} Heading
 * @typedef {import("mdast").Text} Text
 */

const ATTRIBUTE = /\s*\{#([\w-]+)\}$/;

/**
 * @param {Heading} heading
 * @returns {Text | null}
 */
function lastText(heading) {
  const last = heading.children[heading.children.length - 1];
  return last?.type === "text" ? last : null;
}

/**
 * The id a heading's `{#id}` attribute names, with the attribute's offset in the source, or null.
 * @param {Heading} heading
 * @returns {{ id: string; offset: number | null } | null}
 */
function explicitHeadingId(heading) {
  const text = lastText(heading);
  const match = text ? ATTRIBUTE.exec(text.value) : null;
  if (!text || !match || match[1] === undefined) return null;
  // A heading that would be left empty keeps its text, as autolink-headers leaves it.
  if (match.index === 0 && heading.children.length === 1) return null;
  const end = text.position?.end.offset;
  const offset = end === undefined ? null : end - (text.value.length - match.index);
  return { id: match[1], offset: offset === null ? null : offset + match[0].indexOf("{") };
}

module.exports = { explicitHeadingId };
