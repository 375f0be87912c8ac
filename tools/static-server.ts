// A local stand-in for static hosting, shared by the browser tests and the benchmark's
// Lighthouse runs: it serves a built public/ from loopback, optionally with its `_headers`.
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { normalizePathPrefix } from "../src/lib/hosting/path-prefix";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
};

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/** The file a URL path names inside `root`, as static hosting resolves it, or null. */
function fileFor(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const resolved = path.resolve(root, `.${decoded}`);
  if (resolved !== root && !resolved.startsWith(root + path.sep)) return null;
  const candidates = decoded.endsWith("/") ? [path.join(resolved, "index.html")] : [resolved];
  return candidates.find((file) => fs.existsSync(file) && fs.statSync(file).isFile()) ?? null;
}

export interface HeaderRule {
  path: string;
  pattern: RegExp;
  headers: Array<[name: string, value: string]>;
}

/**
 * Reads a Netlify / Cloudflare Pages `_headers` file: a path (exact, or with `*` splats that match
 * any run of characters) on its own line, its `Name: value` headers indented under it, `#`
 * comments. Anything else is an error, as a host would refuse the file or silently drop the rule.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const where = `_headers line ${index + 1}`;
    if (line.trim() === "" || line.trim().startsWith("#")) return;
    if (!/^\s/.test(line)) {
      const rulePath = line.trim();
      if (!rulePath.startsWith("/")) throw new Error(`${where}: a rule must start with a path`);
      const escaped = rulePath.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"));
      rules.push({ path: rulePath, pattern: new RegExp(`^${escaped.join(".*")}$`), headers: [] });
      return;
    }
    const header = /^\s+([^\s:]+):\s*(.*?)\s*$/.exec(line);
    const rule = rules.at(-1);
    if (header === null || rule === undefined) throw new Error(`${where}: not a header of a path`);
    rule.headers.push([header[1] ?? "", header[2] ?? ""]);
  });
  return rules;
}

/**
 * The headers `rules` give a request path: every matching rule applies, in file order, and a
 * later rule's value for a header replaces an earlier one's. Keys are lower-case.
 */
export function headersForPath(rules: HeaderRule[], urlPath: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!rule.pattern.test(urlPath)) continue;
    const own: Record<string, string> = {};
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      // One header listed twice in a rule is one header with both values.
      own[key] = own[key] === undefined ? value : `${own[key]}, ${value}`;
    }
    Object.assign(headers, own);
  }
  return headers;
}

export interface ServeOptions {
  /** Send the headers `rootFolder/_headers` gives each path, as Netlify and Cloudflare Pages do. */
  headersFile?: boolean;
  /** Serve the site under this path (`/blog`), answering 404 outside it. */
  pathPrefix?: string;
}

/**
 * Serves a built site from loopback the way static hosting does: `/a/` is `/a/index.html`, and
 * an unknown path answers 404 with the site's own 404 page.
 */
export async function serveStatic(
  rootFolder: string,
  options: ServeOptions = {},
): Promise<StaticServer> {
  const root = path.resolve(rootFolder);
  const prefix = normalizePathPrefix(options.pathPrefix);
  let rules: HeaderRule[] = [];
  if (options.headersFile === true) {
    const file = path.join(root, "_headers");
    if (!fs.existsSync(file)) {
      throw new Error(`${file} is missing: the build writes it in onPostBuild (writeHeadersFile)`);
    }
    rules = parseHeadersFile(fs.readFileSync(file, "utf8"));
  }
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const send = (status: number, type: string | undefined) =>
      response.writeHead(status, {
        "content-type": type ?? "application/octet-stream",
        ...headersForPath(rules, url.pathname),
      });
    const inPrefix = prefix === "" || url.pathname.startsWith(`${prefix}/`);
    if (!inPrefix) {
      send(404, CONTENT_TYPES[".txt"]);
      response.end("Not found");
      return;
    }
    // `_headers` configures the host; hosts never serve it.
    const sitePath = url.pathname.slice(prefix.length);
    const file = sitePath === "/_headers" ? null : fileFor(root, sitePath);
    if (file === null) {
      const notFound = path.join(root, "404.html");
      send(404, CONTENT_TYPES[".html"]);
      response.end(fs.existsSync(notFound) ? fs.readFileSync(notFound) : "Not found");
      return;
    }
    send(200, CONTENT_TYPES[path.extname(file).toLowerCase()]);
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
