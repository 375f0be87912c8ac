import type { SitemapEntry } from "./types";
import { parseTimestamp } from "./timestamps";
import { textElement } from "./xml";

export { robotsTxt } from "./robots";

const SITEMAP_NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
/** Where `<xhtml:link rel="alternate" hreflang>` comes from, as search engines read it in sitemaps. */
const XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml";

/**
 * Which of two entries for the same URL to keep: the one with the later lastmod, since a page
 * listed twice changed at least as recently as either listing says.
 */
function laterEntry(a: SitemapEntry, b: SitemapEntry): SitemapEntry {
  if (a.lastmod === null) return b;
  if (b.lastmod === null) return a;
  const aTime = parseTimestamp(a.lastmod, `lastmod of ${a.url}`).getTime();
  const bTime = parseTimestamp(b.lastmod, `lastmod of ${b.url}`).getTime();
  return bTime > aTime ? b : a;
}

/** Each URL once, sorted by code unit (not locale) so every machine writes the same file. */
export function uniqueEntries(entries: readonly SitemapEntry[]): SitemapEntry[] {
  const byUrl = new Map<string, SitemapEntry>();
  for (const entry of entries) {
    // Checked even when the entry is unique, so a bad date fails the build rather than the crawl.
    if (entry.lastmod !== null) parseTimestamp(entry.lastmod, `lastmod of ${entry.url}`);
    const seen = byUrl.get(entry.url);
    byUrl.set(entry.url, seen === undefined ? entry : laterEntry(seen, entry));
  }
  return [...byUrl.values()].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

function urlXml({ url, lastmod, alternates = [] }: SitemapEntry): string[] {
  const lastmodLine = lastmod === null ? [] : [`    ${textElement("lastmod", lastmod.trim())}`];
  const alternateLines = alternates.map(
    (alternate) =>
      `    <xhtml:link rel="alternate" hreflang="${escapeAttribute(alternate.hreflang)}" href="${escapeAttribute(alternate.url)}"/>`,
  );
  return [
    "  <url>",
    `    ${textElement("loc", url)}`,
    ...lastmodLine,
    ...alternateLines,
    "  </url>",
  ];
}

function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/"/g, "&quot;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/**
 * A sitemaps.org urlset listing each page once, with lastmod as given when known, and the
 * language versions of pages that have them.
 */
export function sitemapXml(entries: SitemapEntry[]): string {
  const withAlternates = entries.some((entry) => (entry.alternates ?? []).length > 0);
  const namespaces = withAlternates
    ? `xmlns="${SITEMAP_NAMESPACE}" xmlns:xhtml="${XHTML_NAMESPACE}"`
    : `xmlns="${SITEMAP_NAMESPACE}"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<urlset ${namespaces}>`,
    ...uniqueEntries(entries).flatMap(urlXml),
    "</urlset>",
    "",
  ].join("\n");
}
