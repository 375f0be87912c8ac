import type { ReactNode } from "react";
import { renderToString } from "react-dom/server";

/**
 * React's mark for a Suspense boundary that the server rendering gave up on and left to the
 * browser; renderToString writes it where a component suspends or throws inside a boundary.
 */
const BOUNDARY_LEFT_TO_THE_BROWSER = "<!--$!-->";

/**
 * The HTML of a page's body, rendered into a string, or null when it cannot be rendered that way.
 *
 * Gatsby 5 renders page bodies with React 18's renderToPipeableStream, which encodes its output
 * into 2 KB views. When a piece of text does not fit in the rest of a view, the view is sent
 * whole, bytes that were never written included: a multi-byte character that meets the end of a
 * view leaves one to three NUL bytes in the page (react issue 31134; `writeStringChunk` in
 * react-dom-server.node, which sends `currentView` where it should send the part written).
 * renderToString builds a JavaScript string and never encodes, and React 18 gives both the same
 * markup for a page that renders in one pass, which every page of this site does.
 *
 * A page that does not (it throws, redirects, or waits for data under Suspense) gets null, and
 * Gatsby's own renderer handles it as it always has: waiting for the data, ignoring redirects,
 * failing the build on errors. Whatever that renderer writes still passes the integrity check
 * after the build.
 */
export function renderBodyHtml(body: ReactNode): string | null {
  let html: string;
  try {
    html = renderToString(body);
  } catch {
    return null;
  }
  return html.includes(BOUNDARY_LEFT_TO_THE_BROWSER) ? null : html;
}
