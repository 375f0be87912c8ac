import { buildSync } from "esbuild";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const ENTRY = path.resolve("src", "browser", "reader.ts");

export interface ReaderScript {
  /** Site path of the script, without the path prefix: `/reader-<hash>.js`. */
  sitePath: string;
  /** Size in bytes, before compression. */
  bytes: number;
}

/**
 * Bundles the runtime-free client (src/browser/reader.ts) into public/ under a name made of its
 * content hash, like webpack's bundles: `_headers` then caches it for a year, and webpack's
 * clean-up (src/gatsby/stale-bundles.ts) removes it on the next build once the name changes.
 * A classic script rather than a module, so one request loads it; the search still loads
 * Pagefind with a dynamic `import()`, which classic scripts may use.
 */
export function writeReaderScript(publicFolder: string): ReaderScript {
  const result = buildSync({
    entryPoints: [ENTRY],
    bundle: true,
    minify: true,
    format: "iife",
    target: ["es2020"],
    legalComments: "none",
    write: false,
    logLevel: "silent",
  });
  const output = result.outputFiles[0];
  if (output === undefined) throw new Error(`Bundling ${ENTRY} produced no file`);
  const hash = createHash("sha256").update(output.contents).digest("hex").slice(0, 20);
  const name = `reader-${hash}.js`;
  fs.writeFileSync(path.join(publicFolder, name), output.contents);
  return { sitePath: `/${name}`, bytes: output.contents.byteLength };
}
