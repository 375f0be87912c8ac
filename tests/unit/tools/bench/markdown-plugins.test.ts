import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { loadRemarkPlugins } from "../../../../tools/bench/markdown-plugins";
import { remarkTransformerOptions } from "../../../../src/lib/markdown/dialect";

const root = path.resolve(import.meta.dirname, "../../../..");

test("the profile runs every plugin of the dialect, in the dialect's order", () => {
  const declared = (
    remarkTransformerOptions(true).plugins as Array<string | { resolve: string }>
  ).map((entry) => (typeof entry === "string" ? entry : entry.resolve));
  const loaded = loadRemarkPlugins(root);
  assert.deepEqual(
    loaded.map((plugin) => plugin.name),
    declared,
  );
  assert.ok(loaded.every((plugin) => typeof plugin.run === "function"));
  assert.deepEqual(
    loaded.find((plugin) => plugin.name === "gatsby-remark-typeset-math")?.options,
    (remarkTransformerOptions(true).plugins as Array<{ resolve?: string; options?: unknown }>).find(
      (entry) => entry.resolve === "gatsby-remark-typeset-math",
    )?.options,
  );
});
