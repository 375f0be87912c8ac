// gatsby-remark-katex ships no types; this plugin takes only its parser plugins from it.
declare module "gatsby-remark-katex" {
  import type { Plugin } from "unified";

  /** remark-math, for gatsby-transformer-remark's parser. */
  export function setParserPlugins(): Plugin[];
}
