// `npm run weight -- /some-post/ /`: gzip bytes of HTML, CSS, JavaScript and page data that a
// browser downloads for each built page, the fonts its CSS can load and its number of requests,
// read from public/ (build first).
import path from "node:path";
import { measurePage, type PageWeight } from "./page-weight";
import { runIfEntryPoint } from "../../scripts/run-cli";

function kilobytes(bytes: number): string {
  return (bytes / 1000).toFixed(1).padStart(7);
}

export function formatWeights(weights: PageWeight[]): string {
  const header =
    "page                               HTML     CSS      JS    data   fonts (KB gzip)  requests";
  const rows = weights.map(
    (weight) =>
      `${weight.page.padEnd(30)} ${kilobytes(weight.html)} ${kilobytes(weight.css)} ${kilobytes(weight.javascript)} ${kilobytes(weight.pageData)} ${kilobytes(weight.fonts)} ${String(weight.requests).padStart(18)}`,
  );
  return [header, ...rows].join("\n");
}

async function main(argv: string[]): Promise<number> {
  const verbose = argv.includes("--files");
  const pages = argv.filter((argument) => !argument.startsWith("--"));
  const weights = (pages.length > 0 ? pages : ["/"]).map((page) =>
    measurePage(path.resolve("public"), page.endsWith("/") ? page : `${page}/`),
  );
  console.log(formatWeights(weights));
  if (verbose) {
    for (const weight of weights) {
      for (const file of weight.files)
        console.log(`${kilobytes(file.gzip)}  ${file.kind.padEnd(10)} ${file.file}`);
      const otherFormats = weight.fontFiles.filter((font) => font.format !== "woff2");
      if (otherFormats.length > 0) {
        console.log(`  ${otherFormats.length} font sources in other formats than woff2`);
      }
      for (const uri of weight.dataUris) {
        const encoding = uri.base64 ? "base64" : "text";
        console.log(`  data: URI in ${uri.in}: ${uri.mediaType}, ${encoding}, ${uri.length} chars`);
      }
    }
  }
  return 0;
}

runIfEntryPoint(import.meta.url, main);
