/**
 * Turns a page as Gatsby renders it into a page without Gatsby's client runtime: the runtime's
 * scripts and their data go, one deferred script of the site's own comes in. Pure string work on
 * the markup Gatsby 5 writes, checked afterwards so that a change in that markup stops the build
 * instead of shipping a half-stripped page.
 */

/** `window.pagePath`, the page Gatsby's loader starts from. */
const SCRIPT_LOADER = /<script id="gatsby-script-loader">[\s\S]*?<\/script>/g;
/**
 * The slice Gatsby stitches into every page with the chunk map, the compilation hash and the
 * `<script src>` of webpack-runtime, framework and app.
 */
const RUNTIME_SLICE =
  /<!-- slice-start id="(_gatsby-scripts[^"]*)" -->[\s\S]*?<!-- slice-end id="\1" -->/g;
/** The live region Gatsby's router fills on client-side navigation, which no longer happens. */
const ROUTE_ANNOUNCER = /<div id="gatsby-announcer"[^>]*><\/div>/g;
/** Preloads of runtime files, should a plugin add them. */
const RUNTIME_PRELOAD =
  /<link\b(?=[^>]*\brel="(?:preload|prefetch|modulepreload)")(?=[^>]*\bhref="[^"]*(?:\/page-data\/|[-.][0-9a-f]{20}\.js"))[^>]*>/g;
/** The site's own script, from an earlier pass over a page Gatsby did not render again. */
const READER_SCRIPT = /<script src="[^"]*\/reader-[0-9a-f]{20}\.js" defer><\/script>/g;

/**
 * What must not be left, looked for in tags only: a post about Gatsby may well show these names
 * in its text or code, where they are harmless.
 */
const LEFTOVERS: readonly [RegExp, string][] = [
  [/<script\b[^>]*\bsrc="(?![^"]*\/reader-)[^"]*[-.][0-9a-f]{20}\.js"/, "a webpack bundle"],
  [
    /<script\b[^>]*>[^<]*(?:___chunkMapping|___webpackCompilationHash|window\.pagePath)/,
    "Gatsby's loader data",
  ],
  [/<link\b[^>]*\bhref="[^"]*\/page-data\//, "a page-data preload"],
];

export class RuntimeLeftoverError extends Error {}

/**
 * The page without Gatsby's runtime, loading `readerScriptUrl` (already prefixed) instead.
 * Applying it again to its own output changes nothing but the script's name.
 */
export function withoutClientRuntime(html: string, readerScriptUrl: string): string {
  const stripped = html
    .replace(SCRIPT_LOADER, "")
    .replace(RUNTIME_SLICE, "")
    .replace(ROUTE_ANNOUNCER, "")
    .replace(RUNTIME_PRELOAD, "")
    .replace(READER_SCRIPT, "");
  for (const [pattern, what] of LEFTOVERS) {
    const found = pattern.exec(stripped);
    if (found) {
      throw new RuntimeLeftoverError(
        `still holds ${what} after the runtime was removed: ${found[0].slice(0, 120)}`,
      );
    }
  }
  const headEnd = stripped.indexOf("</head>");
  if (headEnd === -1) throw new RuntimeLeftoverError("has no </head> to put the script in");
  const script = `<script src="${readerScriptUrl}" defer></script>`;
  return stripped.slice(0, headEnd) + script + stripped.slice(headEnd);
}
