import { load, type CheerioAPI } from "cheerio";
import fs from "node:fs";
import path from "node:path";
import { publicFolder } from "./paths";

/** The built page for a URL path such as `/representation_learning/`, parsed. */
export function loadPage(urlPath: string, root = publicFolder): CheerioAPI {
  const file = path.join(root, urlPath, urlPath.endsWith("/") ? "index.html" : "");
  if (!fs.existsSync(file)) {
    throw new Error(`${path.relative(".", file)} does not exist: run \`npm run build\` first`);
  }
  return load(fs.readFileSync(file, "utf8"));
}

/** The file in the build that a site-absolute URL names, or null when there is none. */
export function builtFile(url: string, root = publicFolder): string | null {
  const { pathname } = new URL(url, "http://site.invalid");
  const file = path.join(root, decodeURIComponent(pathname));
  const candidate = pathname.endsWith("/") ? path.join(file, "index.html") : file;
  return fs.existsSync(candidate) && fs.statSync(candidate).isFile() ? candidate : null;
}

/** URLs named in a `srcset` attribute, without their width descriptors. */
export function srcsetUrls(srcset: string): Array<{ url: string; width: number }> {
  return srcset
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "")
    .map((entry) => {
      const [url = "", descriptor = ""] = entry.split(/\s+/);
      return { url, width: Number.parseInt(descriptor, 10) };
    });
}
