import ownerConfig from "../site.config";
import { resolveSiteConfig } from "./lib/site-config/resolve";
import type { SiteConfig } from "./lib/site-config/types";

/**
 * The owner's settings (site.config.ts) as this build sees them, environment overrides applied.
 * Build code imports it; components read `siteMetadata` through useSiteMetadata(), because
 * the environment is only visible to the build, not to the browser bundle.
 */
export const site: SiteConfig = resolveSiteConfig(ownerConfig, process.env);

/** What Gatsby's `siteMetadata` holds, for components and plugins. */
export interface SiteMetadata {
  title: string;
  description: string;
  author: string;
  /** Absolute origin the site is served from, without a trailing slash. */
  siteUrl: string;
  /** Language of pages that do not say otherwise (BCP 47). */
  defaultLang: string;
}

export const siteMetadata: SiteMetadata = {
  title: site.title,
  description: site.description,
  author: site.author,
  siteUrl: site.siteUrl,
  defaultLang: site.language,
};
