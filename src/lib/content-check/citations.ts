/**
 * Citations checked like everything else: a `bibliography` file that is missing, a BibTeX entry
 * that cannot be read (at its line in the .bib file), a citation style that does not exist and a
 * cited key that no bibliography has are errors; an entry of the post's own .bib file that the
 * post never cites is a warning. Cross-references (`@fig-…`) and narrative `@name`s that are no
 * key (someone's handle) are not citations, as the build reads them.
 */
import path from "node:path";
import { resolveCitationStyle } from "../citations/citation-style";
import { collectCitations } from "../citations/cite-in-tree";
import { styleSetting } from "../citations/cite-post";
import { loadPostBibliography, type BibliographySource } from "../citations/post-bibliography";
import type { CitationSettings } from "../site-config/types";
import type { Root } from "mdast";
import { problemAt } from "./positions";
import type { ParsedPost, Problem } from "./types";

function relative(projectRoot: string, file: string): string {
  return path.relative(projectRoot, file).split(path.sep).join("/");
}

function sourceProblems(
  post: ParsedPost,
  source: BibliographySource,
  projectRoot: string,
): Problem[] {
  if (!source.exists) {
    const line = source.from === "post" ? (post.fieldLines.bibliography ?? null) : null;
    return [
      {
        file: source.from === "post" ? post.source.file : "site.config.ts",
        line,
        column: line === null ? null : 1,
        severity: "error",
        rule: "citations/bibliography",
        message:
          source.from === "post"
            ? `frontmatter \`bibliography\`: no file "${source.written}" in the post's folder; check the name, or remove the field`
            : `\`citations.bibliography\`: no file "${source.written}" in the project; check the path (relative to the project's root)`,
      },
    ];
  }
  const file = relative(projectRoot, source.file);
  return source.problems.map((problem) => ({
    file,
    line: problem.line,
    column: 1,
    severity: "error" as const,
    rule: "citations/bibtex",
    message: problem.message,
  }));
}

export function checkCitations(
  post: ParsedPost,
  tree: Root,
  site: CitationSettings,
  projectRoot: string,
): Problem[] {
  const bibliography = loadPostBibliography({
    frontmatterValue: post.data.bibliography,
    postFolder: post.source.folder,
    siteBibliography: site.bibliography ?? "",
    projectRoot,
  });
  const problems = bibliography.sources.flatMap((source) =>
    sourceProblems(post, source, projectRoot),
  );
  if (bibliography.sources.length === 0) return problems;
  const setting = styleSetting(post.data, site);
  const style = resolveCitationStyle(setting, [post.source.folder, projectRoot]);
  if (style.problem !== null) {
    const key = ["citationStyle", "csl"].find((name) => name in post.fieldLines);
    const line = key === undefined ? null : (post.fieldLines[key] ?? null);
    problems.push({
      file: key === undefined ? "site.config.ts" : post.source.file,
      line,
      column: line === null ? null : 1,
      severity: "error",
      rule: "citations/style",
      message: style.problem,
    });
  }
  // While a file is missing, its keys would all be reported as unknown: the missing file is enough.
  if (bibliography.sources.some((source) => !source.exists)) return problems;
  const known = (key: string) => bibliography.entries.has(key);
  const cited = new Set<string>();
  for (const { node, matches } of collectCitations(tree, known)) {
    for (const match of matches) {
      if (match.kind === "narrative" && !known(match.items[0]?.key ?? "")) continue;
      for (const item of match.items) {
        cited.add(item.key);
        if (known(item.key)) continue;
        const offset = (node.position?.start.offset ?? 0) + match.start;
        problems.push(
          problemAt(
            post,
            offset,
            "error",
            "citations/unknown-key",
            `no BibTeX entry \`${item.key}\` in ${bibliography.sources.map((source) => `"${source.written}"`).join(" or ")}; check the key, or add the entry`,
          ),
        );
      }
    }
  }
  for (const source of bibliography.sources) {
    if (source.from !== "post") continue;
    for (const entry of source.entries) {
      if (cited.has(entry.key)) continue;
      problems.push({
        file: relative(projectRoot, source.file),
        line: entry.line,
        column: 1,
        severity: "warning",
        rule: "citations/uncited",
        message: `the entry \`${entry.key}\` is never cited in ${post.source.file}; cite it (\`[@${entry.key}]\`) or remove it`,
      });
    }
  }
  return problems;
}
