import assert from "node:assert/strict";
import { test } from "node:test";
import { load } from "cheerio";
import { cdata, escapeXml, stripInvalidXmlChars, textElement } from "../../../src/lib/feeds/xml";
import { assertWellFormedXml } from "./xml-well-formed";

test("escapeXml escapes markup characters and quotes", () => {
  assert.equal(escapeXml(`<a href="x">Q&A</a>`), "&lt;a href=&quot;x&quot;&gt;Q&amp;A&lt;/a&gt;");
  assert.equal(escapeXml("it's"), "it's");
});

test("illegal XML characters are removed, legal ones kept", () => {
  assert.equal(stripInvalidXmlChars("a\u0000b\u0008c\u000Bd\u001Fe"), "abcde");
  assert.equal(stripInvalidXmlChars("tab\tnl\ncr\r"), "tab\tnl\ncr\r");
  assert.equal(stripInvalidXmlChars("\uFFFE\uFFFF"), "");
  assert.equal(stripInvalidXmlChars("lone \uD800 surrogate"), "lone  surrogate");
  assert.equal(stripInvalidXmlChars("emoji 😲 日本語"), "emoji 😲 日本語");
});

test("CDATA sections survive any number of ]]> and read back as the original text", () => {
  for (const text of ["]]>", "a]]>b]]>c", "]]]]>", "x]]", "<![CDATA[nested]]>", ""]) {
    const xml = `<r>${cdata(text)}</r>`;
    assertWellFormedXml(xml);
    assert.equal(load(xml, { xml: true })("r").text(), text, `round trip of ${text}`);
  }
});

test("textElement writes escaped attributes and text that parse back intact", () => {
  const xml = textElement("t", `"&<>'`, { a: `"&<>'` });
  assertWellFormedXml(xml);
  const $ = load(xml, { xml: true });
  assert.equal($("t").text(), `"&<>'`);
  assert.equal($("t").attr("a"), `"&<>'`);
});
