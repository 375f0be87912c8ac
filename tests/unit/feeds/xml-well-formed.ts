/**
 * A strict XML 1.0 well-formedness check for the documents the feed modules write. cheerio's XML
 * mode is forgiving: it reads "a & b" or an unclosed tag without complaint, so it cannot tell a
 * broken feed from a good one. Feed readers are not forgiving, so the tests run this first.
 * It covers what those documents can contain (declaration, elements, attributes, text, CDATA,
 * comments, processing instructions, predefined and numeric references, namespace prefixes);
 * a DOCTYPE is rejected outright since none of them should have one.
 */

export class XmlError extends Error {}

/**
 * Element and attribute names, with at most one colon (namespace prefix). Limited to ASCII, the
 * only names these documents use; a non-ASCII name is reported, which errs on the strict side.
 */
const QNAME = /[A-Z_a-z][-.0-9A-Z_a-z]*(?::[A-Z_a-z][-.0-9A-Z_a-z]*)?/y;
const ILLEGAL_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const REFERENCE = /&(?:(amp|lt|gt|quot|apos)|#([0-9]+)|#x([0-9A-Fa-f]+));/y;
const SPACE = /[ \t\r\n]*/y;
const PREDECLARED = new Set(["xml", "xmlns"]);

function isLegalCodePoint(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

interface OpenElement {
  name: string;
  /** Prefixes declared on this element. */
  prefixes: Set<string>;
}

class Scanner {
  pos = 0;
  readonly stack: OpenElement[] = [];

  constructor(readonly xml: string) {}

  fail(message: string): never {
    const before = this.xml.slice(0, this.pos);
    const line = before.split("\n").length;
    const column = this.pos - before.lastIndexOf("\n");
    throw new XmlError(`${message} at line ${line}, column ${column}`);
  }

  startsWith(text: string): boolean {
    return this.xml.startsWith(text, this.pos);
  }

  skipSpace(): boolean {
    SPACE.lastIndex = this.pos;
    SPACE.exec(this.xml);
    const skipped = SPACE.lastIndex > this.pos;
    this.pos = SPACE.lastIndex;
    return skipped;
  }

  expect(text: string): void {
    if (!this.startsWith(text)) this.fail(`expected "${text}"`);
    this.pos += text.length;
  }

  readName(): string {
    QNAME.lastIndex = this.pos;
    const match = QNAME.exec(this.xml);
    if (match === null) this.fail("expected a name");
    this.pos = QNAME.lastIndex;
    return match[0];
  }

  /** Index just past `terminator`, failing if the construct never ends. */
  through(terminator: string, what: string): string {
    const end = this.xml.indexOf(terminator, this.pos);
    if (end === -1) this.fail(`unterminated ${what}`);
    const body = this.xml.slice(this.pos, end);
    this.pos = end + terminator.length;
    return body;
  }

  /** Every "&" in character data must start a reference XML knows without a DTD. */
  checkReferences(text: string, offset: number): void {
    let index = text.indexOf("&");
    while (index !== -1) {
      REFERENCE.lastIndex = index;
      const match = REFERENCE.exec(text);
      if (match === null) {
        this.pos = offset + index;
        this.fail('"&" that does not start an entity or character reference');
      }
      const [, , decimal, hex] = match;
      const code =
        decimal !== undefined ? Number(decimal) : hex !== undefined ? parseInt(hex, 16) : 0x20;
      if (!isLegalCodePoint(code)) {
        this.pos = offset + index;
        this.fail("character reference to a character XML forbids");
      }
      index = text.indexOf("&", index + 1);
    }
  }

  isDeclared(prefix: string, own: Set<string>): boolean {
    return (
      PREDECLARED.has(prefix) ||
      own.has(prefix) ||
      this.stack.some((element) => element.prefixes.has(prefix))
    );
  }

  checkPrefix(name: string, own: Set<string>): void {
    const colon = name.indexOf(":");
    if (colon === -1) return;
    const prefix = name.slice(0, colon);
    if (!this.isDeclared(prefix, own)) this.fail(`undeclared namespace prefix "${prefix}"`);
  }

  startTag(): void {
    this.expect("<");
    const name = this.readName();
    const attributes = new Set<string>();
    const prefixes = new Set<string>();
    for (;;) {
      const spaced = this.skipSpace();
      if (this.startsWith("/>") || this.startsWith(">")) break;
      if (!spaced) this.fail("expected whitespace before an attribute");
      const attribute = this.readName();
      if (attributes.has(attribute)) this.fail(`duplicate attribute "${attribute}"`);
      attributes.add(attribute);
      this.skipSpace();
      this.expect("=");
      this.skipSpace();
      const quote = this.xml[this.pos];
      if (quote !== '"' && quote !== "'") this.fail("attribute value without quotes");
      this.pos += 1;
      const valueStart = this.pos;
      const value = this.through(quote, "attribute value");
      if (value.includes("<")) {
        this.pos = valueStart;
        this.fail('"<" in an attribute value');
      }
      this.checkReferences(value, valueStart);
      if (attribute.startsWith("xmlns:")) prefixes.add(attribute.slice("xmlns:".length));
    }
    this.checkPrefix(name, prefixes);
    for (const attribute of attributes) {
      if (!attribute.startsWith("xmlns:")) this.checkPrefix(attribute, prefixes);
    }
    if (this.startsWith("/>")) {
      this.pos += 2;
    } else {
      this.pos += 1;
      this.stack.push({ name, prefixes });
    }
  }

  endTag(): void {
    this.expect("</");
    const name = this.readName();
    this.skipSpace();
    this.expect(">");
    const open = this.stack.pop();
    if (open === undefined) this.fail(`end tag </${name}> without a start tag`);
    if (open.name !== name) this.fail(`end tag </${name}> closes <${open.name}>`);
  }

  text(): void {
    const start = this.pos;
    const next = this.xml.indexOf("<", this.pos);
    this.pos = next === -1 ? this.xml.length : next;
    const text = this.xml.slice(start, this.pos);
    if (this.stack.length === 0 && text.trim() !== "") {
      this.pos = start;
      this.fail("text outside the root element");
    }
    const cdataEnd = text.indexOf("]]>");
    if (cdataEnd !== -1) {
      this.pos = start + cdataEnd;
      this.fail('"]]>" in text');
    }
    this.checkReferences(text, start);
  }

  document(): void {
    const illegal = ILLEGAL_CHAR.exec(this.xml);
    if (illegal !== null) {
      this.pos = illegal.index;
      this.fail("character XML forbids");
    }
    if (this.startsWith("<?xml ")) {
      const declaration = this.through("?>", "XML declaration");
      if (
        !/^<\?xml version="1\.[0-9]"( encoding="[A-Za-z][-A-Za-z0-9._]*")?\s*$/.test(declaration)
      ) {
        this.pos = 0;
        this.fail("malformed XML declaration");
      }
    }
    let rootSeen = false;
    while (this.pos < this.xml.length) {
      if (this.startsWith("<!--")) {
        this.pos += 4;
        const comment = this.through("-->", "comment");
        if (comment.includes("--") || comment.endsWith("-")) this.fail('"--" inside a comment');
      } else if (this.startsWith("<![CDATA[")) {
        if (this.stack.length === 0) this.fail("CDATA outside the root element");
        this.pos += "<![CDATA[".length;
        this.through("]]>", "CDATA section");
      } else if (this.startsWith("<?")) {
        this.pos += 2;
        if (this.readName().toLowerCase() === "xml") this.fail("misplaced XML declaration");
        this.through("?>", "processing instruction");
      } else if (this.startsWith("<!")) {
        this.fail("unsupported markup declaration");
      } else if (this.startsWith("</")) {
        this.endTag();
      } else if (this.startsWith("<")) {
        if (this.stack.length === 0 && rootSeen) this.fail("second root element");
        rootSeen = true;
        this.startTag();
      } else {
        this.text();
      }
    }
    const unclosed = this.stack.at(-1);
    if (unclosed !== undefined) this.fail(`<${unclosed.name}> is never closed`);
    if (!rootSeen) this.fail("no root element");
  }
}

/** Throws an `XmlError` naming the first place `xml` is not a well-formed XML 1.0 document. */
export function assertWellFormedXml(xml: string): void {
  new Scanner(xml).document();
}
