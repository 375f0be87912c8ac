import type { FeedOptions, FeedPost, FeedSite } from "./types";
import { feedHtml } from "./feed-html";
import { postSummary } from "./plain-text";
import type { DatedPost } from "./post-order";
import { newestFirst } from "./post-order";
import { toRfc3339 } from "./timestamps";

export const JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1";

export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  content_html: string;
  summary: string;
  date_published: string;
  date_modified?: string;
  tags: string[];
  language: string;
  authors: { name: string }[];
}

export interface JsonFeedDocument {
  version: typeof JSON_FEED_VERSION;
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  authors: { name: string }[];
  items: JsonFeedItem[];
}

// Objects are built literal by literal, in the order the spec lists the fields, so the output
// key order is fixed and diffs between builds show only real changes.
function jsonFeedItem(site: FeedSite, { post, published, updated }: DatedPost): JsonFeedItem {
  return {
    // The URL is already unique and permanent; JSON Feed asks for nothing more of an id.
    id: post.url,
    url: post.url,
    title: post.title,
    content_html: feedHtml(post.html, post.url),
    summary: postSummary(post),
    date_published: toRfc3339(published),
    ...(updated === null ? {} : { date_modified: toRfc3339(updated) }),
    tags: [...post.tags],
    language: post.lang,
    authors: [{ name: post.author ?? site.author }],
  };
}

/** The feed as a plain object, for callers that want to inspect or extend it before writing. */
export function jsonFeedDocument(
  site: FeedSite,
  posts: FeedPost[],
  options: FeedOptions = {},
): JsonFeedDocument {
  return {
    version: JSON_FEED_VERSION,
    title: site.title,
    home_page_url: site.homeUrl,
    feed_url: site.jsonFeedUrl,
    description: site.description,
    language: site.lang,
    authors: [{ name: site.author }],
    items: newestFirst(posts, options.limit).map((post) => jsonFeedItem(site, post)),
  };
}

/** A JSON Feed 1.1 carrying whole posts, newest first, pretty-printed with a final newline. */
export function jsonFeed(site: FeedSite, posts: FeedPost[], options: FeedOptions = {}): string {
  return `${JSON.stringify(jsonFeedDocument(site, posts, options), null, 2)}\n`;
}
