/**
 * The BibTeX entries a post may cite: its own `bibliography` file(s), relative to its folder,
 * and the site's (`site.config.ts` `citations.bibliography`, relative to the project). A key in
 * both is the post's entry. The build and the content check both read bibliographies here.
 */
import fs from "node:fs";
import path from "node:path";
import { readBibtex, type BibEntry, type BibProblem } from "./bibtex-file";

export interface BibliographySource {
  /** Absolute path of the .bib file. */
  file: string;
  /** Where it was named: the post's frontmatter or the site's settings. */
  from: "post" | "site";
  /** As written in the setting. */
  written: string;
  exists: boolean;
  entries: BibEntry[];
  problems: BibProblem[];
}

export interface PostBibliography {
  sources: BibliographySource[];
  /** Every entry the post may cite, by key. */
  entries: Map<string, BibEntry>;
}

/** The frontmatter value as a list of file names: one name, or a list of them. */
export function bibliographyNames(value: unknown): string[] {
  const names = Array.isArray(value) ? value : [value];
  return names.filter((name): name is string => typeof name === "string" && name.trim() !== "");
}

function readSource(
  file: string,
  from: BibliographySource["from"],
  written: string,
): BibliographySource {
  if (!fs.existsSync(file))
    return { file, from, written, exists: false, entries: [], problems: [] };
  const { entries, problems } = readBibtex(fs.readFileSync(file, "utf8"));
  return { file, from, written, exists: true, entries, problems };
}

export function loadPostBibliography(options: {
  frontmatterValue: unknown;
  postFolder: string;
  siteBibliography: string;
  projectRoot: string;
}): PostBibliography {
  const sources: BibliographySource[] = [];
  if (options.siteBibliography.trim() !== "") {
    const written = options.siteBibliography.trim();
    sources.push(readSource(path.resolve(options.projectRoot, written), "site", written));
  }
  for (const written of bibliographyNames(options.frontmatterValue)) {
    sources.push(readSource(path.resolve(options.postFolder, written.trim()), "post", written));
  }
  const entries = new Map<string, BibEntry>();
  for (const source of sources) for (const entry of source.entries) entries.set(entry.key, entry);
  return { sources, entries };
}
