import assert from "node:assert/strict";
import { test } from "node:test";
import {
  closingTagIndex,
  htmlTags,
  type StartTag,
} from "../../../../plugins/gatsby-remark-raw-html/html-tags";

function startTags(html: string): StartTag[] {
  return htmlTags(html).filter((tag): tag is StartTag => tag.type === "start");
}

test("tags and attributes come with where they start, names in lower case", () => {
  const html = `<A HREF="/x" OnClick='go()' data-n=1 hidden>t</A>`;
  const [tag] = startTags(html);
  assert.equal(tag?.name, "a");
  assert.equal(tag?.complete, true);
  assert.deepEqual(
    tag?.attributes.map((attribute) => [
      attribute.name,
      attribute.value,
      html.slice(attribute.start, attribute.end),
    ]),
    [
      ["href", "/x", 'HREF="/x"'],
      ["onclick", "go()", "OnClick='go()'"],
      ["data-n", "1", "data-n=1"],
      ["hidden", "", "hidden"],
    ],
  );
  assert.deepEqual(
    htmlTags(html).map((found) => `${found.type}:${found.name}`),
    ["start:a", "end:a"],
  );
});

test("character references in values are decoded, those that hide a scheme included", () => {
  const [tag] = startTags(
    `<a href="&#106;ava&#x73;cript&colon;x&lpar;&rpar;" title="a &amp; b &unknown;">`,
  );
  assert.deepEqual(
    tag?.attributes.map((attribute) => attribute.value),
    ["javascript:x()", "a & b &unknown;"],
  );
});

test("a quoted `>` does not end a tag, and markup inside scripts, iframes and comments is text", () => {
  const html =
    '<p title="a > b">x</p><!-- <script>no</script> --><script>if (a<b) document.write("<img onerror=x>")</script><iframe src="https://a.example/"><b onclick="x">fallback</b></iframe><textarea><i>t</i></textarea>';
  assert.deepEqual(
    htmlTags(html).map((tag) => `${tag.type}:${tag.name}`),
    [
      "start:p",
      "end:p",
      "start:script",
      "end:script",
      "start:iframe",
      "end:iframe",
      "start:textarea",
      "end:textarea",
    ],
  );
  const script = startTags(html)[1];
  assert.equal(
    html.slice(script?.end, script?.textEnd),
    'if (a<b) document.write("<img onerror=x>")',
  );
});

test("a fragment that ends inside a tag gives that tag last, marked incomplete", () => {
  const tags = startTags('<div class="a"\n  onclick="x()"');
  assert.equal(tags.length, 1);
  assert.equal(tags[0]?.complete, false);
  assert.equal(tags[0]?.attributes[1]?.name, "onclick");
  assert.equal(startTags('<a title="never closed>text')[0]?.complete, false);
});

test("an element without its end tag runs to the end of the fragment", () => {
  const html = "<script>alert(1)";
  const [tag] = startTags(html);
  assert.equal(tag?.textEnd, html.length);
});

test("the closing tag of an element is found past elements of the same name inside it", () => {
  const tags = htmlTags("<blockquote><blockquote>a</blockquote>b</blockquote><blockquote>");
  assert.equal(closingTagIndex(tags, 0), 3);
  assert.equal(closingTagIndex(tags, 1), 2);
  assert.equal(closingTagIndex(tags, 4), -1);
});
