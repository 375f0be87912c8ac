import fs from "node:fs";
import path from "node:path";
import { absoluteUrl } from "../lib/head/absolute-url";
import { jsonFeed } from "../lib/feeds/json-feed";
import { rssFeed } from "../lib/feeds/rss";
import { robotsTxt } from "../lib/feeds/robots";
import { sitemapXml } from "../lib/feeds/sitemap";
import type { FeedPost, FeedSite, SitemapEntry } from "../lib/feeds/types";
import type { SiteMetadata } from "../site-config";

export interface BuiltPost {
  slug: string;
  title: string;
  published: string;
  updated: string | null;
  description: string | null;
  html: string;
  tags: string[];
  lang: string;
  author: string | null;
}

/** Pages that exist for hosting but are not content: never in the sitemap. */
const UNLISTED_PAGES = new Set(["/404/", "/404.html", "/dev-404-page/"]);

/**
 * Writes `rss.xml`, `feed.json`, `sitemap.xml` and `robots.txt` into `publicFolder`. Posts come
 * newest first, the feeds keep the newest `feedLength` of them, and every URL carries
 * `pathPrefix`.
 */
export function writeFeedFiles(options: {
  site: SiteMetadata;
  pathPrefix: string;
  posts: readonly BuiltPost[];
  pagePaths: readonly string[];
  publicFolder: string;
  feedLength: number;
}): void {
  const { site, pathPrefix, posts, pagePaths, publicFolder, feedLength } = options;
  const url = (sitePath: string) => absoluteUrl(site.siteUrl, `${pathPrefix}${sitePath}`);
  const feedSite: FeedSite = {
    title: site.title,
    description: site.description,
    homeUrl: url("/"),
    rssUrl: url("/rss.xml"),
    jsonFeedUrl: url("/feed.json"),
    lang: site.defaultLang,
    author: site.author,
  };
  const feedPosts: FeedPost[] = posts.map((post) => ({
    title: post.title,
    url: url(post.slug),
    published: post.published,
    updated: post.updated,
    description: post.description,
    html: post.html,
    tags: post.tags,
    lang: post.lang,
    author: post.author,
  }));

  const lastmodBySlug = new Map(posts.map((post) => [post.slug, post.updated ?? post.published]));
  const newest = posts[0] ? (posts[0].updated ?? posts[0].published) : null;
  const entries: SitemapEntry[] = pagePaths
    .filter((pagePath) => !UNLISTED_PAGES.has(pagePath))
    .map((pagePath) => ({ url: url(pagePath), lastmod: lastmodBySlug.get(pagePath) ?? newest }));

  const write = (name: string, text: string) =>
    fs.writeFileSync(path.join(publicFolder, name), text, "utf8");
  // Readers poll feeds, so each poll downloads the whole file: whole posts make it grow by
  // some 30 kB a post, and making each entry's HTML is the slowest step after the pages.
  const feedOptions = { limit: feedLength };
  write("rss.xml", rssFeed(feedSite, feedPosts, feedOptions));
  write("feed.json", jsonFeed(feedSite, feedPosts, feedOptions));
  write("sitemap.xml", sitemapXml(entries));
  write("robots.txt", robotsTxt(url("/sitemap.xml")));
}
