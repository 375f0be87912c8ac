import assert from "node:assert/strict";
import { test } from "node:test";
import { assertWellFormedXml, XmlError } from "./xml-well-formed";

// The feed tests rely on this check to catch broken output, so it must itself be able to fail.

test("accepts a well-formed document with namespaces, CDATA, comments and references", () => {
  assertWellFormedXml(
    `<?xml version="1.0" encoding="UTF-8"?>\n<!-- hi -->\n` +
      `<rss xmlns:c="urn:c"><c:item a="1 &amp; 2" b='&#x3C;'>x &lt; y &#233;<![CDATA[<b>&</b>]]><e/></c:item></rss>\n`,
  );
});

const malformed: Record<string, string> = {
  "an unescaped ampersand": "<a>Q&A</a>",
  "an unknown entity": "<a>&nbsp;</a>",
  "a raw < in text": "<a>1 < 2</a>",
  "a raw < in an attribute": '<a b="<"/>',
  "mismatched tags": "<a><b></a></b>",
  "an unclosed element": "<a><b></b>",
  "an unquoted attribute": "<a b=c/>",
  "a duplicate attribute": '<a b="1" b="2"/>',
  "two root elements": "<a/><b/>",
  "text outside the root": "<a/>text",
  "]]> in text": "<a>]]></a>",
  "a CDATA section closed early": "<a><![CDATA[ x ]]> y ]]></a>",
  "a control character": "<a>\u0001</a>",
  "a reference to a control character": "<a>&#1;</a>",
  "an undeclared prefix": "<a><content:encoded/></a>",
  "an empty document": "",
};

for (const [problem, xml] of Object.entries(malformed)) {
  test(`rejects ${problem}`, () => {
    assert.throws(() => assertWellFormedXml(xml), XmlError);
  });
}
