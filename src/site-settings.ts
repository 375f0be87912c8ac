import { chooseClientRuntime, type ClientRuntime } from "./lib/reader-mode/client-runtime";

/** Build choices for the whole site, read by gatsby-node.ts (never by components). */
export interface SiteSettings {
  /**
   * "none" (the default) ships pages without Gatsby's client runtime: about 4 kB of JavaScript
   * instead of about 80 kB, and the post body is not downloaded a second time as page data.
   * "gatsby" keeps the runtime, for instant client-side page changes. `CLIENT_RUNTIME=gatsby`
   * overrides this for one build. See "Reader mode" in the README.
   */
  clientRuntime: ClientRuntime;
  /**
   * How many of the newest posts `rss.xml` and `feed.json` carry, whole. Feed readers download
   * the whole file on every poll, so it stays the size of a few posts however many there are.
   */
  feedLength: number;
}

export const siteSettings: SiteSettings = {
  clientRuntime: chooseClientRuntime(process.env.CLIENT_RUNTIME, "none"),
  feedLength: 20,
};
