import { absoluteUrl } from "./urls";

export interface SrcsetCandidate {
  url: string;
  /** Width or density descriptor such as "720w" or "2x"; "" when the candidate has none. */
  descriptor: string;
}

const isSpace = (char: string | undefined): boolean =>
  char === " " || char === "\t" || char === "\n" || char === "\r" || char === "\f";

/**
 * Splits a `srcset` into candidates following the HTML parsing rules rather than splitting on
 * commas, because a URL may itself contain commas (data: URLs, image CDN parameters); only a
 * comma after whitespace, or at the end of a URL, separates candidates.
 */
export function parseSrcset(srcset: string): SrcsetCandidate[] {
  const candidates: SrcsetCandidate[] = [];
  let i = 0;
  while (i < srcset.length) {
    while (i < srcset.length && (isSpace(srcset[i]) || srcset[i] === ",")) i += 1;
    if (i >= srcset.length) break;

    const urlStart = i;
    while (i < srcset.length && !isSpace(srcset[i])) i += 1;
    let url = srcset.slice(urlStart, i);

    if (url.endsWith(",")) {
      // "a.png,b.png 2x": the comma glued to the URL ends a candidate without descriptors.
      url = url.replace(/,+$/, "");
      candidates.push({ url, descriptor: "" });
      continue;
    }

    const descriptorStart = i;
    let inParens = false;
    while (i < srcset.length) {
      const char = srcset[i];
      if (char === "(") inParens = true;
      else if (char === ")") inParens = false;
      else if (char === "," && !inParens) break;
      i += 1;
    }
    const descriptor = srcset.slice(descriptorStart, i).trim().replace(/\s+/g, " ");
    candidates.push({ url, descriptor });
    i += 1;
  }
  return candidates;
}

export function serializeSrcset(candidates: readonly SrcsetCandidate[]): string {
  return candidates
    .map(({ url, descriptor }) => (descriptor === "" ? url : `${url} ${descriptor}`))
    .join(", ");
}

/** Makes every candidate URL of a `srcset` absolute, keeping its descriptor. */
export function absoluteSrcset(srcset: string, pageUrl: string): string {
  return serializeSrcset(
    parseSrcset(srcset).map(({ url, descriptor }) => ({
      url: absoluteUrl(url, pageUrl),
      descriptor,
    })),
  );
}
