import { createHash } from "node:crypto";
import { normalizePathPrefix } from "./path-prefix";

/**
 * Response headers for static hosts that read a `_headers` file (Netlify, Cloudflare Pages): a
 * Content Security Policy per page that allows exactly the inline scripts the build wrote, and
 * caching that matches how each kind of file changes between builds.
 */

export interface HostingRule {
  path: string;
  headers: Record<string, string>;
}

export interface PageScripts {
  /** Site path without the prefix: `/`, `/a-post/`, `/404.html`. */
  path: string;
  scriptHashes: string[];
  /** Origins of the sites the page embeds in iframes: `https://www.youtube.com`. */
  frameOrigins?: string[];
}

const IMMUTABLE = "public, max-age=31536000, immutable";
const REVALIDATE = "public, max-age=0, must-revalidate";

/**
 * Script types a browser runs from inline text, each checked against `script-src`. Anything else
 * (JSON-LD, templates, `text/javascript; charset=utf-8`, which is not an exact match) is data.
 */
const JAVASCRIPT_TYPES = new Set([
  "application/ecmascript",
  "application/javascript",
  "application/x-ecmascript",
  "application/x-javascript",
  "text/ecmascript",
  "text/javascript",
  "text/javascript1.0",
  "text/javascript1.1",
  "text/javascript1.2",
  "text/javascript1.3",
  "text/javascript1.4",
  "text/javascript1.5",
  "text/jscript",
  "text/livescript",
  "text/x-ecmascript",
  "text/x-javascript",
  "module",
  // Import maps and speculation rules are not JavaScript, but browsers still require them to
  // pass `script-src` like inline scripts.
  "importmap",
  "speculationrules",
]);

/** Elements whose content is text up to their end tag, so a `<script>` inside is not a script. */
const TEXT_ONLY_ELEMENTS = new Set([
  "iframe",
  "noembed",
  "noframes",
  // Browsers with scripting on parse noscript as text; the check is about those browsers.
  "noscript",
  "style",
  "textarea",
  "title",
  "xmp",
]);

const HTML_SPACE = /[\t\n\f\r ]/;

/** Characters that end a tag name. */
function isTagEnd(char: string | undefined): boolean {
  return char !== undefined && (char === "/" || char === ">" || HTML_SPACE.test(char));
}

function isAsciiLetter(char: string | undefined): boolean {
  return char !== undefined && /[A-Za-z]/.test(char);
}

/** Whether `html` at `index` reads `<name` or `</name` followed by what ends a tag name. */
function tagAt(html: string, index: number, name: string, closing: boolean): boolean {
  const opener = closing ? "</" : "<";
  const nameStart = index + opener.length;
  return (
    html.startsWith(opener, index) &&
    html.slice(nameStart, nameStart + name.length).toLowerCase() === name &&
    isTagEnd(html[nameStart + name.length])
  );
}

const NAMED_REFERENCES: Record<string, string> = {
  amp: "&",
  apos: "'",
  gt: ">",
  lt: "<",
  quot: '"',
};

/** Enough of character-reference decoding for the `type` and `language` values that matter. */
function decodeAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);?/gi, (whole, body: string) => {
    if (body.startsWith("#")) {
      const code =
        body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : +body.slice(1);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_REFERENCES[body.toLowerCase()] ?? whole;
  });
}

interface Tag {
  name: string;
  attributes: Map<string, string>;
  /** Index just after the closing `>`. */
  end: number;
}

/**
 * Reads the tag whose name starts at `nameStart`, the way the HTML tokenizer does: quoted values
 * may contain `>`, the first of repeated attributes wins. Null when the document ends inside it,
 * in which case browsers drop the tag.
 */
function readTag(html: string, nameStart: number): Tag | null {
  let index = nameStart;
  while (index < html.length && !isTagEnd(html[index])) index++;
  const name = html.slice(nameStart, index).toLowerCase();
  const attributes = new Map<string, string>();
  for (;;) {
    while (index < html.length && (html[index] === "/" || HTML_SPACE.test(html[index] ?? ""))) {
      index++;
    }
    if (index >= html.length) return null;
    if (html[index] === ">") return { name, attributes, end: index + 1 };
    const attributeStart = index;
    index++; // A first `=` belongs to the name.
    while (index < html.length && !isTagEnd(html[index]) && html[index] !== "=") index++;
    const attribute = html.slice(attributeStart, index).toLowerCase();
    while (index < html.length && HTML_SPACE.test(html[index] ?? "")) index++;
    let value = "";
    if (html[index] === "=") {
      index++;
      while (index < html.length && HTML_SPACE.test(html[index] ?? "")) index++;
      const quote = html[index];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, index + 1);
        if (close === -1) return null;
        value = html.slice(index + 1, close);
        index = close + 1;
      } else {
        const valueStart = index;
        while (index < html.length && html[index] !== ">" && !HTML_SPACE.test(html[index] ?? "")) {
          index++;
        }
        value = html.slice(valueStart, index);
      }
    }
    if (!attributes.has(attribute)) attributes.set(attribute, decodeAttribute(value));
  }
}

/**
 * Where a script's text ends: the `<` of its `</script>`, or -1 when the document ends first
 * (browsers never run such a script). Follows the tokenizer's script-data states, in which
 * `<!--` and `<script` inside a script can hide a `</script>` that would otherwise end it.
 */
function scriptTextEnd(html: string, start: number): number {
  type State = "data" | "escaped" | "doubleEscaped";
  let state: State = "data";
  let dashes = 0;
  let index = start;
  while (index < html.length) {
    const char = html[index];
    if (char === "<") {
      if (state !== "doubleEscaped" && tagAt(html, index, "script", true)) return index;
      if (state === "data" && html.startsWith("<!--", index)) {
        state = "escaped";
        dashes = 2;
        index += 4;
        continue;
      }
      if (state === "escaped" && tagAt(html, index, "script", false)) {
        state = "doubleEscaped";
        dashes = 0;
        index += "<script".length;
        continue;
      }
      if (state === "doubleEscaped" && tagAt(html, index, "script", true)) {
        state = "escaped";
        dashes = 0;
        index += "</script".length;
        continue;
      }
      dashes = 0;
    } else if (char === "-" && state !== "data") {
      dashes++;
    } else if (char === ">" && state !== "data" && dashes >= 2) {
      state = "data";
      dashes = 0;
    } else {
      dashes = 0;
    }
    index++;
  }
  return -1;
}

/** Where a text-only element's content ends: the `<` of its end tag, or the end of the document. */
function textEnd(html: string, start: number, name: string): number {
  const pattern = new RegExp(`</${name}[\\t\\n\\f\\r />]`, "gi");
  pattern.lastIndex = start;
  return pattern.exec(html)?.index ?? html.length;
}

interface InlineScript {
  attributes: Map<string, string>;
  text: string;
}

/** Every `<script>` element of a document with its text, skipping markup that only looks like one. */
function scriptElements(html: string): InlineScript[] {
  const scripts: InlineScript[] = [];
  let index = html.indexOf("<");
  while (index !== -1 && index < html.length) {
    const next = html[index + 1];
    let resume = index + 1;
    if (html.startsWith("<!--", index)) {
      // `<!-->` and `<!--->` are complete (empty) comments.
      if (html[index + 4] === ">") resume = index + 5;
      else if (html.startsWith("->", index + 4)) resume = index + 6;
      else {
        const ends = [html.indexOf("-->", index + 4), html.indexOf("--!>", index + 4)];
        const found = ends.filter((end) => end !== -1);
        if (found.length === 0) break;
        const end = Math.min(...found);
        resume = end + (html.startsWith("-->", end) ? 3 : 4);
      }
    } else if (next === "!" || next === "?") {
      const end = html.indexOf(">", index);
      if (end === -1) break;
      resume = end + 1;
    } else if (next === "/" && isAsciiLetter(html[index + 2])) {
      const tag = readTag(html, index + 2);
      if (tag === null) break;
      resume = tag.end;
    } else if (isAsciiLetter(next)) {
      const tag = readTag(html, index + 1);
      if (tag === null) break;
      resume = tag.end;
      if (tag.name === "script") {
        const end = scriptTextEnd(html, tag.end);
        if (end === -1) break;
        scripts.push({ attributes: tag.attributes, text: html.slice(tag.end, end) });
        resume = end;
      } else if (TEXT_ONLY_ELEMENTS.has(tag.name)) {
        resume = textEnd(html, tag.end, tag.name);
      } else if (tag.name === "plaintext") {
        break;
      }
    }
    index = html.indexOf("<", resume);
  }
  return scripts;
}

/** Whether a browser would run the inline text of a script with these attributes. */
function runsInlineText(attributes: Map<string, string>): boolean {
  if (attributes.has("src")) return false;
  const type = attributes.get("type");
  const language = attributes.get("language");
  let typeString: string;
  if (type === undefined) {
    if (language === undefined || language === "") return true;
    typeString = `text/${language}`;
  } else {
    if (type === "") return true;
    typeString = type;
  }
  return JAVASCRIPT_TYPES.has(typeString.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, "").toLowerCase());
}

/**
 * The CSP source (`'sha256-…'`) of every inline script a page runs, sorted and without repeats.
 * Browsers hash the UTF-8 of the element's text after input preprocessing, which turns CR LF and
 * lone CR into LF and NUL into U+FFFD, so the same is done here before hashing.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const script of scriptElements(html)) {
    if (!runsInlineText(script.attributes)) continue;
    const text = script.text.replace(/\r\n?/g, "\n").replace(/\0/g, "\uFFFD");
    hashes.add(`'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`);
  }
  return [...hashes].sort();
}

/**
 * The policy for one page. `style-src` keeps 'unsafe-inline' because Gatsby inlines the site's CSS
 * in `<style>` elements and gatsby-remark-images and KaTeX position things with `style="…"`
 * attributes, which a hash can only allow together with 'unsafe-hashes' and one hash per distinct
 * attribute value. Injected CSS can restyle a page but not run code; scripts are what the policy
 * guards, and with hashes in place of 'unsafe-inline' no inline script runs unless the build
 * wrote it.
 *
 * `'wasm-unsafe-eval'` lets the search compile its WebAssembly. It allows no `eval` of
 * JavaScript, and only code the policy already lets run can use it. `connect-src 'self'` covers
 * the search's fetches of its index, and `default-src 'self'` its web worker.
 *
 * `frame-src` names the sites whose embeds the reader may load (`frameOrigins`), and is
 * `'none'` on a site without embeds.
 */
export function contentSecurityPolicy(scriptHashes: string[], frameOrigins: string[] = []): string {
  const scriptSources = ["'self'", ...[...new Set(scriptHashes)].sort(), "'wasm-unsafe-eval'"];
  const frameSources = [...new Set(frameOrigins)].sort();
  return [
    "default-src 'self'",
    `script-src ${scriptSources.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    `frame-src ${frameSources.length > 0 ? frameSources.join(" ") : "'none'"}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "upgrade-insecure-requests",
  ].join("; ");
}

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * Netlify's `_headers` syntax, which Cloudflare Pages reads too: the path on its own line, then
 * its headers indented, one blank line between rules.
 */
export function headersFile(rules: HostingRule[]): string {
  return rules
    .map((rule) => {
      if (!/^\/\S*$/.test(rule.path)) {
        throw new Error(`Not a site path: ${JSON.stringify(rule.path)}`);
      }
      const lines = Object.entries(rule.headers).map(([name, value]) => {
        // A line break would start a new header or rule on the host and nothing would report it.
        if (!HEADER_NAME.test(name) || /[\r\n]/.test(value) || value.trim() === "") {
          throw new Error(`Bad header for ${rule.path}: ${JSON.stringify(`${name}: ${value}`)}`);
        }
        return `  ${name}: ${value.trim()}`;
      });
      return [rule.path, ...lines].join("\n") + "\n";
    })
    .join("\n");
}

/**
 * Percent-encodes a file's site path the way browsers request it, and also `*` and `:`, so that
 * a file name can never turn into a splat or placeholder of the rule syntax.
 */
function rulePath(sitePath: string): string {
  return [...sitePath]
    .map((char) =>
      /[A-Za-z0-9\-._~!$&'()+,;=@/]/.test(char)
        ? char
        : [...new TextEncoder().encode(char)]
            .map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`)
            .join(""),
    )
    .join("");
}

/** Turns a rule path into a matcher: `*` is any run of characters, `/` included. */
function rulePattern(path: string): RegExp {
  const escaped = path.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${escaped.join(".*")}$`);
}

/**
 * The rules for a whole built site. Paths are `pages` (each with its own policy, at its pretty
 * URL and at the file behind it, unless one policy fits them all), `hashedAssets` (files, or `/folder/*` for all files of a
 * folder, whose names change whenever their content does) and `revalidatedFiles` (fixed names
 * with changing content, such as feeds), all without the prefix.
 *
 * No header is set by two rules that match the same path: Cloudflare Pages joins such values with
 * a comma (two CSPs would both be enforced; two Cache-Controls contradict each other) while
 * Netlify keeps one, so the file only means the same thing on both hosts without overlaps.
 */
export function hostingRules(
  pages: PageScripts[],
  pathPrefix: string,
  hashedAssets: string[] = [],
  revalidatedFiles: string[] = [],
): HostingRule[] {
  const prefix = normalizePathPrefix(pathPrefix);
  const rules = new Map<string, Record<string, string>>();
  const add = (path: string, headers: Record<string, string>) => {
    const full = prefix + path;
    const existing = rules.get(full);
    for (const [name, value] of Object.entries(headers)) {
      if (existing?.[name] !== undefined && existing[name] !== value) {
        throw new Error(`${full} would get two values for ${name}`);
      }
    }
    rules.set(full, { ...existing, ...headers });
  };

  // Every page allows the embeds of every page: with the runtime, a page reached by a link keeps
  // the policy of the page the reader came from, and without it one policy still fits all.
  const frameOrigins = [...new Set(pages.flatMap((page) => page.frameOrigins ?? []))];
  const policyOf = (page: PageScripts) => contentSecurityPolicy(page.scriptHashes, frameOrigins);
  // Pages built without Gatsby's runtime all run the same inline scripts, so one policy covers
  // the site in one rule, and the file stays within Cloudflare's 100 rules however many pages
  // there are. Their Cache-Control is then the host's default for HTML, which revalidates.
  // A page that runs no inline script (a redirect page at an old address) is as safe under that
  // policy as under its own, so it does not cost the site its single rule.
  const scripted = pages.filter((page) => page.scriptHashes.length > 0);
  const policies = new Set((scripted.length > 0 ? scripted : pages).map(policyOf));
  const sitewidePolicy = policies.size === 1 ? [...policies][0] : undefined;
  add("/*", {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    "X-Frame-Options": "DENY",
    ...(sitewidePolicy === undefined ? {} : { "Content-Security-Policy": sitewidePolicy }),
  });
  // Gatsby names everything under /static/ after its content: images by folder, fonts and other
  // webpack files by a hash in the name.
  add("/static/*", { "Cache-Control": IMMUTABLE });
  add("/page-data/*", { "Cache-Control": REVALIDATE });
  for (const asset of hashedAssets) {
    // A folder named after its content is one `/folder/*` rule rather than one per file.
    const folder = asset.endsWith("/*") ? `${rulePath(asset.slice(0, -1))}*` : rulePath(asset);
    add(folder, { "Cache-Control": IMMUTABLE });
  }
  for (const file of revalidatedFiles) add(rulePath(file), { "Cache-Control": REVALIDATE });
  for (const page of pages) {
    if (sitewidePolicy !== undefined) continue;
    const headers = {
      "Content-Security-Policy": policyOf(page),
      "Cache-Control": REVALIDATE,
    };
    add(rulePath(page.path), headers);
    // Netlify also answers the file's own address, with the same content.
    if (page.path.endsWith("/")) add(rulePath(`${page.path}index.html`), headers);
  }

  const splats = [...rules.keys()]
    .filter((path) => path.includes("*"))
    .map((path) => ({ path, pattern: rulePattern(path), headers: rules.get(path) ?? {} }));
  const setByWiderRule = (path: string, name: string, value: string): boolean => {
    const wider = splats
      .filter((splat) => splat.path !== path && splat.pattern.test(path))
      .filter((splat) => splat.headers[name] !== undefined);
    const other = wider.find((splat) => splat.headers[name] !== value);
    if (other !== undefined) {
      throw new Error(`${path} and ${other.path} both set ${name}, to different values`);
    }
    return wider.length > 0;
  };

  if (sitewidePolicy !== undefined) {
    for (const page of pages) {
      const full = prefix + rulePath(page.path);
      const cached = splats.find(
        (splat) => splat.pattern.test(full) && splat.headers["Cache-Control"] === IMMUTABLE,
      );
      if (cached !== undefined) {
        throw new Error(`${full} is a page, but ${cached.path} has it cached for a year`);
      }
    }
  }

  return [...rules]
    .map(([path, headers]) => ({
      path,
      headers: Object.fromEntries(
        Object.entries(headers).filter(([name, value]) => !setByWiderRule(path, name, value)),
      ),
    }))
    .filter((rule) => Object.keys(rule.headers).length > 0)
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
