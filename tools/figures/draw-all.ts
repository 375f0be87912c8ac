// CLI: npx tsx tools/figures/draw-all.ts [output directory]
// Draws every figure of the representation-learning post and reports what was written.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { writeFigures } from "./write-figures";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const DEFAULT_OUT_DIR = path.join(REPO_ROOT, "content/blog/representation_learning");

function formatBytes(bytes: number): string {
  return bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KiB` : `${bytes} B`;
}

async function main(): Promise<void> {
  const arg = process.argv[2];
  const outDir = arg === undefined ? DEFAULT_OUT_DIR : path.resolve(arg);
  const started = performance.now();
  const written = await writeFigures(outDir);
  for (const figure of written) {
    const relative = path.relative(process.cwd(), figure.path);
    const where = relative.startsWith("..") ? figure.path : relative;
    console.log(`${where}  ${figure.width}×${figure.height}  ${formatBytes(figure.bytes)}`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${written.length} figures in ${seconds} s`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
