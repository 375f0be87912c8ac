/** Structured data for search engines (schema.org), built from plain values. */

export interface BlogPostingInput {
  url: string;
  headline: string;
  description: string | null;
  imageUrl: string | null;
  published: string;
  modified: string | null;
  authorName: string;
  publisherName: string;
  publisherUrl: string;
  lang: string;
  keywords: readonly string[];
}

export function blogPostingJsonLd(post: BlogPostingInput): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "BlogPosting",
    headline: post.headline,
    ...(post.description ? { description: post.description } : {}),
    ...(post.imageUrl ? { image: [post.imageUrl] } : {}),
    datePublished: post.published,
    dateModified: post.modified ?? post.published,
    author: { "@type": "Person", name: post.authorName },
    publisher: { "@type": "Organization", name: post.publisherName, url: post.publisherUrl },
    mainEntityOfPage: { "@type": "WebPage", "@id": post.url },
    url: post.url,
    inLanguage: post.lang,
    ...(post.keywords.length > 0 ? { keywords: post.keywords.join(", ") } : {}),
  };
}

export interface WebSiteInput {
  url: string;
  name: string;
  description: string;
  lang: string;
}

export function webSiteJsonLd(site: WebSiteInput): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    name: site.name,
    description: site.description,
    url: site.url,
    inLanguage: site.lang,
  };
}

/**
 * JSON for a `<script type="application/ld+json">`. `<` is escaped so that a title containing
 * `</script>` cannot end the script element early; JSON parsers read `\u003c` as `<`.
 */
export function serializeJsonLd(data: Record<string, unknown>): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
