/** The site-wide facts every feed repeats in its header. */
export interface FeedSite {
  title: string;
  description: string;
  /**
   * Absolute URL of the site's home page, including any path prefix, ending in "/",
   * e.g. "https://blog.example.com/" or "https://user.github.io/blog/"
   */
  homeUrl: string;
  /** Absolute URLs of the feeds themselves */
  rssUrl: string;
  jsonFeedUrl: string;
  /** Site default language, BCP 47, e.g. "en" */
  lang: string;
  author: string;
}

/** One built post, as the feeds need it. */
export interface FeedPost {
  title: string;
  /** Absolute URL of the post page */
  url: string;
  /** ISO 8601 timestamps */
  published: string;
  updated: string | null;
  description: string | null;
  /**
   * The post body HTML as rendered on the site: URLs are site-absolute ("/static/x.png",
   * "/other-post/") or relative, never with the origin
   */
  html: string;
  tags: string[];
  lang: string;
  /** The post's author when it is not the site's. */
  author?: string | null;
}

export interface SitemapEntry {
  url: string;
  /** ISO 8601 date or timestamp */
  lastmod: string | null;
  /** The page's versions in other languages (itself and `x-default` included), as absolute URLs. */
  alternates?: ReadonlyArray<{ hreflang: string; url: string }>;
}

export interface FeedOptions {
  /** Keep only this many of the newest posts; all posts when absent. */
  limit?: number;
}
