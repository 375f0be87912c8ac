/**
 * Paths an author writes in frontmatter (`slug`, `redirectFrom`), read the one way the build, the
 * content check and the redirect pages all agree on: `my-post` and `/my-post` are `/my-post/`.
 */

import { GENERATED_CARD_FOLDER } from "../og-image/social-image-paths";

/**
 * `page`: where a post is served, always a folder (`/x/`), as Gatsby writes `x/index.html`.
 * `old`: an address that redirects; old blogs often served pages as files, so `/x.html` stays one.
 */
export type SitePathKind = "page" | "old";

export type SitePathResult = { path: string; problem: null } | { path: null; problem: string };

/**
 * Top-level folders the build fills with its own files. A page there would be replaced by them,
 * or (under /static/) cached by hosts for a year.
 */
export const RESERVED_FOLDERS: readonly string[] = [
  "static",
  "page-data",
  "_gatsby",
  GENERATED_CARD_FOLDER,
  "katex",
  "pagefind",
];

/** Letters and digits of any script, and the punctuation every host and shell leaves alone. */
const SAFE_SEGMENT_CHARACTER = /^[\p{L}\p{M}\p{N}._~-]$/u;
/** The end of a file name: a dot and a short extension that starts with a letter. */
const FILE_EXTENSION = /\.([A-Za-z][A-Za-z0-9]{0,4})$/;
const HTML_EXTENSIONS = new Set(["html", "htm"]);

const fail = (problem: string): SitePathResult => ({ path: null, problem });

/** `a`, `a and b`, `a, b and c`. */
function listed(items: readonly string[]): string {
  return items.length < 2
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} and ${items.at(-1) ?? ""}`;
}

/** Each segment decoded once, so `%E6%B7%B1` and `深` name the same folder. */
function decodeSegments(segments: readonly string[]): string[] | null {
  try {
    return segments.map((segment) => decodeURIComponent(segment));
  } catch {
    return null;
  }
}

/** The path in its normal form, or why it cannot be a path of this site. */
export function normalizeSitePath(value: string, kind: SitePathKind): SitePathResult {
  const text = value.trim();
  if (text === "") return fail("is empty");
  if (/^[a-z][a-z\d+.-]*:/i.test(text) || text.startsWith("//")) {
    return fail("is a full URL; write only its path, starting with /, such as /2019/05/my-post/");
  }
  const query = text.indexOf("?");
  const fragment = text.indexOf("#");
  if (fragment !== -1 && (query === -1 || fragment < query)) {
    return fail("has a fragment (#…), which browsers never send to the host; remove it");
  }
  if (query !== -1) {
    return fail("has a query string (?…), which a static page cannot match; remove it");
  }
  const trailingSlash = text.endsWith("/");
  const raw = text.replace(/^\/+/, "").replace(/\/$/, "");
  const rawSegments = raw === "" ? [] : raw.split("/");
  if (rawSegments.includes("")) return fail("has an empty folder name (//); remove the extra /");
  const segments = decodeSegments(rawSegments);
  if (segments === null) return fail("has a % that does not start an escape such as %20");
  if (segments.some((segment) => segment === "." || segment === "..")) {
    return fail("has a . or .. folder; write the whole path from the site's root");
  }
  const unsafe = [
    ...new Set(segments.flatMap((segment) => [...segment]).filter(isUnsafeCharacter)),
  ].map((char) => (char.trim() === "" ? "a space" : `\`${char}\``));
  if (unsafe.length > 0) {
    return fail(
      `has ${listed(unsafe)}, which ${unsafe.length === 1 ? "is" : "are"} not safe in a path; use letters, digits, \`-\`, \`_\`, \`.\` and \`~\``,
    );
  }
  const top = segments[0];
  if (top !== undefined && RESERVED_FOLDERS.includes(top)) {
    return fail(
      `is inside /${top}/, where the build writes its own files (as in ${listed(RESERVED_FOLDERS.map((folder) => `/${folder}/`))})`,
    );
  }
  const last = segments.at(-1) ?? "";
  const extension = trailingSlash ? null : (FILE_EXTENSION.exec(last)?.[1] ?? null);
  if (extension === null) return { path: folderPath(segments), problem: null };
  if (!HTML_EXTENSIONS.has(extension.toLowerCase())) {
    return fail(
      `ends like a file name (.${extension}); only folders and .html pages can be redirected by a page of the site; end it with / if it is a folder`,
    );
  }
  const folder = folderPath(segments.slice(0, -1));
  if (kind === "page") {
    return fail(
      `names a file; a post is served from a folder, such as ${folder}${last.replace(FILE_EXTENSION, "")}/ (an old .html address goes in \`redirectFrom\`)`,
    );
  }
  // `/x/index.html` is what a host serves for `/x/`: the same page.
  if (/^index\.html?$/i.test(last)) return { path: folder, problem: null };
  if (/^404\.html?$/i.test(last) && segments.length === 1) {
    return fail("is the site's page-not-found page");
  }
  return { path: `/${segments.join("/")}`, problem: null };
}

function isUnsafeCharacter(char: string): boolean {
  return !SAFE_SEGMENT_CHARACTER.test(char);
}

function folderPath(segments: readonly string[]): string {
  return segments.length === 0 ? "/" : `/${segments.join("/")}/`;
}
