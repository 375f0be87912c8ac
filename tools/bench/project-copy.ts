// The benchmark builds in a temporary copy of the project, so neither content/ nor public/ of
// the checkout is ever touched.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PROJECT_CODE_ENTRIES } from "../project-code";

/** content/ is copied too, for the seed post and the pages. */
const PROJECT_ENTRIES = [...PROJECT_CODE_ENTRIES, "content"];

/** A fresh copy of the project at `repoRoot`, with node_modules linked rather than copied. */
export function copyProject(repoRoot: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "blog-bench-"));
  for (const entry of PROJECT_ENTRIES) {
    const source = path.join(repoRoot, entry);
    if (fs.existsSync(source)) fs.cpSync(source, path.join(root, entry), { recursive: true });
  }
  fs.symlinkSync(path.join(repoRoot, "node_modules"), path.join(root, "node_modules"), "dir");
  return root;
}
