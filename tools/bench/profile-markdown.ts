// `npm run bench:markdown`: where the time of turning posts into HTML goes, plugin by plugin.
// It runs the site's own parser and remark chain (markdown/dialect.ts) over synthetic posts or a
// folder of posts in one process, outside Gatsby, and times each step: parsing, every plugin,
// and the conversion to HTML. Gatsby's own steps are in `npm run bench`'s step table.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import matter from "gray-matter";
import { syntheticPost } from "./corpus/synthetic-post";
import { loadRemarkPlugins, type LoadedPlugin } from "./markdown-plugins";
import { formatTable } from "./text-table";
import { runIfEntryPoint } from "../../scripts/run-cli";
import { PARSER_FEATURES } from "../../src/lib/markdown/dialect";

const USAGE = `npm run bench:markdown -- [--posts N] [--corpus FOLDER]

  --posts N        synthetic text-only posts (default 1000)
  --corpus FOLDER  the Markdown files of this folder instead`;

interface Post {
  file: string;
  source: string;
}

interface Parser {
  parse: (source: string) => unknown;
}

const repoRoot = path.resolve(".");
const require = createRequire(path.join(repoRoot, "package.json"));
const { markdownParser } = require("./plugins/gatsby-remark-math-setting/parser") as {
  markdownParser: (features: { gfm: boolean; footnotes: boolean; math: boolean }) => Parser;
};
const toHast = require("mdast-util-to-hast") as (tree: unknown, options: object) => unknown;
const toHtml = require("hast-util-to-html") as (tree: unknown, options: object) => string;
const codeHandler = require("gatsby-transformer-remark/code-handler") as unknown;

function postsOf(argv: readonly string[]): Post[] | string {
  let count = 1000;
  let folder: string | null = null;
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index];
    const value = argv[index + 1];
    index += 1;
    if (flag === "--posts" && value !== undefined && /^[1-9]\d*$/.test(value))
      count = Number(value);
    else if (flag === "--corpus" && value !== undefined) folder = value;
    else return `unknown or incomplete option ${flag ?? ""}\n\n${USAGE}`;
  }
  if (folder === null) {
    return Array.from({ length: count }, (_, index) => {
      const post = syntheticPost(index + 1, { seed: "bench", textOnly: true });
      return {
        file: path.join(repoRoot, "content/blog", post.folder, "index.md"),
        source: post.markdown,
      };
    });
  }
  const base = path.resolve(folder);
  return fs
    .readdirSync(base, { recursive: true, encoding: "utf8" })
    .filter((entry) => /\.mdx?$/i.test(entry))
    .sort()
    .map((entry) => ({
      file: path.join(base, entry),
      source: fs.readFileSync(path.join(base, entry), "utf8"),
    }));
}

/** What a remark plugin gets from gatsby-transformer-remark, as far as a plugin here reads it. */
function pluginArguments(post: Post, tree: unknown, index: number) {
  const { data, content } = matter(post.source);
  const fileNode = {
    id: `file-${index}`,
    absolutePath: post.file,
    dir: path.dirname(post.file),
    name: path.basename(post.file, path.extname(post.file)),
    internal: { type: "File" },
  };
  const markdownNode = {
    id: `markdown-${index}`,
    parent: fileNode.id,
    fileAbsolutePath: post.file,
    frontmatter: data,
    internal: { type: "MarkdownRemark", content },
  };
  const quiet = () => undefined;
  const store = new Map<string, unknown>();
  const cache = {
    get: async (key: string) => store.get(key),
    set: async (key: string, value: unknown) => store.set(key, value),
  };
  return {
    content,
    args: {
      markdownAST: tree,
      markdownNode,
      getNode: (id: string) => (id === fileNode.id ? fileNode : undefined),
      getNodesByType: () => [],
      files: [fileNode],
      basePath: "",
      pathPrefix: "",
      reporter: { warn: quiet, info: quiet, error: quiet, panicOnBuild: quiet, verbose: quiet },
      cache,
      getCache: () => cache,
    },
  };
}

interface StepTime {
  step: string;
  milliseconds: number;
  failures: number;
  firstError: string | null;
}

async function profile(
  posts: readonly Post[],
  plugins: readonly LoadedPlugin[],
): Promise<StepTime[]> {
  const steps = new Map<string, StepTime>();
  const record = (step: string, started: number, error?: unknown) => {
    const entry = steps.get(step) ?? { step, milliseconds: 0, failures: 0, firstError: null };
    entry.milliseconds += performance.now() - started;
    if (error !== undefined) {
      entry.failures += 1;
      entry.firstError ??= error instanceof Error ? error.message : String(error);
    }
    steps.set(step, entry);
  };
  const parser = markdownParser({ ...PARSER_FEATURES });
  for (const [index, post] of posts.entries()) {
    let started = performance.now();
    const { content, args } = pluginArguments(post, null, index);
    const tree = parser.parse(content);
    args.markdownAST = tree;
    record("parse (remark-parse, GFM, footnotes, math)", started);
    for (const plugin of plugins) {
      started = performance.now();
      try {
        await plugin.run(args, plugin.options);
        record(plugin.name, started);
      } catch (error) {
        record(plugin.name, started, error);
      }
    }
    started = performance.now();
    toHtml(
      toHast(args.markdownAST, { allowDangerousHtml: true, handlers: { code: codeHandler } }),
      {
        allowDangerousHtml: true,
      },
    );
    record("to HTML (mdast-util-to-hast, hast-util-to-html)", started);
  }
  return [...steps.values()];
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes("--help")) {
    console.log(USAGE);
    return 0;
  }
  const posts = postsOf(argv);
  if (typeof posts === "string") {
    console.error(posts);
    return 2;
  }
  const plugins = loadRemarkPlugins(repoRoot);
  const started = performance.now();
  const steps = await profile(posts, plugins);
  const total = steps.reduce((sum, step) => sum + step.milliseconds, 0);
  console.log(
    `${posts.length} posts, Markdown to HTML in ${(total / 1000).toFixed(1)} s of work (${((performance.now() - started) / 1000).toFixed(1)} s in all), one process:\n`,
  );
  console.log(
    formatTable(
      [
        { title: "step" },
        { title: "total", align: "right" },
        { title: "per post", align: "right" },
        { title: "share", align: "right" },
      ],
      steps.map((step) => [
        step.failures > 0
          ? `${step.step} (failed on ${step.failures}: ${step.firstError})`
          : step.step,
        `${(step.milliseconds / 1000).toFixed(2)} s`,
        `${(step.milliseconds / posts.length).toFixed(2)} ms`,
        `${((100 * step.milliseconds) / total).toFixed(1)} %`,
      ]),
    ),
  );
  return 0;
}

runIfEntryPoint(import.meta.url, main);
