/**
 * The part of Gatsby's `public/webpack.stats.json` that decides what a page's `<head>` carries:
 * the files of each named chunk (the app, one chunk per template) and the files those chunks
 * prefetch or preload.
 */
export interface WebpackStats {
  assetsByChunkName?: Record<string, readonly string[]>;
  childAssetsByChunkName?: Record<string, Record<string, readonly string[]>>;
}

const byName = (names: Iterable<string>): string[] => [...new Set(names)].sort();

/**
 * Every stylesheet of this build that a page can inline, by file name (`styles.<hash>.css`).
 * The names carry a hash of their content, so a stylesheet edit changes this list.
 */
export function buildStylesheets(stats: WebpackStats): string[] {
  const names = [
    ...Object.values(stats.assetsByChunkName ?? {}).flat(),
    ...Object.values(stats.childAssetsByChunkName ?? {}).flatMap((byRel) =>
      Object.values(byRel).flat(),
    ),
  ];
  return byName(names.filter((name) => name.endsWith(".css")));
}

/** The stylesheets every page inlines, whatever its template: those of the app chunk. */
export function sharedStylesheets(stats: WebpackStats): string[] {
  return byName((stats.assetsByChunkName?.app ?? []).filter((name) => name.endsWith(".css")));
}

/**
 * The files named in a page's own HTML rather than in a slice: its inlined stylesheets and the
 * `<link>`s Gatsby adds for prefetched or preloaded chunks. Scripts are not listed: with slices,
 * Gatsby writes them into a shared slice that it rewrites whenever they change.
 */
export function pageHeadAssets(stats: WebpackStats): string[] {
  const linked = Object.values(stats.childAssetsByChunkName ?? {}).flatMap((byRel) =>
    Object.values(byRel).flat(),
  );
  return byName([...buildStylesheets(stats), ...linked]);
}
