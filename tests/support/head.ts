import type { CheerioAPI } from "cheerio";

/** The `content` of `<meta property=…>` or `<meta name=…>`, or undefined. */
export function meta($: CheerioAPI, key: string): string | undefined {
  return $(`meta[property="${key}"]`).attr("content") ?? $(`meta[name="${key}"]`).attr("content");
}

/** Every JSON-LD block of the page, parsed as JSON. */
export function jsonLd($: CheerioAPI): Array<Record<string, unknown>> {
  return $('script[type="application/ld+json"]')
    .toArray()
    .map((element) => JSON.parse($(element).text()) as Record<string, unknown>);
}
