/** One `url()` of an `@font-face` rule's `src`. */
export interface FontSource {
  family: string;
  url: string;
  /** From `format()`, or else from the file's extension: woff2, woff, truetype, opentype, … */
  format: string;
  /**
   * A browser takes the first source of a face in a format it supports; every current browser
   * supports the first one listed, so that is the file a page can download.
   */
  firstChoice: boolean;
}

const EXTENSION_FORMATS: Record<string, string> = {
  woff2: "woff2",
  woff: "woff",
  ttf: "truetype",
  otf: "opentype",
  eot: "embedded-opentype",
  svg: "svg",
};

function unquote(value: string): string {
  return value.trim().replace(/^(["'])(.*)\1$/, "$2");
}

function formatOf(url: string, hint: string | undefined): string {
  if (hint !== undefined) return unquote(hint).toLowerCase();
  if (url.startsWith("data:")) return /^data:[^;,]*?(woff2|woff|ttf|otf)/i.exec(url)?.[1] ?? "data";
  const extension = /\.([a-z0-9]+)(?:[?#].*)?$/i.exec(url)?.[1]?.toLowerCase() ?? "";
  return EXTENSION_FORMATS[extension] ?? (extension || "unknown");
}

/** Every font file the `@font-face` rules of a stylesheet name, in order. */
export function fontSources(css: string): FontSource[] {
  const sources: FontSource[] = [];
  for (const rule of css.matchAll(/@font-face\s*\{([^}]*)\}/gi)) {
    const body = rule[1] ?? "";
    const family = unquote(/font-family\s*:\s*([^;]+)/i.exec(body)?.[1] ?? "");
    const src = /(?:^|;)\s*src\s*:\s*([^;]+)/i.exec(body)?.[1] ?? "";
    let first = true;
    for (const match of src.matchAll(/url\(\s*([^)]*?)\s*\)(?:\s*format\(\s*([^)]*)\))?/gi)) {
      const url = unquote(match[1] ?? "");
      sources.push({ family, url, format: formatOf(url, match[2]), firstChoice: first });
      first = false;
    }
  }
  return sources;
}
