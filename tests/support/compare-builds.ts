import fs from "node:fs";
import path from "node:path";

/** Every file below `folder`, relative to it, with `/` separators, sorted. */
export function filesBelow(folder: string): string[] {
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .map((file) => file.split(path.sep).join("/"))
    .sort();
}

export interface BuildDifference {
  onlyInFirst: string[];
  onlyInSecond: string[];
  differentBytes: string[];
}

/** How two built `public/` folders differ: files present in one only, and files whose bytes differ. */
export function compareBuilds(first: string, second: string): BuildDifference {
  const a = filesBelow(first);
  const b = filesBelow(second);
  const inB = new Set(b);
  const inA = new Set(a);
  return {
    onlyInFirst: a.filter((file) => !inB.has(file)),
    onlyInSecond: b.filter((file) => !inA.has(file)),
    differentBytes: a
      .filter((file) => inB.has(file))
      .filter(
        (file) =>
          !fs.readFileSync(path.join(first, file)).equals(fs.readFileSync(path.join(second, file))),
      ),
  };
}
