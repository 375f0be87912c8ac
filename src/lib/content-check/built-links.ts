/**
 * Checks the links and asset URLs of the built site (`public/`) after `gatsby build`: every
 * site URL must lead to a file that the build produced, carry the path prefix, and every
 * `#fragment` must name an element of its target page.
 *
 * Checking the output rather than the Markdown also catches links that come from templates,
 * components and plugins, and URLs that Gatsby rewrote (images, prefixes).
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Parser } from "htmlparser2";
import type { Problem } from "./types";

/** What a page's HTML yields to the check, whatever its address: its ids and its URLs. */
export interface PageScan {
  ids: string[];
  references: Reference[];
}

/**
 * Scans of earlier builds by the SHA-256 of the page's HTML, so that a build parses only the
 * pages that changed. The check leaves in it exactly the scans of the pages it just read.
 */
export type PageScanCache = Map<string, PageScan>;

/** Changes whenever what a scan records changes, so that older cached scans are not used. */
export const PAGE_SCAN_VERSION = 1;

export interface BuiltLinksOptions {
  /** The site's path prefix, such as `/blog`, or "" when it is served from the root. */
  pathPrefix: string;
  /** The source file (relative to the project root) a page was built from, if known. */
  sourceOf?: (pagePath: string) => string | null;
  /** What reported paths are relative to; the current folder unless given. */
  projectRoot?: string;
  /** Scans to reuse, updated in place (see PageScanCache). */
  scanCache?: PageScanCache;
}

/** Which attributes of which elements hold URLs, and how to name them in a message. */
const URL_ATTRIBUTES: ReadonlyArray<{ tag: string; attributes: readonly string[] }> = [
  { tag: "a", attributes: ["href"] },
  { tag: "link", attributes: ["href"] },
  { tag: "img", attributes: ["src", "srcset"] },
  { tag: "source", attributes: ["src", "srcset"] },
  { tag: "script", attributes: ["src"] },
  { tag: "video", attributes: ["src", "poster"] },
  { tag: "audio", attributes: ["src"] },
  { tag: "iframe", attributes: ["src"] },
];

/** One URL found in a page, with where it was found. */
export interface Reference {
  tag: string;
  attribute: string;
  url: string;
  line: number | null;
  column: number | null;
}

/** What one pass over a page keeps, so the DOM can be dropped right away. */
interface ScannedPage {
  /** Relative to the public folder, with `/` separators: `x/index.html`. */
  file: string;
  /** The URL path without the prefix: `/x/`, `/404.html`. */
  pagePath: string;
  ids: ReadonlySet<string>;
  references: Reference[];
}

/** The URL path a file in the public folder is served at, without the path prefix. */
function pagePathOf(relativeFile: string): string {
  if (relativeFile === "index.html") return "/";
  if (relativeFile.endsWith("/index.html"))
    return `/${relativeFile.slice(0, -"index.html".length)}`;
  return `/${relativeFile}`;
}

/** Every file under `folder`, relative to it with `/` separators. */
function listFiles(folder: string): string[] {
  const files: string[] = [];
  const walk = (relative: string): void => {
    for (const entry of fs.readdirSync(path.join(folder, relative), { withFileTypes: true })) {
      const child = relative === "" ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) files.push(child);
    }
  };
  walk("");
  return files;
}

/**
 * The URLs of a `srcset` value. URLs may contain commas, so a candidate ends at whitespace, or
 * at a comma that ends the URL itself; descriptors (`2x`, `480w`) are skipped.
 */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  let position = 0;
  while (position < srcset.length) {
    while (position < srcset.length && /[\s,]/.test(srcset.charAt(position))) position += 1;
    if (position >= srcset.length) break;
    const start = position;
    while (position < srcset.length && !/\s/.test(srcset.charAt(position))) position += 1;
    let url = srcset.slice(start, position);
    const endsCandidate = /,+$/.test(url);
    url = url.replace(/,+$/, "");
    if (url !== "") urls.push(url);
    if (endsCandidate) continue;
    // Skip the descriptors up to the comma that ends this candidate.
    while (position < srcset.length && srcset.charAt(position) !== ",") position += 1;
  }
  return urls;
}

function scanPage(
  publicFolder: string,
  file: string,
  cache: PageScanCache | undefined,
  fresh: PageScanCache,
): ScannedPage {
  const html = fs.readFileSync(path.join(publicFolder, file), "utf8");
  const key = createHash("sha256").update(html).digest("base64");
  const scan = fresh.get(key) ?? cache?.get(key) ?? scanHtml(html);
  fresh.set(key, scan);
  return { file, pagePath: pagePathOf(file), ids: new Set(scan.ids), references: scan.references };
}

/** 1-based line and column of each character offset of a text, found by binary search. */
function positionFinder(text: string): (offset: number) => { line: number; column: number } {
  const lineStarts = [0];
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) {
    lineStarts.push(index + 1);
  }
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
  };
}

/**
 * The ids and URLs of a page, read by a streaming tokenizer: no tree is built, which makes the
 * scan of a thousand-post site several times cheaper than a full HTML parser's. `<noscript>`
 * content is read as elements, so fallback images get checked.
 */
function scanHtml(html: string): PageScan {
  const ids = new Set<string>();
  const references: Reference[] = [];
  const positionOf = positionFinder(html);
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const id = attribs["id"];
        if (id !== undefined && id !== "") ids.add(id);
        const anchorName = name === "a" ? attribs["name"] : undefined;
        if (anchorName !== undefined && anchorName !== "") ids.add(anchorName);
        const attributes = URL_ATTRIBUTES.find((entry) => entry.tag === name)?.attributes ?? [];
        for (const attribute of attributes) {
          const value = attribs[attribute];
          if (value === undefined) continue;
          const { line, column } = positionOf(parser.startIndex);
          const urls = attribute === "srcset" ? srcsetUrls(value) : [value];
          for (const url of urls) references.push({ tag: name, attribute, url, line, column });
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return { ids: [...ids], references };
}

type UrlKind = "skip" | "javascript" | "site";

/** Whether a URL points into this site, elsewhere, or runs script. */
function classify(url: string): UrlKind {
  // Browsers drop tabs and newlines anywhere in a URL, so `java\tscript:` still runs.
  const compact = url.trim().replace(/[\t\n\r]/g, "");
  if (compact === "") return "skip";
  if (/^javascript:/i.test(compact)) return "javascript";
  if (compact.startsWith("//") || compact.startsWith("\\\\")) return "skip";
  if (/^[a-z][a-z0-9+.-]*:/i.test(compact)) return "skip";
  return "site";
}

/** The files that could answer a path (prefix removed), in the order a static server tries them. */
function candidateFiles(sitePath: string): string[] {
  const relative = sitePath.replace(/^\/+/, "");
  if (relative === "" || relative.endsWith("/")) return [`${relative}index.html`];
  return [relative, `${relative}/index.html`];
}

function decodePath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

/** The HTML spec scrolls to the top for `#top` even when no element has that id. */
function isImplicitFragment(fragment: string): boolean {
  return fragment === "" || fragment.toLowerCase() === "top" || fragment.startsWith(":~:");
}

function describe(reference: Reference): string {
  if (reference.tag === "a") return `link to ${reference.url}`;
  return `<${reference.tag} ${reference.attribute}> ${reference.url}`;
}

/** Problems of a built site's links and asset URLs; see the module comment. */
export function checkBuiltLinks(publicFolder: string, options: BuiltLinksOptions): Problem[] {
  const projectRoot = options.projectRoot ?? process.cwd();
  const prefix = options.pathPrefix.replace(/\/+$/, "");
  const toPosix = (absolute: string): string =>
    path.relative(projectRoot, absolute).split(path.sep).join("/");
  const publicLabel = toPosix(publicFolder) || ".";

  const files = listFiles(publicFolder);
  const fileSet = new Set(files);
  // Every page is scanned once up front, so fragment targets never need a second parse.
  const pages = new Map<string, ScannedPage>();
  const fresh: PageScanCache = new Map();
  for (const file of files) {
    if (file.endsWith(".html")) {
      pages.set(file, scanPage(publicFolder, file, options.scanCache, fresh));
    }
  }
  if (options.scanCache !== undefined) {
    options.scanCache.clear();
    for (const [key, scan] of fresh) options.scanCache.set(key, scan);
  }

  const problems = new Map<string, Problem>();
  for (const page of pages.values()) {
    const source = options.sourceOf?.(page.pagePath) ?? null;
    const htmlFile = toPosix(path.join(publicFolder, page.file));
    const report = (rule: string, reference: Reference, message: string): void => {
      // A line in the HTML means nothing in the Markdown, so the message keeps it instead.
      const problem: Problem = {
        file: source ?? htmlFile,
        line: source === null ? reference.line : null,
        column: source === null ? reference.column : null,
        severity: "error",
        rule,
        message:
          source === null || reference.line === null
            ? message
            : `${message} (${htmlFile}:${reference.line})`,
      };
      const key = JSON.stringify(problem);
      if (!problems.has(key)) problems.set(key, problem);
    };
    const pageBase = new URL(`http://site.invalid${prefix}${page.pagePath}`);

    for (const reference of page.references) {
      const kind = classify(reference.url);
      if (kind === "skip") continue;
      const where = `page ${page.pagePath}: ${describe(reference)}`;
      if (kind === "javascript") {
        report(
          "links/javascript",
          reference,
          `${where} runs script instead of going somewhere; use a <button> for actions, or a real URL`,
        );
        continue;
      }

      let resolved: URL;
      try {
        resolved = new URL(reference.url.trim(), pageBase);
      } catch {
        report("links/missing", reference, `${where} is not a valid URL; fix the link`);
        continue;
      }
      const pathname = resolved.pathname;
      if (prefix !== "" && pathname !== prefix && !pathname.startsWith(`${prefix}/`)) {
        report(
          "links/prefix",
          reference,
          `${where} is outside the path prefix "${prefix}", so it 404s once the site is ` +
            `served under ${prefix}/; use Gatsby's <Link> or withPrefix(), and build with --prefix-paths`,
        );
        continue;
      }

      const decoded = decodePath(pathname.slice(prefix.length));
      const candidates = decoded === null ? [] : candidateFiles(decoded);
      // The set holds only normalised paths inside the folder, so `..` tricks never match.
      const target = candidates.find((candidate) => fileSet.has(candidate));
      if (target === undefined) {
        const expected = candidateFiles(decoded ?? pathname)
          .map((candidate) => `${publicLabel}/${candidate}`)
          .join(" or ");
        const fix =
          reference.tag === "a"
            ? "fix the link or create the page"
            : "fix the URL or add the file to the site";
        report("links/missing", reference, `${where} goes nowhere (no ${expected}); ${fix}`);
        continue;
      }

      const fragment = resolved.hash.slice(1);
      const targetPage = pages.get(target);
      if (targetPage === undefined || isImplicitFragment(fragment)) continue;
      const decodedFragment = decodePath(fragment) ?? fragment;
      if (targetPage.ids.has(fragment) || targetPage.ids.has(decodedFragment)) continue;
      report(
        "links/anchor",
        reference,
        `${where} points to #${decodedFragment}, but ${targetPage.pagePath} has no element with ` +
          `that id; fix the fragment or add the id to the target`,
      );
    }
  }
  return [...problems.values()];
}
