import fs from "node:fs";
import path from "node:path";

/** Folders named after a source file's content digest, as sharp and copy-linked-files write them. */
const DIGEST_FOLDER = /^[0-9a-f]{32}$/;

function digestFolders(parent: string): string[] {
  if (!fs.existsSync(parent)) return [];
  return fs
    .readdirSync(parent, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && DIGEST_FOLDER.test(entry.name))
    .map((entry) => entry.name);
}

/**
 * Removes the resized images and copied files of source files that no longer exist in that
 * form (an image replaced, a post renamed or deleted). Gatsby never removes them, so without this
 * a cached build would keep files a clean build does not have. A folder is only removed when no
 * current file has its digest, so drafts and unchanged files keep theirs.
 */
export function pruneStaleFiles(
  publicFolder: string,
  currentDigests: ReadonlySet<string>,
): string[] {
  const removed: string[] = [];
  for (const parent of [path.join(publicFolder, "static"), publicFolder]) {
    for (const name of digestFolders(parent)) {
      if (currentDigests.has(name)) continue;
      const folder = path.join(parent, name);
      fs.rmSync(folder, { recursive: true, force: true });
      removed.push(path.relative(publicFolder, folder));
    }
  }
  return removed;
}
