import type { ReactNode } from "react";
import { useSiteMetadata } from "../hooks/use-site-metadata";

interface SeoProps {
  /** The page's own title; the site title is appended. Omit on the home page. */
  title?: string;
  description?: string | null;
  lang?: string;
  /** Site-relative URL of the page's social image, such as a post's `featuredImage`. */
  imagePath?: string | null;
  children?: ReactNode;
}

/** The `<head>` of a page, rendered through Gatsby's Head API. */
export function Seo({ title, description, lang, imagePath, children }: SeoProps) {
  const site = useSiteMetadata();
  const fullTitle = title ? `${title} | ${site.title}` : site.title;
  return (
    <>
      <html lang={lang ?? site.defaultLang} />
      <title>{fullTitle}</title>
      <meta name="description" content={description ?? site.description} />
      <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
      {imagePath && <meta property="og:image" content={new URL(imagePath, site.siteUrl).href} />}
      {children}
    </>
  );
}
