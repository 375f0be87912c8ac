import type { ReactNode } from "react";
import { useSiteMetadata } from "../hooks/use-site-metadata";

interface SeoProps {
  /** The page's own title; the site title is appended. Omit on the home page. */
  title?: string;
  description?: string | null;
  lang?: string;
  children?: ReactNode;
}

/** The `<head>` of a page, rendered through Gatsby's Head API. */
export function Seo({ title, description, lang, children }: SeoProps) {
  const site = useSiteMetadata();
  const fullTitle = title ? `${title} | ${site.title}` : site.title;
  return (
    <>
      <html lang={lang ?? site.defaultLang} />
      <title>{fullTitle}</title>
      <meta name="description" content={description ?? site.description} />
      {children}
    </>
  );
}
