import type { FeedOptions, FeedPost, FeedSite } from "./types";
import { feedHtml } from "./feed-html";
import { postSummary } from "./plain-text";
import type { DatedPost } from "./post-order";
import { lastChange, newestFirst } from "./post-order";
import { toRfc822 } from "./timestamps";
import { cdata, escapeXml, textElement } from "./xml";

const NAMESPACES = {
  "xmlns:atom": "http://www.w3.org/2005/Atom",
  "xmlns:content": "http://purl.org/rss/1.0/modules/content/",
  "xmlns:dc": "http://purl.org/dc/elements/1.1/",
} as const;

/** BCP 47 tags compare case-insensitively ("en-US" is "en-us"). */
function sameLanguage(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * Indents lines without splitting them: a line may hold post HTML with newlines of its own, and
 * indenting inside it would change the content of `<pre>` blocks.
 */
function indent(lines: readonly string[]): string[] {
  return lines.map((line) => `  ${line}`);
}

function itemLines(site: FeedSite, { post, published }: DatedPost): string[] {
  const lines = [
    textElement("title", post.title),
    textElement("link", post.url),
    textElement("guid", post.url, { isPermaLink: "true" }),
    textElement("pubDate", toRfc822(published)),
    textElement("description", postSummary(post)),
    textElement("dc:creator", post.author ?? site.author),
    ...post.tags.map((tag) => textElement("category", tag)),
  ];
  // Only when it differs, so a reader falls back to the channel's language otherwise.
  if (!sameLanguage(post.lang, site.lang)) lines.push(textElement("dc:language", post.lang));
  lines.push(`<content:encoded>${cdata(feedHtml(post.html, post.url))}</content:encoded>`);
  return ["<item>", ...indent(lines), "</item>"];
}

/**
 * An RSS 2.0 feed carrying whole posts (`content:encoded`), newest first. Every date in it comes
 * from the posts, so the same posts always give the same bytes.
 */
export function rssFeed(site: FeedSite, posts: FeedPost[], options: FeedOptions = {}): string {
  const items = newestFirst(posts, options.limit);
  const updated = lastChange(items);
  const channel = [
    textElement("title", site.title),
    textElement("link", site.homeUrl),
    textElement("description", site.description),
    textElement("language", site.lang),
    ...(updated === null ? [] : [textElement("lastBuildDate", toRfc822(updated))]),
    `<atom:link href="${escapeXml(site.rssUrl)}" rel="self" type="application/rss+xml"/>`,
    ...items.flatMap((item) => itemLines(site, item)),
  ];
  const namespaces = Object.entries(NAMESPACES)
    .map(([name, uri]) => ` ${name}="${uri}"`)
    .join("");
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<rss version="2.0"${namespaces}>`,
    ...indent(["<channel>", ...indent(channel), "</channel>"]),
    "</rss>",
    "",
  ].join("\n");
}
