/**
 * The CSL locale for a post's language. Citation.js ships en-US, de-DE, es-ES, fr-FR and nl-NL;
 * any other language (Japanese among them) is formatted with en-US terms ("et al.", "p."),
 * which the site's readers of technical papers meet in English anyway.
 */
import { cslConfig } from "./citation-library";

export const FALLBACK_LOCALE = "en-US";

const REGION_OF: Readonly<Record<string, string>> = {
  en: "en-US",
  de: "de-DE",
  es: "es-ES",
  fr: "fr-FR",
  nl: "nl-NL",
  ja: "ja-JP",
};

export function cslLocale(lang: string): string {
  const exact = cslConfig.locales.has(lang) ? lang : undefined;
  const primary = lang.toLowerCase().split("-")[0] ?? "";
  const regional = REGION_OF[primary];
  if (exact !== undefined) return exact;
  if (regional !== undefined && cslConfig.locales.has(regional)) return regional;
  return FALLBACK_LOCALE;
}
