/**
 * Characters XML 1.0 forbids anywhere in a document, even escaped: C0 controls other than tab,
 * newline and carriage return, lone surrogates, U+FFFE and U+FFFF. One stray control character
 * pasted into a post would otherwise make every feed reader reject the whole feed.
 */
const INVALID_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function stripInvalidXmlChars(text: string): string {
  return text.replace(INVALID_XML_CHARS, "");
}

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
};

/**
 * Escapes text for use in an XML text node or a double-quoted attribute value, so callers need
 * not remember which context they are in. ">" is escaped too because "]]>" is not allowed in
 * text. "'" is left alone: attributes here are always double-quoted, and `&apos;` is not an HTML 4
 * entity, which matters to the readers that treat RSS text as HTML.
 */
export function escapeXml(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>"]/g, (char) => ESCAPES[char] ?? char);
}

/**
 * Wraps text in a CDATA section. A CDATA section cannot contain "]]>", so each occurrence is
 * split across two sections; a parser joins them back into the original text.
 */
export function cdata(text: string): string {
  const safe = stripInvalidXmlChars(text).replaceAll("]]>", "]]]]><![CDATA[>");
  return `<![CDATA[${safe}]]>`;
}

/** `<name attr="…">escaped text</name>`, the shape of almost every line in a feed. */
export function textElement(
  name: string,
  text: string,
  attributes: Readonly<Record<string, string>> = {},
): string {
  const attrs = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join("");
  return `<${name}${attrs}>${escapeXml(text)}</${name}>`;
}
