import assert from "node:assert/strict";
import { test } from "node:test";
import gatsbyConfig from "../../../gatsby-config";
import {
  KATEX_OPTIONS,
  PARSER_FEATURES,
  remarkTransformerOptions,
} from "../../../src/lib/markdown/dialect";

interface PluginEntry {
  resolve: string;
  options?: Record<string, unknown>;
}

function pluginEntries(list: unknown): PluginEntry[] {
  assert.ok(Array.isArray(list));
  return list.map((entry: unknown) =>
    typeof entry === "string" ? { resolve: entry } : (entry as PluginEntry),
  );
}

const transformer = pluginEntries(gatsbyConfig.plugins).find(
  (plugin) => plugin.resolve === "gatsby-transformer-remark",
);

test("gatsby-config.ts gives gatsby-transformer-remark the dialect's options, unchanged", () => {
  assert.ok(transformer, "gatsby-config.ts has no gatsby-transformer-remark entry");
  assert.deepEqual(transformer.options, remarkTransformerOptions());
});

test("the transformer parses the dialect's syntax: GFM, footnotes, and math through KaTeX", () => {
  const options = remarkTransformerOptions();
  assert.equal(options.gfm, PARSER_FEATURES.gfm);
  assert.equal(options.footnotes, PARSER_FEATURES.footnotes);
  const katex = pluginEntries(options.plugins).find(
    (plugin) => plugin.resolve === "gatsby-remark-katex",
  );
  assert.equal(katex !== undefined, PARSER_FEATURES.math);
  assert.deepEqual(katex?.options, { ...KATEX_OPTIONS });
});

test("formulas never run untrusted commands and never stop the render", () => {
  assert.equal(KATEX_OPTIONS.trust, false);
  assert.equal(KATEX_OPTIONS.throwOnError, false);
  assert.equal(KATEX_OPTIONS.output, "htmlAndMathml");
});

test("code blocks become HTML before KaTeX runs, so `$` in code is never math", () => {
  const names = pluginEntries(remarkTransformerOptions().plugins).map((plugin) => plugin.resolve);
  assert.ok(names.indexOf("gatsby-remark-code-blocks") < names.indexOf("gatsby-remark-katex"));
  assert.equal(names[0], "gatsby-remark-figures");
});

test("raw HTML is read before any plugin writes HTML of its own", () => {
  const names = pluginEntries(remarkTransformerOptions().plugins).map((plugin) => plugin.resolve);
  const rawHtml = names.indexOf("gatsby-remark-raw-html");
  assert.ok(rawHtml > 0, names.join(", "));
  for (const writer of [
    "gatsby-remark-images",
    "gatsby-remark-code-blocks",
    "gatsby-remark-katex",
    "gatsby-remark-accessible-gfm",
  ]) {
    assert.ok(rawHtml < names.indexOf(writer), `${writer} runs first`);
  }
});
