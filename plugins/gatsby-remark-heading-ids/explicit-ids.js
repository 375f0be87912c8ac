// @ts-check
/**
 * `## Method {#sec-method}` gives the heading the id `sec-method`, as Pandoc and Quarto read it.
 * The attribute is the end of the heading's last text; it never shows on the page, and the id it
 * names replaces the one made from the text.
 *
 * @typedef {import("mdast").Heading} Heading
 * @typedef {import("mdast").Text} Text
 */

const ATTRIBUTE = /\s*\{#([A-Za-z][\w:.-]*)\}\s*$/;

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
  const end = text.position?.end.offset;
  const offset = end === undefined ? null : end - (text.value.length - match.index);
  return { id: match[1], offset: offset === null ? null : offset + match[0].indexOf("{") };
}

/**
 * The heading's text without its `{#id}` attribute: what slugs and labels are made from.
 * @param {Heading} heading
 * @param {string} text the heading's whole text
 */
function withoutAttribute(heading, text) {
  return explicitHeadingId(heading) ? text.replace(ATTRIBUTE, "") : text;
}

/**
 * Takes the attribute out of the heading, so the page shows only the title.
 * @param {Heading} heading
 */
function removeAttribute(heading) {
  const text = lastText(heading);
  if (text && ATTRIBUTE.test(text.value)) text.value = text.value.replace(ATTRIBUTE, "");
  if (text && text.value === "") heading.children.pop();
}

module.exports = { explicitHeadingId, withoutAttribute, removeAttribute };
