// @ts-check
/**
 * The tags of an HTML fragment with where each one and each of its attributes starts, read the
 * way a browser's tokenizer reads them. A tokenizer rather than a parser on purpose: a tree
 * builder drops or moves elements that are out of place in the fragment (a `<td>` outside its
 * table), while the page they end up in may well give them a place, handlers included.
 *
 * @typedef {object} HtmlAttribute
 * @property {string} name lower case, as the browser matches it
 * @property {string} value with numeric character references and those that can hide a URL
 *   scheme decoded: enough to judge it, not to publish it (see `raw`)
 * @property {string} raw the value as written
 * @property {number} start index of the name
 * @property {number} end index just after the value (or the name, without a value)
 *
 * @typedef {object} StartTag
 * @property {"start"} type
 * @property {string} name lower case
 * @property {number} start index of the `<`
 * @property {number} end index just after the `>`, or the end of the fragment
 * @property {boolean} complete false when the fragment ends inside the tag
 * @property {HtmlAttribute[]} attributes in the order written, repeats included
 * @property {number} [textEnd] for elements whose content is text (script, style, iframe, …):
 *   where that text ends, at its end tag or at the end of the fragment
 *
 * @typedef {object} EndTag
 * @property {"end"} type
 * @property {string} name
 * @property {number} start
 * @property {number} end
 *
 * @typedef {StartTag | EndTag} HtmlTag
 */

/** Elements whose content is text up to their end tag, so markup inside them is not markup. */
const TEXT_ELEMENTS = new Set([
  "script",
  "style",
  "textarea",
  "title",
  "xmp",
  "iframe",
  "noembed",
  "noframes",
  "noscript",
]);

const SPACE = /[\t\n\f\r ]/;

/** The named references a URL scheme can be hidden with (`javascript&colon;`), and the usual five. */
const NAMED_REFERENCES = /** @type {Record<string, string>} */ ({
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  colon: ":",
  tab: "\t",
  newline: "\n",
  lpar: "(",
  rpar: ")",
  sol: "/",
});

/**
 * Decodes character references in an attribute value or text: numeric ones and the named ones a
 * check has to see through. Other names are left as written.
 * @param {string} text
 */
function decodeReferences(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);?/gi, (whole, body) => {
    if (body[0] === "#") {
      const hex = body[1] === "x" || body[1] === "X";
      const code = hex ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "\uFFFD";
    }
    return NAMED_REFERENCES[body.toLowerCase()] ?? whole;
  });
}

/** @param {string | undefined} char */
function isLetter(char) {
  return char !== undefined && /[A-Za-z]/.test(char);
}

/** @param {string | undefined} char */
function endsName(char) {
  return char === undefined || char === "/" || char === ">" || SPACE.test(char);
}

/**
 * Reads a start tag whose `<` is at `start`.
 * @param {string} html
 * @param {number} start
 * @returns {StartTag}
 */
function readStartTag(html, start) {
  let index = start + 1;
  while (!endsName(html[index])) index++;
  const name = html.slice(start + 1, index).toLowerCase();
  /** @type {HtmlAttribute[]} */
  const attributes = [];
  const incomplete = () => ({
    type: /** @type {const} */ ("start"),
    name,
    start,
    end: html.length,
    complete: false,
    attributes,
  });
  for (;;) {
    while (index < html.length && (html[index] === "/" || SPACE.test(html[index] ?? ""))) index++;
    if (index >= html.length) return incomplete();
    if (html[index] === ">") {
      return { type: "start", name, start, end: index + 1, complete: true, attributes };
    }
    const nameStart = index;
    index++; // A first `=` belongs to the name.
    while (!endsName(html[index]) && html[index] !== "=") index++;
    const attributeName = html.slice(nameStart, index).toLowerCase();
    let afterName = index;
    while (afterName < html.length && SPACE.test(html[afterName] ?? "")) afterName++;
    let value = "";
    if (html[afterName] === "=") {
      index = afterName + 1;
      while (index < html.length && SPACE.test(html[index] ?? "")) index++;
      const quote = html[index];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, index + 1);
        if (close === -1) return incomplete();
        value = html.slice(index + 1, close);
        index = close + 1;
      } else {
        const valueStart = index;
        while (index < html.length && html[index] !== ">" && !SPACE.test(html[index] ?? "")) {
          index++;
        }
        value = html.slice(valueStart, index);
      }
    }
    attributes.push({
      name: attributeName,
      value: decodeReferences(value),
      raw: value,
      start: nameStart,
      end: index,
    });
  }
}

/**
 * Where the text of a text-only element ends: the `<` of its end tag, or the end of the fragment.
 * @param {string} html
 * @param {string} name
 * @param {number} from
 */
function textEnd(html, name, from) {
  const pattern = new RegExp(`</${name}(?=[\\t\\n\\f\\r />]|$)`, "gi");
  pattern.lastIndex = from;
  return pattern.exec(html)?.index ?? html.length;
}

/**
 * Where a comment that starts at `start` ends, or -1 when the fragment ends inside it.
 * `<!-->` and `<!--->` are whole (empty) comments.
 * @param {string} html
 * @param {number} start
 */
function commentEnd(html, start) {
  if (html[start + 4] === ">") return start + 5;
  if (html.startsWith("->", start + 4)) return start + 6;
  const ends = [html.indexOf("-->", start + 4), html.indexOf("--!>", start + 4)].filter(
    (end) => end !== -1,
  );
  if (ends.length === 0) return -1;
  const end = Math.min(...ends);
  return end + (html.startsWith("-->", end) ? 3 : 4);
}

/**
 * Every start and end tag of `html`, in order. Comments, doctypes and processing instructions
 * are skipped; the text of script, style, iframe and the other text-only elements is not read
 * as markup. A fragment that ends inside a tag gives that tag last, with `complete: false`.
 * @param {string} html
 * @returns {HtmlTag[]}
 */
function htmlTags(html) {
  /** @type {HtmlTag[]} */
  const tags = [];
  let index = html.indexOf("<");
  while (index !== -1) {
    const next = html[index + 1];
    let resume = index + 1;
    if (html.startsWith("<!--", index)) {
      resume = commentEnd(html, index);
      if (resume === -1) break;
    } else if (next === "!" || next === "?") {
      resume = html.indexOf(">", index) + 1;
      if (resume === 0) break;
    } else if (next === "/" && isLetter(html[index + 2])) {
      let nameEnd = index + 2;
      while (!endsName(html[nameEnd])) nameEnd++;
      const close = html.indexOf(">", nameEnd);
      const end = close === -1 ? html.length : close + 1;
      tags.push({
        type: "end",
        name: html.slice(index + 2, nameEnd).toLowerCase(),
        start: index,
        end,
      });
      resume = end;
    } else if (isLetter(next)) {
      const tag = readStartTag(html, index);
      tags.push(tag);
      if (!tag.complete || tag.name === "plaintext") break;
      resume = tag.end;
      if (TEXT_ELEMENTS.has(tag.name)) {
        tag.textEnd = textEnd(html, tag.name, tag.end);
        resume = tag.textEnd;
      }
    }
    index = html.indexOf("<", resume);
  }
  return tags;
}

/**
 * The value of the first attribute called `name` (as browsers keep the first of repeats), decoded
 * as far as `decodeReferences` goes.
 * @param {StartTag} tag
 * @param {string} name
 * @returns {string | null}
 */
function attributeValue(tag, name) {
  return tag.attributes.find((attribute) => attribute.name === name)?.value ?? null;
}

/**
 * The classes of a tag, from its `class` attribute.
 * @param {StartTag} tag
 * @returns {string[]}
 */
function classList(tag) {
  return (attributeValue(tag, "class") ?? "").split(/[\t\n\f\r ]+/).filter(Boolean);
}

/**
 * The index of the end tag that closes the start tag at `tags[openIndex]`, counting elements of
 * the same name nested inside it, or -1 when the fragment does not close it.
 * @param {HtmlTag[]} tags
 * @param {number} openIndex
 */
function closingTagIndex(tags, openIndex) {
  const open = tags[openIndex];
  if (open === undefined) return -1;
  let depth = 0;
  for (let index = openIndex; index < tags.length; index++) {
    const tag = tags[index];
    if (tag === undefined || tag.name !== open.name) continue;
    depth += tag.type === "start" ? 1 : -1;
    if (depth === 0) return index;
  }
  return -1;
}

module.exports = { htmlTags, attributeValue, classList, closingTagIndex, decodeReferences };
