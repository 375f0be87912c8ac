// The baseline: a plain Gatsby project (such as the official blog starter) given the same posts
// as this project's build, in its own temporary copy. Its packages are installed once per
// package-lock and kept between runs, so a second benchmark run does not install again.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { CONTENT_FOLDER } from "../../src/lib/posts/content-folder";

/** What is never copied from the baseline folder: its installs, its outputs and its own posts. */
const LEFT_OUT = new Set(["node_modules", ".cache", "public", ".git"]);

function installedModules(baseline: string, log: (message: string) => void): string {
  const lockFile = path.join(baseline, "package-lock.json");
  if (!fs.existsSync(lockFile)) {
    throw new Error(
      `${baseline} has no package-lock.json: the baseline must install the same packages every run`,
    );
  }
  const lock = fs.readFileSync(lockFile);
  const hash = createHash("sha256").update(lock).digest("hex").slice(0, 12);
  const install = path.join(os.tmpdir(), `blog-bench-baseline-modules-${hash}`);
  const done = path.join(install, "node_modules", ".package-lock.json");
  if (fs.existsSync(done)) return path.join(install, "node_modules");
  log(`Installing the baseline's packages into ${install} (once per package-lock)`);
  fs.rmSync(install, { recursive: true, force: true });
  fs.mkdirSync(install, { recursive: true });
  fs.copyFileSync(path.join(baseline, "package.json"), path.join(install, "package.json"));
  fs.writeFileSync(path.join(install, "package-lock.json"), lock);
  const result = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], {
    cwd: install,
    encoding: "utf8",
    env: { ...process.env, GATSBY_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) {
    throw new Error(
      `npm ci failed for the baseline in ${install}:\n${result.stdout}${result.stderr}\n` +
        "The baseline needs the npm registry once; check the network, or drop --baseline.",
    );
  }
  return path.join(install, "node_modules");
}

/**
 * A fresh copy of the baseline project whose content/blog/ holds the posts of `postsFrom` (this
 * project's corpus), with the baseline's packages linked in.
 */
export function prepareBaseline(
  baseline: string,
  postsFrom: string,
  log: (message: string) => void,
): string {
  const source = path.resolve(baseline);
  if (
    !fs.existsSync(path.join(source, "gatsby-config.js")) &&
    !fs.existsSync(path.join(source, "gatsby-config.ts"))
  ) {
    throw new Error(`--baseline ${baseline}: no gatsby-config.js or gatsby-config.ts there`);
  }
  const modules = installedModules(source, log);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "blog-bench-baseline-"));
  for (const entry of fs.readdirSync(source)) {
    if (LEFT_OUT.has(entry)) continue;
    fs.cpSync(path.join(source, entry), path.join(root, entry), { recursive: true });
  }
  const posts = path.join(root, CONTENT_FOLDER);
  fs.rmSync(posts, { recursive: true, force: true });
  fs.cpSync(postsFrom, posts, { recursive: true });
  fs.symlinkSync(modules, path.join(root, "node_modules"), "dir");
  return root;
}
