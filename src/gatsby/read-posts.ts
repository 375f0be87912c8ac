import fs from "node:fs";
import path from "node:path";
import type { PostSource } from "../lib/content-check/types";

const utf8 = new TextDecoder("utf-8");

/** Every Markdown file below `contentFolder`, read as the checks need it, in a stable order. */
export function readPostSources(contentFolder: string, projectRoot: string): PostSource[] {
  if (!fs.existsSync(contentFolder)) return [];
  return fs
    .readdirSync(contentFolder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.md$/i.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
    .map((absolute) => {
      const bytes = fs.readFileSync(absolute);
      return {
        file: path.relative(projectRoot, absolute).split(path.sep).join("/"),
        folder: path.dirname(absolute),
        bytes,
        text: utf8.decode(bytes),
      };
    });
}

/** URL paths of the fixed pages in `src/pages` (`index.tsx` -> `/`, `about.tsx` -> `/about/`). */
export function fixedPagePaths(pagesFolder: string): string[] {
  if (!fs.existsSync(pagesFolder)) return [];
  return fs
    .readdirSync(pagesFolder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(tsx?|jsx?)$/.test(entry.name))
    .map((entry) => {
      const relative = path.relative(pagesFolder, path.join(entry.parentPath, entry.name));
      const withoutExtension = relative
        .replace(/\.[^.]+$/, "")
        .split(path.sep)
        .join("/");
      const pagePath = withoutExtension.replace(/(^|\/)index$/, "");
      return pagePath === "" ? "/" : `/${pagePath}/`;
    });
}
