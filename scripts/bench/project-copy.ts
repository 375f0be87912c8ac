// The benchmark builds in a temporary copy of the project, so neither content/ nor public/ of
// the checkout is ever touched.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** What a build is made from, besides the posts; content/ is copied for the seed post and pages. */
const PROJECT_ENTRIES = [
  "package.json",
  "tsconfig.json",
  "gatsby-config.ts",
  "gatsby-node.ts",
  "gatsby-browser.tsx",
  "gatsby-ssr.tsx",
  "src",
  "plugins",
  "scripts",
  "static",
  "content",
];

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
