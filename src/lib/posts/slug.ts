import path from "node:path";

/**
 * The URL path of a post from its file's path relative to the content folder:
 * `representation_learning/index.md` -> `/representation_learning/`,
 * `notes/first-steps.md` -> `/notes/first-steps/`.
 */
export function slugFromRelativePath(relativePath: string): string {
  const posix = relativePath.split(path.sep).join("/");
  const parsed = path.posix.parse(posix);
  const parts = parsed.dir === "" ? [] : parsed.dir.split("/");
  if (parsed.name !== "index") parts.push(parsed.name);
  const segments = parts.filter((part) => part !== "" && part !== ".");
  return segments.length === 0 ? "/" : `/${segments.join("/")}/`;
}
