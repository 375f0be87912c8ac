import type { GatsbyConfig } from "gatsby";
import fs from "node:fs";
import path from "node:path";
import { CONTENT_FOLDER, PAGES_FOLDER, PAGES_SOURCE_NAME } from "./src/lib/posts/content-folder";
import { site, siteMetadata } from "./src/site-config";
import { remarkTransformerOptions } from "./src/lib/markdown/dialect";

const config: GatsbyConfig = {
  siteMetadata: { ...siteMetadata },
  // Query types are regenerated on every build, so a stale `src/gatsby-types.d.ts` cannot pass.
  graphqlTypegen: { typesOutputPath: "src/gatsby-types.d.ts", generateOnBuild: true },
  // Applied when built with --prefix-paths, which `npm run build` adds when there is a prefix.
  pathPrefix: site.pathPrefix || undefined,
  trailingSlash: "always",
  jsxRuntime: "automatic",
  plugins: [
    {
      resolve: "gatsby-plugin-manifest",
      options: {
        name: siteMetadata.title,
        short_name: siteMetadata.title,
        description: siteMetadata.description,
        lang: siteMetadata.defaultLang,
        start_url: "/",
        display: "minimal-ui",
        background_color: site.colours.background,
        theme_color: site.colours.brand,
        // One source drawing; the plugin writes the favicon, apple-touch-icon and manifest icons.
        icon: "src/images/icon.svg",
        icons: [
          { src: "icons/icon-192x192.png", sizes: "192x192", type: "image/png" },
          { src: "icons/icon-512x512.png", sizes: "512x512", type: "image/png" },
          { src: "icons/apple-touch-icon.png", sizes: "180x180", type: "image/png" },
        ],
        include_favicon: true,
        // Without it the plugin adds one apple-touch-icon link per size to every page; the Seo
        // component links the single 180-px icon iOS uses.
        legacy: false,
        cache_busting_mode: "none",
      },
    },
    "gatsby-plugin-sharp",
    "gatsby-transformer-sharp",
    {
      resolve: "gatsby-source-filesystem",
      options: { name: "blog", path: path.resolve(CONTENT_FOLDER) },
    },
    // Pages that are not posts (content/pages/about.md -> /about/); optional, as the source
    // plugin stops the build on a folder that does not exist.
    ...(fs.existsSync(PAGES_FOLDER)
      ? [
          {
            resolve: "gatsby-source-filesystem",
            options: { name: PAGES_SOURCE_NAME, path: path.resolve(PAGES_FOLDER) },
          },
        ]
      : []),
    // The Markdown dialect (parser features, KaTeX options, the remark plugin chain) is
    // declared in src/lib/markdown/dialect.ts, which the content check reads too.
    {
      resolve: "gatsby-transformer-remark",
      options: remarkTransformerOptions(site.math, site.citations, site.language),
    },
  ],
};

export default config;
