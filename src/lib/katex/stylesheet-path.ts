import katexPackage from "katex/package.json";

/** The installed KaTeX's version: the HTML it typesets and the stylesheet served must match. */
export const KATEX_VERSION: string = katexPackage.version;

/**
 * Where the build puts KaTeX's stylesheet and fonts, relative to the site root. The folder is
 * named after the version, so its files never change under one address and can be cached for good.
 */
export function katexAssetFolder(version: string = KATEX_VERSION): string {
  return `katex/${version}`;
}

/** Site path of KaTeX's stylesheet (without the path prefix). */
export function katexStylesheetPath(version: string = KATEX_VERSION): string {
  return `/${katexAssetFolder(version)}/katex.min.css`;
}
