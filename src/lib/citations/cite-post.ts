/**
 * What the remark plugin calls for each post: reads the bibliographies and the style the post
 * and the site name, and formats the post's citations in its tree. Mistakes (a missing file, an
 * unknown key or style) are the content check's to report; here they leave the text as written.
 */
import type { Root } from "mdast";
import type { CitationSettings } from "../site-config/types";
import { resolveCitationStyle } from "./citation-style";
import { citeInTree } from "./cite-in-tree";
import { loadPostBibliography } from "./post-bibliography";

export interface PostCitationInput {
  tree: Root;
  frontmatter: Record<string, unknown>;
  /** Absolute path of the post's folder. */
  postFolder: string;
  projectRoot: string;
  lang: string;
  site: CitationSettings;
}

/** The style setting that applies: the post's `citationStyle` (or `csl`), then the site's. */
export function styleSetting(frontmatter: Record<string, unknown>, site: CitationSettings): string {
  const own = frontmatter.citationStyle ?? frontmatter.csl;
  return typeof own === "string" && own.trim() !== "" ? own : (site.style ?? "");
}

export interface CitedPost {
  /** Keys cited, in the order of the bibliography. */
  cited: string[];
  /** The .bib files read (absolute paths): the HTML depends on them as on the post. */
  files: string[];
}

export function citePost(input: PostCitationInput): CitedPost {
  const bibliography = loadPostBibliography({
    frontmatterValue: input.frontmatter.bibliography,
    postFolder: input.postFolder,
    siteBibliography: input.site.bibliography ?? "",
    projectRoot: input.projectRoot,
  });
  const files = bibliography.sources.map((source) => source.file);
  if (bibliography.entries.size === 0) return { cited: [], files };
  const { style } = resolveCitationStyle(styleSetting(input.frontmatter, input.site), [
    input.postFolder,
    input.projectRoot,
  ]);
  if (style === null) return { cited: [], files };
  const entries = [...bibliography.entries.values()].map((entry) => entry.item);
  return { cited: citeInTree(input.tree, { entries, style, lang: input.lang }), files };
}
