/**
 * How a file of the built site is checked, by its name:
 * - `rendered`: text made from the posts by the templates, plugins and feeds (pages, feeds,
 *   sitemap, page data, manifest, `_headers`). No NUL, no invalid UTF-8, and U+FFFD only where a
 *   source has it.
 * - `code`: scripts, stylesheets and their source maps, made by bundlers from the project's code
 *   and its dependencies. No NUL and no invalid UTF-8; a U+FFFD in them is code's own business
 *   (a decoder may well write one on purpose), not a post's.
 * Everything else (images, fonts, WebAssembly, Pagefind's compressed index) is binary, or copied
 *   byte for byte from the author's files, and is not read.
 */
export type BuiltFileKind = "rendered" | "code";

const RENDERED = /\.(?:html?|xml|json|txt|webmanifest)$/i;
const CODE = /\.(?:m?js|css|map)$/i;
/** Files that hosts read for their settings, written by the build without an extension. */
const HOST_FILES: ReadonlySet<string> = new Set(["_headers", "_redirects"]);

/** The kind of a file from its path (either separator), or null when it is not checked. */
export function builtFileKind(file: string): BuiltFileKind | null {
  const name = file.slice(Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\")) + 1);
  if (RENDERED.test(name) || HOST_FILES.has(name)) return "rendered";
  if (CODE.test(name)) return "code";
  return null;
}
