import fs from "node:fs";
import path from "node:path";
import { parseAuthors, type ParsedAuthors } from "../lib/posts/authors";
import { AUTHORS_FILE } from "../lib/posts/content-folder";

/** The project's authors file, parsed; a project without one has no author profiles. */
export function readAuthorsFile(projectRoot: string): ParsedAuthors & { exists: boolean } {
  const file = path.join(projectRoot, AUTHORS_FILE);
  if (!fs.existsSync(file)) return { authors: new Map(), problems: [], exists: false };
  const relative = AUTHORS_FILE.split(path.sep).join("/");
  return { ...parseAuthors(fs.readFileSync(file, "utf8"), relative), exists: true };
}
