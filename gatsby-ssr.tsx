import type { GatsbySSR } from "gatsby";
import { renderBodyHtml } from "./src/lib/integrity/body-html";
import { themeScript } from "./src/lib/theme/theme-script";

/** Puts the reader's theme on `<html>` before the first paint (see src/lib/theme/theme-script.ts). */
export const onRenderBody: GatsbySSR["onRenderBody"] = ({ setHeadComponents }) => {
  setHeadComponents([<script key="theme" dangerouslySetInnerHTML={{ __html: themeScript }} />]);
};

/**
 * Page bodies are rendered to a string instead of through React's stream, which puts NUL bytes
 * into pages with multi-byte text (see src/lib/integrity/body-html.ts). Gatsby keeps doing
 * everything else (head, scripts, the `<html>` around the body) exactly as before.
 */
export const replaceRenderer: GatsbySSR["replaceRenderer"] = ({
  bodyComponent,
  replaceBodyHTMLString,
}) => {
  const html = renderBodyHtml(bodyComponent);
  if (html !== null) replaceBodyHTMLString(html);
};
