import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PROJECT_CODE_ENTRIES } from "../../tools/project-code";
import { repoRoot } from "./paths";

export interface FixturePost {
  /** Folder under content/blog/ ("" for a file directly in it). */
  folder: string;
  /** The Markdown file's name; `index.md` when absent. */
  file?: string;
  /** The whole file, frontmatter included, exactly as an author would write it. */
  markdown: string;
  /** How `markdown` is saved; UTF-8 unless a test needs a file in another encoding. */
  encoding?: BufferEncoding;
  /** Other files of the post folder, by name. */
  files?: Record<string, string | Buffer>;
}

export interface FixtureBuild {
  root: string;
  publicFolder: string;
  /** Everything the build printed, stdout and stderr together. */
  output: string;
  status: number | null;
  remove: () => void;
}

/**
 * A temporary copy of the project with the given posts instead of `content/`, so fixture posts
 * never touch the real content or `public/`. `node_modules` is linked, not copied.
 */
export function createFixtureProject(
  name: string,
  posts: readonly FixturePost[],
  options: { withRealContent?: boolean } = {},
): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `blog-fixture-${name}-`));
  for (const entry of PROJECT_CODE_ENTRIES) {
    const source = path.join(repoRoot, entry);
    if (fs.existsSync(source)) fs.cpSync(source, path.join(root, entry), { recursive: true });
  }
  fs.symlinkSync(path.join(repoRoot, "node_modules"), path.join(root, "node_modules"), "dir");
  if (options.withRealContent) {
    fs.cpSync(path.join(repoRoot, "content"), path.join(root, "content"), { recursive: true });
  }
  // Every fixture site has the project's Markdown pages (the about page), whatever its posts.
  const pagesFolder = path.join(repoRoot, "content", "pages");
  if (fs.existsSync(pagesFolder)) {
    fs.cpSync(pagesFolder, path.join(root, "content", "pages"), { recursive: true });
  }
  for (const post of posts) {
    const folder = path.join(root, "content", "blog", post.folder);
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, post.file ?? "index.md"), post.markdown, post.encoding);
    for (const [file, data] of Object.entries(post.files ?? {})) {
      fs.writeFileSync(path.join(folder, file), data);
    }
  }
  fs.mkdirSync(path.join(root, "content", "blog"), { recursive: true });
  return root;
}

/** Builds the project with the given posts in a temporary copy (see createFixtureProject). */
export function buildFixtureSite(
  name: string,
  posts: readonly FixturePost[],
  env: Record<string, string> = {},
  options: { withRealContent?: boolean } = {},
): FixtureBuild {
  return runGatsbyBuild(createFixtureProject(name, posts, options), env);
}

function spawnGatsbyBuild(root: string, env: Record<string, string>) {
  const gatsby = path.join(repoRoot, "node_modules", "gatsby", "cli.js");
  const prefixPaths = env.PATH_PREFIX ? ["--prefix-paths"] : [];
  return spawnSync(process.execPath, [gatsby, "build", ...prefixPaths], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, GATSBY_TELEMETRY_DISABLED: "1", CI: "true", NO_COLOR: "1", ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
}

/**
 * Runs `gatsby build` in a fixture's folder, reusing whatever cache it has. A build whose process
 * was ended by a signal (seen once in many runs, after Gatsby had printed "Done building") is run
 * once more, so the tests judge the site rather than the machine; the retry is printed.
 */
export function runGatsbyBuild(root: string, env: Record<string, string> = {}): FixtureBuild {
  let result = spawnGatsbyBuild(root, env);
  if (result.status === null && result.signal !== null) {
    console.log(`# gatsby build in ${root} ended by ${result.signal}; building again`);
    result = spawnGatsbyBuild(root, env);
  }
  return {
    root,
    publicFolder: path.join(root, "public"),
    output: `${result.stdout ?? ""}${result.stderr ?? ""}${result.signal ? `\n(ended by ${result.signal})` : ""}`,
    status: result.status,
    remove: () => fs.rmSync(root, { recursive: true, force: true }),
  };
}

/** Builds an already built fixture again, as an author's next `npm run build` would. */
buildFixtureSite.rebuild = (site: FixtureBuild): FixtureBuild => runGatsbyBuild(site.root);

/** Frontmatter and body as an author writes them. Values are written as JSON, which is YAML. */
export function postMarkdown(frontmatter: Record<string, unknown>, body: string): string {
  const lines = Object.entries(frontmatter).map(
    ([key, value]) => `${key}: ${JSON.stringify(value)}`,
  );
  return `---\n${lines.join("\n")}\n---\n\n${body}\n`;
}

/** `npm run build` in a fixture project: the project's build script, not Gatsby directly. */
export function runBuildScript(
  root: string,
  args: readonly string[] = [],
  env: Record<string, string> = {},
): { status: number | null; output: string } {
  const script = ["--import", "tsx", "scripts/build-site.ts", ...args];
  const result = spawnSync(process.execPath, script, {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, GATSBY_TELEMETRY_DISABLED: "1", CI: "true", NO_COLOR: "1", ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout ?? ""}${result.stderr ?? ""}` };
}
