/**
 * Citation.js with its BibTeX and CSL plugins registered: every module that parses or formats
 * goes through here, so the plugins are loaded once and in order.
 */
import { plugins } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-csl";
import type { CslItem } from "./csl-item";

export const cslConfig = plugins.config.get("@csl");

/** BibTeX text as CSL-JSON items; throws Citation.js's parse error on malformed input. */
export function parseBibtexText(text: string): CslItem[] {
  return plugins.input.chain(text, { forceType: "@bibtex/text", generateGraph: false });
}
