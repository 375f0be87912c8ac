export type { FeedOptions, FeedPost, FeedSite, SitemapEntry } from "./types";
export { feedHtml } from "./feed-html";
export { jsonFeed, jsonFeedDocument } from "./json-feed";
export { robotsTxt } from "./robots";
export { rssFeed } from "./rss";
export { sitemapXml } from "./sitemap";
