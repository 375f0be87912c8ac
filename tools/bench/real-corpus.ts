// `--corpus FOLDER`: a real blog's posts instead of synthetic ones, copied into the project copy's
// content/blog/ as they are, so the benchmark measures what that blog would cost.
import fs from "node:fs";
import path from "node:path";
import { CONTENT_FOLDER } from "../../src/lib/posts/content-folder";
import type { CorpusSummary } from "./results";

const IMAGE = /\.(png|jpe?g|gif|webp|avif|svg)$/i;

function filesUnder(folder: string): string[] {
  return fs
    .readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((entry) => fs.statSync(path.join(folder, entry)).isFile())
    .sort();
}

export interface RealCorpus {
  summary: CorpusSummary;
  /** The post the warm build edits: the middle one by path, relative to content/blog. */
  editedPost: string;
}

export function copyRealCorpus(folder: string, root: string): RealCorpus {
  const started = performance.now();
  const source = path.resolve(folder);
  if (!fs.existsSync(source) || !fs.statSync(source).isDirectory()) {
    throw new Error(`--corpus ${folder}: no such folder`);
  }
  const files = filesUnder(source);
  const posts = files.filter((file) => /\.mdx?$/i.test(file));
  const middle = posts[Math.floor(posts.length / 2)];
  if (middle === undefined) throw new Error(`--corpus ${folder}: no Markdown posts in it`);
  const target = path.join(root, CONTENT_FOLDER);
  fs.rmSync(target, { recursive: true, force: true });
  fs.cpSync(source, target, { recursive: true });
  const images = files.filter((file) => IMAGE.test(file));
  return {
    editedPost: middle,
    summary: {
      folder,
      posts: posts.length,
      japanesePosts: 0,
      figures: images.length,
      figureBytes: images.reduce((sum, file) => sum + fs.statSync(path.join(source, file)).size, 0),
      seconds: (performance.now() - started) / 1000,
    },
  };
}
