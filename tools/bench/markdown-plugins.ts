// The remark plugin chain of markdown/dialect.ts, loaded the way gatsby-transformer-remark loads
// it (local plugins from plugins/, the others from node_modules), for the Markdown profile.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { remarkTransformerOptions } from "../../src/lib/markdown/dialect";

export interface PluginArguments {
  markdownAST: unknown;
  markdownNode: unknown;
  [name: string]: unknown;
}

export type RemarkPluginFunction = (
  args: PluginArguments,
  options: Record<string, unknown>,
) => unknown;

export interface LoadedPlugin {
  name: string;
  run: RemarkPluginFunction;
  options: Record<string, unknown>;
}

type Declared = string | { resolve: string; options?: Record<string, unknown> };

function functionOf(module: unknown): RemarkPluginFunction | null {
  if (typeof module === "function") return module as RemarkPluginFunction;
  const fallback = (module as { default?: unknown } | null)?.default;
  return typeof fallback === "function" ? (fallback as RemarkPluginFunction) : null;
}

export function loadRemarkPlugins(root: string, siteMath = true): LoadedPlugin[] {
  const require = createRequire(path.join(root, "package.json"));
  const declared = remarkTransformerOptions(siteMath).plugins as Declared[];
  return declared.flatMap((entry) => {
    const name = typeof entry === "string" ? entry : entry.resolve;
    const options = typeof entry === "string" ? {} : (entry.options ?? {});
    const local = path.join(root, "plugins", name);
    const module: unknown = require(fs.existsSync(local) ? local : name);
    const run = functionOf(module);
    return run === null ? [] : [{ name, run, options }];
  });
}
