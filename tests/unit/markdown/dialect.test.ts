import assert from "node:assert/strict";
import { test } from "node:test";
import gatsbyConfig from "../../../gatsby-config";
import { site } from "../../../src/site-config";
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
  assert.deepEqual(
    transformer.options,
    remarkTransformerOptions(site.math, site.citations, site.language),
  );
});

test("the transformer parses the dialect's syntax: GFM, footnotes, and math through KaTeX", () => {
  const options = remarkTransformerOptions(true);
  assert.equal(options.gfm, PARSER_FEATURES.gfm);
  assert.equal(options.footnotes, PARSER_FEATURES.footnotes);
  const katex = pluginEntries(options.plugins).find(
    (plugin) => plugin.resolve === "gatsby-remark-typeset-math",
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
  const names = pluginEntries(remarkTransformerOptions(true).plugins).map(
    (plugin) => plugin.resolve,
  );
  assert.ok(
    names.indexOf("gatsby-remark-code-blocks") < names.indexOf("gatsby-remark-typeset-math"),
  );
});

test("citations are read after raw HTML and before code and math become HTML", () => {
  const entries = pluginEntries(
    remarkTransformerOptions(true, { bibliography: "refs.bib", style: "apa" }, "ja").plugins,
  );
  const names = entries.map((plugin) => plugin.resolve);
  const citations = names.indexOf("gatsby-remark-citations");
  assert.ok(citations > names.indexOf("gatsby-remark-raw-html"));
  assert.ok(citations < names.indexOf("gatsby-remark-code-blocks"));
  assert.ok(citations < names.indexOf("gatsby-remark-typeset-math"));
  // The site's settings reach the plugin.
  assert.deepEqual(entries[citations]?.options, {
    bibliography: "refs.bib",
    style: "apa",
    defaultLang: "ja",
  });
});

test("figures are settled before images become HTML and linked files are copied", () => {
  const names = pluginEntries(remarkTransformerOptions(true).plugins).map(
    (plugin) => plugin.resolve,
  );
  const figures = names.indexOf("gatsby-remark-figures");
  assert.ok(figures >= 0);
  assert.ok(figures < names.indexOf("gatsby-remark-images"));
  assert.ok(figures < names.indexOf("gatsby-remark-copy-linked-files"));
});

test("headings get their ids first, from the text as written, at every level", () => {
  const entries = pluginEntries(remarkTransformerOptions(true).plugins);
  const names = entries.map((plugin) => plugin.resolve);
  assert.deepEqual(names.slice(1, 3), [
    "gatsby-remark-heading-ids",
    "gatsby-remark-autolink-headers",
  ]);
  assert.deepEqual(entries[2]?.options?.elements, ["h1", "h2", "h3", "h4", "h5", "h6"]);
  assert.ok(
    names.indexOf("gatsby-remark-autolink-headers") <
      names.indexOf("gatsby-remark-smart-punctuation"),
  );
});

test("the math setting runs first, with the site's setting and the parser's features", () => {
  for (const siteMath of [true, false]) {
    const [first] = pluginEntries(remarkTransformerOptions(siteMath).plugins);
    assert.deepEqual(first, {
      resolve: "gatsby-remark-math-setting",
      options: { siteMath, gfm: PARSER_FEATURES.gfm, footnotes: PARSER_FEATURES.footnotes },
    });
  }
});

test("raw HTML is read before any plugin writes HTML of its own", () => {
  const names = pluginEntries(remarkTransformerOptions(true).plugins).map(
    (plugin) => plugin.resolve,
  );
  const rawHtml = names.indexOf("gatsby-remark-raw-html");
  assert.ok(rawHtml > 0, names.join(", "));
  for (const writer of [
    "gatsby-remark-images",
    "gatsby-remark-code-blocks",
    "gatsby-remark-typeset-math",
    "gatsby-remark-accessible-gfm",
  ]) {
    assert.ok(rawHtml < names.indexOf(writer), `${writer} runs first`);
  }
});
