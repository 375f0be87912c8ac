/**
 * robots.txt allowing every crawler everywhere and pointing them at the sitemap. The sitemap URL
 * must be absolute (crawlers ignore relative ones) and on one line (a newline would let it add
 * rules of its own).
 */
export function robotsTxt(sitemapUrl: string): string {
  const url = sitemapUrl.trim();
  if (/\s/.test(url) || !URL.canParse(url)) {
    throw new Error(`robots.txt needs an absolute sitemap URL, got "${sitemapUrl}"`);
  }
  return `User-agent: *\nAllow: /\n\nSitemap: ${url}\n`;
}
