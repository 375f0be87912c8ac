/** Where a translation is served: its language's folder, then the original's own address. */

/** `/ja/my-post/` for the Japanese version of `/my-post/`; `/ja/2019/05/x/` for `/2019/05/x/`. */
export function translationSlug(languageSegment: string, originalSlug: string): string {
  return `/${languageSegment}${originalSlug.startsWith("/") ? originalSlug : `/${originalSlug}`}`;
}

/** The list of one language's posts and translations, and the folder of its feeds: `/ja/`. */
export function languageListPath(languageSegment: string): string {
  return `/${languageSegment}/`;
}

/** `/ja/rss.xml` and `/ja/feed.json`. */
export function languageFeedPaths(languageSegment: string): { rss: string; json: string } {
  return { rss: `/${languageSegment}/rss.xml`, json: `/${languageSegment}/feed.json` };
}
