import { graphql, useStaticQuery } from "gatsby";
import type { SiteMetadata } from "../site-config";

/**
 * Site metadata as Gatsby saw it at build time. Components read it from here rather than
 * importing `src/site-config.ts`, whose `SITE_URL` override is only visible to the build.
 */
export function useSiteMetadata(): SiteMetadata {
  const data = useStaticQuery<Queries.SiteMetadataQuery>(graphql`
    query SiteMetadata {
      site {
        siteMetadata {
          title
          description
          author
          siteUrl
          defaultLang
        }
      }
    }
  `);
  const metadata = data.site?.siteMetadata;
  if (!metadata?.title || !metadata.description || !metadata.siteUrl) {
    throw new Error("gatsby-config.ts must set siteMetadata.title, description and siteUrl");
  }
  return {
    title: metadata.title,
    description: metadata.description,
    author: metadata.author ?? "",
    siteUrl: metadata.siteUrl,
    defaultLang: metadata.defaultLang ?? "en",
  };
}
