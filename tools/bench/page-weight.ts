import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { findDataUris, type DataUri } from "./data-uris";
import { fontSources, type FontSource } from "./font-faces";

type FileKind = "html" | "css" | "javascript" | "pageData" | "font";

/** A font file named by the page's CSS, and its size as served (woff2 is already compressed). */
export interface PageFont extends FontSource {
  /** null when the file is not in the built site. */
  bytes: number | null;
}

/** Gzip bytes of what a browser downloads for one built page, grouped by kind. */
export interface PageWeight {
  page: string;
  html: number;
  /** Inline `<style>` elements plus linked stylesheets. */
  css: number;
  /** Scripts in the HTML plus the page's own component chunks, which the runtime loads next. */
  javascript: number;
  /** page-data.json and app-data.json, fetched by the client runtime. */
  pageData: number;
  /**
   * Bytes of the font files the page can need: the first source of every `@font-face` in its
   * CSS. Which of them a browser fetches depends on the characters on the page.
   */
  fonts: number;
  /** Every source of every `@font-face` in the page's CSS, to spot formats other than woff2. */
  fontFiles: PageFont[];
  /**
   * Requests the page makes as it loads, counted from the built files: the HTML, stylesheets,
   * scripts, page data and images that are not lazy-loaded. Fonts are not counted here.
   */
  requests: number;
  /** `data:` URIs written into the HTML or its CSS. */
  dataUris: Array<DataUri & { in: "html" | "css" }>;
  /** For fonts, `gzip` is the file's own size. */
  files: Array<{ file: string; kind: FileKind; gzip: number }>;
}

interface ChunkGroups {
  namedChunkGroups?: Record<string, { assets: Array<string | { name: string }> }>;
}

/** Level 9, as static hosts and CDNs typically serve pre-compressed text. */
export function gzipSize(content: string | Buffer): number {
  return zlib.gzipSync(content, { level: 9 }).length;
}

function pageFolder(publicFolder: string, page: string): string {
  return path.join(publicFolder, ...page.split("/").filter(Boolean));
}

function readIfExists(file: string): Buffer | null {
  return fs.existsSync(file) ? fs.readFileSync(file) : null;
}

/** Local URLs of `attribute` on `tag` elements, for pages built without a path prefix. */
function localUrls(html: string, tag: RegExp, attribute: string): string[] {
  const urls: string[] = [];
  for (const element of html.match(tag) ?? []) {
    const value = new RegExp(`\\s${attribute}="([^"]+)"`).exec(element)?.[1];
    if (value?.startsWith("/") && !value.startsWith("//")) urls.push(value.replace(/[?#].*$/, ""));
  }
  return urls;
}

function inlineStyles(html: string): string {
  return [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]).join("");
}

function componentChunks(publicFolder: string, componentChunkName: string): string[] {
  const stats = readIfExists(path.join(publicFolder, "webpack.stats.json"));
  if (stats === null) return [];
  const group = (JSON.parse(stats.toString("utf8")) as ChunkGroups).namedChunkGroups?.[
    componentChunkName
  ];
  return (group?.assets ?? [])
    .map((asset) => (typeof asset === "string" ? asset : asset.name))
    .filter((name) => name.endsWith(".js"))
    .map((name) => `/${name}`);
}

/** Images fetched as the page loads: `<img>` elements that are not `loading="lazy"`. */
function eagerImages(html: string): string[] {
  const images = (html.match(/<img\b[^>]*>/g) ?? []).filter(
    (element) => !/\sloading="lazy"/.test(element),
  );
  return localUrls(images.join(""), /<img\b[^>]*>/g, "src");
}

/** Resolves a `url()` of a stylesheet served at `base` to a path of the site. */
function siteUrl(url: string, base: string): string | null {
  if (url.startsWith("data:")) return null;
  const resolved = new URL(url, `http://site.invalid${base}`);
  return resolved.host === "site.invalid" ? resolved.pathname : null;
}

/** The CSS a page applies: its inline `<style>` elements, then its linked stylesheets. */
export function pageCss(publicFolder: string, page: string): string {
  const html = fs.readFileSync(path.join(pageFolder(publicFolder, page), "index.html"), "utf8");
  const linked = localUrls(html, /<link[^>]+rel="stylesheet"[^>]*>/g, "href").map(
    (url) => readIfExists(path.join(publicFolder, url))?.toString("utf8") ?? "",
  );
  return [inlineStyles(html), ...linked].join("\n");
}

/** Reads the built files of `page` (a site path such as `/my-post/`) from `publicFolder`. */
export function measurePage(publicFolder: string, page: string): PageWeight {
  const htmlFile = path.join(pageFolder(publicFolder, page), "index.html");
  const html = fs.readFileSync(htmlFile, "utf8");
  const weight: PageWeight = {
    page,
    html: 0,
    css: 0,
    javascript: 0,
    pageData: 0,
    fonts: 0,
    fontFiles: [],
    requests: 0,
    // Inline <style> elements are counted with the CSS, below.
    dataUris: findDataUris(html.replace(/<style[^>]*>[\s\S]*?<\/style>/g, "")).map((uri) => ({
      ...uri,
      in: "html" as const,
    })),
    files: [],
  };
  const add = (file: string, kind: Exclude<FileKind, "font">, content: Buffer) => {
    const gzip = gzipSize(content);
    weight[kind] += gzip;
    weight.files.push({ file, kind, gzip });
    if (!file.endsWith("(inline <style>)")) weight.requests += 1;
  };
  const addCss = (file: string, content: Buffer, base: string) => {
    add(file, "css", content);
    const text = content.toString("utf8");
    weight.dataUris.push(...findDataUris(text).map((uri) => ({ ...uri, in: "css" as const })));
    for (const source of fontSources(text)) {
      const url = siteUrl(source.url, base);
      const font = url === null ? null : readIfExists(path.join(publicFolder, url));
      weight.fontFiles.push({ ...source, url: url ?? source.url, bytes: font?.length ?? null });
      if (source.firstChoice && font !== null && url !== null) {
        weight.fonts += font.length;
        weight.files.push({ file: url, kind: "font", gzip: font.length });
      }
    }
  };
  add(`${page}index.html`, "html", Buffer.from(html));
  const styles = inlineStyles(html);
  if (styles !== "") addCss(`${page} (inline <style>)`, Buffer.from(styles), page);
  const stylesheets = localUrls(html, /<link[^>]+rel="stylesheet"[^>]*>/g, "href");
  // Gatsby keeps the home page's data under page-data/index/.
  const segments = page.split("/").filter(Boolean);
  const pageDataFile = path.join(
    publicFolder,
    "page-data",
    ...(segments.length ? segments : ["index"]),
  );
  // Built without the runtime (reader mode), a page fetches neither page data nor component
  // chunks, though Gatsby still writes them.
  const usesRuntime = html.includes('<script id="gatsby-script-loader">');
  const pageData = usesRuntime ? readIfExists(path.join(pageDataFile, "page-data.json")) : null;
  const chunkName = pageData
    ? (JSON.parse(pageData.toString("utf8")) as { componentChunkName?: string }).componentChunkName
    : undefined;
  const scripts = [
    ...localUrls(html, /<script[^>]+src="[^"]+"[^>]*>/g, "src"),
    ...(chunkName ? componentChunks(publicFolder, chunkName) : []),
  ];
  for (const url of new Set(stylesheets)) {
    const content = readIfExists(path.join(publicFolder, url));
    if (content) addCss(url, content, url);
  }
  for (const url of new Set(scripts)) {
    const content = readIfExists(path.join(publicFolder, url));
    if (content) add(url, "javascript", content);
  }
  if (pageData) {
    add(
      path.relative(publicFolder, path.join(pageDataFile, "page-data.json")),
      "pageData",
      pageData,
    );
    const appData = readIfExists(path.join(publicFolder, "page-data", "app-data.json"));
    if (appData) add("page-data/app-data.json", "pageData", appData);
  }
  weight.requests += new Set(eagerImages(html)).size;
  return weight;
}
