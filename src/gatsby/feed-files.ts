import fs from "node:fs";
import path from "node:path";
import { absoluteUrl } from "../lib/head/absolute-url";
import { jsonFeed } from "../lib/feeds/json-feed";
import { rssFeed } from "../lib/feeds/rss";
import { robotsTxt } from "../lib/feeds/robots";
import { sitemapXml } from "../lib/feeds/sitemap";
import type { FeedPost, FeedSite, SitemapEntry } from "../lib/feeds/types";
import { endonym } from "../lib/translations/endonym";
import { languageLists } from "../lib/translations/language-lists";
import { languageFeedPaths } from "../lib/translations/translation-path";
import { alternatesOf, versionGroups } from "../lib/translations/versions";
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
  /** The original's slug (an original's own). */
  original?: string;
  isTranslation?: boolean;
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
  const feedPost = (post: BuiltPost): FeedPost => ({
    title: post.title,
    url: url(post.slug),
    published: post.published,
    updated: post.updated,
    description: post.description,
    html: post.html,
    tags: post.tags,
    lang: post.lang,
    author: post.author,
  });
  // The site's own feeds carry each post once, in its original language, as the home page does.
  const feedPosts = posts.filter((post) => post.isTranslation !== true).map(feedPost);
  const groups = versionGroups(
    posts.map((post) => ({
      slug: post.slug,
      lang: post.lang,
      original: post.original ?? post.slug,
      isTranslation: post.isTranslation === true,
    })),
  );
  const alternatesBySlug = new Map(
    posts.map((post) => [
      post.slug,
      alternatesOf(groups.get(post.original ?? post.slug) ?? []).map((alternate) => ({
        hreflang: alternate.hreflang,
        url: url(alternate.slug),
      })),
    ]),
  );

  const lastmodBySlug = new Map(posts.map((post) => [post.slug, post.updated ?? post.published]));
  const newest = posts[0] ? (posts[0].updated ?? posts[0].published) : null;
  const entries: SitemapEntry[] = pagePaths
    .filter((pagePath) => !UNLISTED_PAGES.has(pagePath))
    .map((pagePath) => ({
      url: url(pagePath),
      lastmod: lastmodBySlug.get(pagePath) ?? newest,
      alternates: alternatesBySlug.get(pagePath) ?? [],
    }));

  const write = (name: string, text: string) =>
    fs.writeFileSync(path.join(publicFolder, name), text, "utf8");
  // Readers poll feeds, so each poll downloads the whole file: whole posts make it grow by
  // some 30 kB a post, and making each entry's HTML is the slowest step after the pages.
  const feedOptions = { limit: feedLength };
  write("rss.xml", rssFeed(feedSite, feedPosts, feedOptions));
  write("feed.json", jsonFeed(feedSite, feedPosts, feedOptions));
  write("sitemap.xml", sitemapXml(entries));
  write("robots.txt", robotsTxt(url("/sitemap.xml")));

  // Each language of a site with translations has feeds of its own, beside its list (`/ja/`).
  for (const list of languageLists(
    posts.map((post) => ({ ...post, isTranslation: post.isTranslation === true })),
  )) {
    const feeds = languageFeedPaths(list.segment);
    const languagePosts = posts.filter((post) => list.slugs.includes(post.slug)).map(feedPost);
    const languageSite: FeedSite = {
      ...feedSite,
      title: `${site.title} (${endonym(list.lang)})`,
      homeUrl: url(list.path),
      rssUrl: url(feeds.rss),
      jsonFeedUrl: url(feeds.json),
      lang: list.lang,
    };
    fs.mkdirSync(path.join(publicFolder, list.segment), { recursive: true });
    write(feeds.rss.slice(1), rssFeed(languageSite, languagePosts, feedOptions));
    write(feeds.json.slice(1), jsonFeed(languageSite, languagePosts, feedOptions));
  }
}
