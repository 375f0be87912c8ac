import assert from "node:assert/strict";
import { test } from "node:test";
import { outlineResolver } from "../../../src/lib/markdown/outline-resolver";

/** A schema whose MarkdownRemark.html resolver returns `html` and records what it was asked. */
function schemaWithHtml(html: unknown, calls: Array<{ source: unknown; fieldName: string }>) {
  return {
    getType: (name: string) =>
      name === "MarkdownRemark"
        ? {
            getFields: () => ({
              html: {
                resolve: (source: unknown, _args: unknown, _context: unknown, info: unknown) => {
                  calls.push({ source, fieldName: (info as { fieldName: string }).fieldName });
                  return Promise.resolve(html);
                },
              },
            }),
          }
        : undefined,
  };
}

const resolve = outlineResolver().MarkdownRemark.outline.resolve;

test("outlines the HTML that the html field renders for the same node", async () => {
  const calls: Array<{ source: unknown; fieldName: string }> = [];
  const node = { id: "post" };
  const html =
    '<h2 id="intro">Intro</h2><p>Text</p><h3 id="%E6%97%A5%E6%9C%AC">日本語の見出し</h3><h2>No id</h2>';
  const outline = await resolve(
    node,
    {},
    {},
    {
      fieldName: "outline",
      schema: schemaWithHtml(html, calls),
    },
  );
  assert.deepEqual(outline, [
    { id: "intro", depth: 2, text: "Intro", html: "Intro" },
    { id: "%E6%97%A5%E6%9C%AC", depth: 3, text: "日本語の見出し", html: "日本語の見出し" },
  ]);
  assert.deepEqual(calls, [{ source: node, fieldName: "html" }]);
});

test("a node without HTML has an empty outline", async () => {
  const outline = await resolve(
    { id: "empty" },
    {},
    {},
    { fieldName: "outline", schema: schemaWithHtml(null, []) },
  );
  assert.deepEqual(outline, []);
});

test("fails loudly when the schema has no html field to outline", async () => {
  await assert.rejects(
    resolve({ id: "post" }, {}, {}, { fieldName: "outline", schema: { getType: () => undefined } }),
    /no html field/,
  );
});
