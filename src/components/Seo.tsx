import { withPrefix } from "gatsby";
import type { ReactNode } from "react";
import { useSiteMetadata } from "../hooks/use-site-metadata";
import { absoluteUrl } from "../lib/head/absolute-url";
import { blogPostingJsonLd, serializeJsonLd, webSiteJsonLd } from "../lib/head/json-ld";
import { openGraphLocale } from "../lib/head/locale";
import { textDirection } from "../lib/i18n/text-direction";
import { GENERATED_CARD_SIZE, HOME_CARD_PATH } from "../lib/og-image/social-image-paths";
import { languageFeedPaths } from "../lib/translations/translation-path";
import type { Alternate } from "../lib/translations/versions";

/** An image for link previews, as served by this site. */
export interface SocialImage {
  /** Site path without the path prefix, such as `/og/home.png`. */
  path: string;
  width: number;
  height: number;
  /** MIME type of the file served, such as `image/png`. */
  type: string;
  alt: string;
}

export interface ArticleMeta {
  published: string;
  modified: string | null;
  tags: readonly string[];
  author: string;
}

interface SeoProps {
  /** The page's own title; the site title is appended. Omit on the home page. */
  title?: string;
  description?: string | null;
  /** Site path of the page without the path prefix, such as `/representation_learning/`. */
  pathname: string;
  lang?: string;
  /** The page's own social image; pages without one share the site's card. */
  image?: SocialImage | null;
  /** Present on post pages: makes the page an `article` with its dates, tags and JSON-LD. */
  article?: ArticleMeta | null;
  /** Pages that must stay out of search results, such as the 404 page. */
  noindex?: boolean;
  /** The page's versions in other languages, itself included, and `x-default`. */
  alternates?: readonly Alternate[];
  /** The address segment of the language whose feeds (`/ja/rss.xml`) this page advertises too. */
  languageFeed?: string | null;
  children?: ReactNode;
}

/** The `<head>` of a page, rendered through Gatsby's Head API. Every URL in it is absolute. */
export function Seo({
  title,
  description,
  pathname,
  lang,
  image: ownImage,
  article,
  noindex,
  alternates = [],
  languageFeed = null,
  children,
}: SeoProps) {
  const site = useSiteMetadata();
  const absolute = (sitePath: string) => absoluteUrl(site.siteUrl, withPrefix(sitePath));
  const pageTitle = title ?? site.title;
  const fullTitle = title ? `${title} | ${site.title}` : site.title;
  const summary = description ?? site.description;
  const language = lang ?? site.defaultLang;
  const url = absolute(pathname);
  const image: SocialImage = ownImage ?? {
    path: HOME_CARD_PATH,
    ...GENERATED_CARD_SIZE,
    type: "image/png",
    alt: `${site.title}: ${site.description}`,
  };
  const imageUrl = absolute(image.path);
  const jsonLd = article
    ? blogPostingJsonLd({
        url,
        headline: pageTitle,
        description: description ?? null,
        imageUrl,
        published: article.published,
        modified: article.modified,
        authorName: article.author,
        publisherName: site.title,
        publisherUrl: absolute("/"),
        lang: language,
        keywords: article.tags,
      })
    : pathname === "/"
      ? webSiteJsonLd({ url, name: site.title, description: site.description, lang: language })
      : null;

  return (
    <>
      {/* The whole page reads in its language: Persian, Arabic and Hebrew right to left. */}
      <html lang={language} dir={textDirection(language)} />
      <title>{fullTitle}</title>
      <meta name="description" content={summary} />
      <link rel="apple-touch-icon" href={withPrefix("/icons/apple-touch-icon.png")} />
      {noindex ? <meta name="robots" content="noindex" /> : <link rel="canonical" href={url} />}
      <link
        rel="alternate"
        type="application/rss+xml"
        title={`${site.title} (RSS)`}
        href={absolute("/rss.xml")}
      />
      <link
        rel="alternate"
        type="application/feed+json"
        title={`${site.title} (JSON Feed)`}
        href={absolute("/feed.json")}
      />
      {alternates.map((alternate) => (
        <link
          key={alternate.hreflang}
          rel="alternate"
          hrefLang={alternate.hreflang}
          href={absolute(alternate.slug)}
        />
      ))}
      {languageFeed && (
        <>
          <link
            rel="alternate"
            type="application/rss+xml"
            title={`${site.title} (${languageFeed}, RSS)`}
            href={absolute(languageFeedPaths(languageFeed).rss)}
          />
          <link
            rel="alternate"
            type="application/feed+json"
            title={`${site.title} (${languageFeed}, JSON Feed)`}
            href={absolute(languageFeedPaths(languageFeed).json)}
          />
        </>
      )}
      <meta property="og:type" content={article ? "article" : "website"} />
      <meta property="og:title" content={pageTitle} />
      <meta property="og:description" content={summary} />
      <meta property="og:url" content={url} />
      <meta property="og:site_name" content={site.title} />
      <meta property="og:locale" content={openGraphLocale(language)} />
      <meta property="og:image" content={imageUrl} />
      <meta property="og:image:width" content={String(image.width)} />
      <meta property="og:image:height" content={String(image.height)} />
      <meta property="og:image:type" content={image.type} />
      <meta property="og:image:alt" content={image.alt} />
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:title" content={pageTitle} />
      <meta name="twitter:description" content={summary} />
      <meta name="twitter:image" content={imageUrl} />
      <meta name="twitter:image:alt" content={image.alt} />
      {article && (
        <>
          <meta property="article:published_time" content={article.published} />
          {article.modified && <meta property="article:modified_time" content={article.modified} />}
          <meta property="article:author" content={article.author} />
          {article.tags.map((tag) => (
            <meta key={tag} property="article:tag" content={tag} />
          ))}
        </>
      )}
      {jsonLd && (
        <script
          type="application/ld+json"
          dangerouslySetInnerHTML={{ __html: serializeJsonLd(jsonLd) }}
        />
      )}
      {children}
    </>
  );
}
