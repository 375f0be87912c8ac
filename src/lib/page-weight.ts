import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

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
  files: Array<{ file: string; kind: "html" | "css" | "javascript" | "pageData"; gzip: number }>;
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

/** Reads the built files of `page` (a site path such as `/my-post/`) from `publicFolder`. */
export function measurePage(publicFolder: string, page: string): PageWeight {
  const htmlFile = path.join(pageFolder(publicFolder, page), "index.html");
  const html = fs.readFileSync(htmlFile, "utf8");
  const weight: PageWeight = { page, html: 0, css: 0, javascript: 0, pageData: 0, files: [] };
  const add = (file: string, kind: PageWeight["files"][number]["kind"], content: Buffer) => {
    const gzip = gzipSize(content);
    weight[kind] += gzip;
    weight.files.push({ file, kind, gzip });
  };
  add(`${page}index.html`, "html", Buffer.from(html));
  const styles = inlineStyles(html);
  if (styles !== "") add(`${page} (inline <style>)`, "css", Buffer.from(styles));
  const stylesheets = localUrls(html, /<link[^>]+rel="stylesheet"[^>]*>/g, "href");
  // Gatsby keeps the home page's data under page-data/index/.
  const segments = page.split("/").filter(Boolean);
  const pageDataFile = path.join(
    publicFolder,
    "page-data",
    ...(segments.length ? segments : ["index"]),
  );
  const pageData = readIfExists(path.join(pageDataFile, "page-data.json"));
  const chunkName = pageData
    ? (JSON.parse(pageData.toString("utf8")) as { componentChunkName?: string }).componentChunkName
    : undefined;
  const scripts = [
    ...localUrls(html, /<script[^>]+src="[^"]+"[^>]*>/g, "src"),
    ...(chunkName ? componentChunks(publicFolder, chunkName) : []),
  ];
  for (const url of new Set(stylesheets)) {
    const content = readIfExists(path.join(publicFolder, url));
    if (content) add(url, "css", content);
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
  return weight;
}
