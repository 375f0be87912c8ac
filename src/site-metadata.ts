/**
 * The one place that describes the site. gatsby-config.ts hands it to Gatsby (plugins read
 * `siteMetadata`), and components import it directly so they need no query for constants.
 */
export interface SiteMetadata {
  title: string;
  description: string;
  author: string;
  /** Absolute origin the site is served from, without a trailing slash. */
  siteUrl: string;
  /** Language of pages that do not say otherwise (BCP 47). */
  defaultLang: string;
}

const DEFAULT_SITE_URL = "https://blog.example.com";

/** `SITE_URL` lets CI build the same sources for another host without editing code. */
function siteUrlFromEnvironment(value: string | undefined): string {
  const url = value && value.trim() !== "" ? value.trim() : DEFAULT_SITE_URL;
  return url.replace(/\/+$/, "");
}

export const siteMetadata: SiteMetadata = {
  title: "Technical Notes",
  description:
    "Notes on machine learning and software, with math typeset at build time and figures drawn for the page.",
  author: "Technical Notes authors",
  siteUrl: siteUrlFromEnvironment(process.env.SITE_URL),
  defaultLang: "en",
};
