/**
 * Files the browser bundle writes into public/, as Gatsby names them: `app-<hash>.js`,
 * `454-<hash>.js`, `styles.<hash>.css`, with their `.map` and `.LICENSE.txt` files beside them.
 */
const BUNDLE_FILE = /^[^/]+[-.][0-9a-f]{20}\.(?:js|css)(?:\.map|\.LICENSE\.txt)?$/;
/** Fonts and other files that stylesheets and scripts import: `static/<name>-<hash>.<ext>`. */
const IMPORTED_FILE = /^static\/[^/]+-[0-9a-f]{32}\.[0-9a-z]+$/;

/** Whether a path in public/ (relative, `/`-separated) is one webpack writes for the browser. */
export function isBrowserBundleFile(relativePath: string): boolean {
  return BUNDLE_FILE.test(relativePath) || IMPORTED_FILE.test(relativePath);
}

export interface BundleOutputConfig {
  output?: Record<string, unknown>;
}

/**
 * Has webpack remove the browser bundle files of earlier builds from public/. Every edit of a
 * stylesheet or script gives its bundle a new name, and Gatsby never removes the old one, so a
 * cached build would pile them up where a clean build has only the current ones.
 *
 * webpack knows exactly which files its build produced, cached ones included; everything that
 * is not named like a bundle file (pages, page data, images, feeds, the site's static/ files) is
 * kept whatever webpack thinks of it.
 */
export function removeStaleBundles(config: BundleOutputConfig): void {
  config.output = {
    ...config.output,
    clean: { keep: (relativePath: string) => !isBrowserBundleFile(relativePath) },
  };
}
