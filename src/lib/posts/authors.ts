import { isMap, isScalar, LineCounter, parseDocument, type Node, type Pair } from "yaml";
import { closestName } from "../content-check/suggest";
import type { Problem, Severity } from "../content-check/types";

/** What `content/authors.yaml` says about one author. */
export interface AuthorProfile {
  name: string;
  bio: string | null;
  /** The author's own page, absolute http(s). */
  url: string | null;
}

/** The author a post's page credits, with what the site knows about them. */
export interface PostAuthor {
  name: string;
  bio: string | null;
  url: string | null;
}

const FIELDS = ["bio", "url"] as const;
const EXAMPLE = "Jane Doe:\n  bio: One or two sentences about Jane.\n  url: https://example.org/";

export interface ParsedAuthors {
  authors: Map<string, AuthorProfile>;
  problems: Problem[];
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

/**
 * Reads the authors file: one entry per author, keyed by the name posts use (`author` or
 * `attribution.author`), each with an optional `bio` and `url`. Every problem is reported with
 * the file and line; an entry with errors is left out, the others still count.
 */
export function parseAuthors(text: string, file: string): ParsedAuthors {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, logLevel: "error" });
  const problems: Problem[] = [];
  const report = (offset: number, severity: Severity, rule: string, message: string) => {
    const { line, col } = lines.linePos(offset);
    problems.push({ file, line, column: col, severity, rule, message });
  };
  const authors = new Map<string, AuthorProfile>();

  for (const error of doc.errors) {
    const message = error.message.split("\n")[0] ?? error.message;
    report(error.pos[0], "error", "authors/yaml", `not valid YAML: ${message}`);
  }
  if (doc.errors.length > 0) return { authors, problems };
  const contents = doc.contents;
  if (contents === null) return { authors, problems };
  if (!isMap(contents)) {
    report(
      contents.range?.[0] ?? 0,
      "error",
      "authors/shape",
      `list each author by name, with their bio indented under the name:\n${EXAMPLE}`,
    );
    return { authors, problems };
  }
  for (const pair of contents.items as Array<Pair<unknown, unknown>>) {
    const profile = readEntry(pair, report);
    if (profile !== null) authors.set(profile.name, profile);
  }
  return { authors, problems };
}

type Report = (offset: number, severity: Severity, rule: string, message: string) => void;

function offsetOf(node: unknown): number {
  return (node as Node | null)?.range?.[0] ?? 0;
}

function readEntry(pair: Pair<unknown, unknown>, report: Report): AuthorProfile | null {
  const key = pair.key;
  const name = isScalar(key) && typeof key.value === "string" ? key.value.trim() : "";
  if (name === "") {
    report(offsetOf(key), "error", "authors/name", "an author's name must be text; quote it");
    return null;
  }
  const value = pair.value;
  if (!isMap(value)) {
    report(
      offsetOf(value ?? key),
      "error",
      "authors/shape",
      `"${name}" needs its fields indented under the name, such as\n  bio: One or two sentences.`,
    );
    return null;
  }
  const profile: AuthorProfile = { name, bio: null, url: null };
  for (const field of value.items as Array<Pair<unknown, unknown>>) {
    const fieldName = isScalar(field.key) ? String(field.key.value) : "";
    const fieldValue = isScalar(field.value) ? field.value.value : field.value;
    const where = offsetOf(field.value ?? field.key);
    if (!(FIELDS as readonly string[]).includes(fieldName)) {
      const near = closestName(fieldName, FIELDS);
      const hint =
        near === null ? `known fields: ${FIELDS.join(", ")}` : `did you mean \`${near}\`?`;
      report(
        offsetOf(field.key),
        "warning",
        "authors/unknown",
        `unknown field \`${fieldName}\` for "${name}"; ${hint}`,
      );
    } else if (typeof fieldValue !== "string" || fieldValue.trim() === "") {
      report(where, "error", `authors/${fieldName}`, `\`${fieldName}\` of "${name}" must be text`);
    } else if (fieldName === "url" && !isHttpUrl(fieldValue.trim())) {
      report(
        where,
        "error",
        "authors/url",
        `\`url\` of "${name}" must be a full address starting with https://`,
      );
    } else {
      profile[fieldName as (typeof FIELDS)[number]] = fieldValue.trim();
    }
  }
  return profile;
}

/**
 * The author a post credits: its `author`, else the author of the work it republishes, else the
 * site's author. The site's author gets no byline of its own unless the authors file describes
 * them, and nobody gets a bio the authors file does not give.
 */
export function postAuthor(
  frontmatter: { author?: string | null; attribution?: { author?: string | null } | null },
  siteAuthor: string,
  authors: ReadonlyMap<string, AuthorProfile>,
): PostAuthor | null {
  const named = [frontmatter.author, frontmatter.attribution?.author]
    .map((name) => name?.trim() ?? "")
    .find((name) => name !== "");
  const name = named ?? siteAuthor.trim();
  const profile = authors.get(name);
  if (profile !== undefined) return { name, bio: profile.bio, url: profile.url };
  return named === undefined || name === "" ? null : { name, bio: null, url: null };
}
