// Weight and math assets of the measured pages, read from the built files.
import fs from "node:fs";
import path from "node:path";
import { bodyInPageData } from "./body-in-page-data";
import type { PageReport } from "./results";
import { measurePage, pageCss } from "./page-weight";

function readPageData(publicFolder: string, page: string): string | null {
  const segments = page.split("/").filter(Boolean);
  const file = path.join(
    publicFolder,
    "page-data",
    ...(segments.length ? segments : ["index"]),
    "page-data.json",
  );
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : null;
}

/** `isPost`: whether to look for the post's text in its page data (lists carry excerpts on purpose). */
export function pageReport(publicFolder: string, page: string, isPost: boolean): PageReport {
  const weight = measurePage(publicFolder, page);
  const html = fs.readFileSync(
    path.join(publicFolder, ...page.split("/").filter(Boolean), "index.html"),
    "utf8",
  );
  const pageData = readPageData(publicFolder, page);
  return {
    page,
    weight,
    hasMath: /class="katex"/.test(html),
    // KaTeX's own rules, not the site's few lines about `.katex` (size, colour, overflow).
    katexCss: /\.katex-html\b|@font-face\s*\{[^}]*KaTeX_/.test(pageCss(publicFolder, page)),
    katexFonts: weight.fontFiles.some((font) => font.family.startsWith("KaTeX")),
    // Only a page that loads the client runtime fetches its page data.
    bodyInPageData: !isPost
      ? null
      : pageData === null || weight.pageData === 0
        ? false
        : bodyInPageData(html, pageData),
  };
}
