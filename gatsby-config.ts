import type { GatsbyConfig } from "gatsby";
import fs from "node:fs";
import path from "node:path";
import { CONTENT_FOLDER, PAGES_FOLDER, PAGES_SOURCE_NAME } from "./src/lib/posts/content-folder";
import { site, siteMetadata } from "./src/site-config";
import { contentWidthPx, imageBreakpointsPx } from "./src/lib/markdown/layout-constants";

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
    {
      resolve: "gatsby-transformer-remark",
      options: {
        // Excerpts are not used; skipping them saves a second render of every post.
        excerpt_separator: "<!-- end of excerpt never used -->",
        plugins: [
          // First, so that captions, alt text and sizes are settled before images are replaced
          // by HTML and before copy-linked-files rewrites the relative URLs it reads.
          "gatsby-remark-figures",
          {
            resolve: "gatsby-remark-images",
            options: {
              maxWidth: contentWidthPx,
              srcSetBreakpoints: imageBreakpointsPx,
              withWebp: true,
              linkImagesToOriginal: false,
              backgroundColor: "transparent",
              // The ratio box still reserves the figure's height; without this, a blurred
              // base64 PNG of every figure would be inlined into the page.
              disableBgImage: true,
              loading: "lazy",
              decoding: "async",
            },
          },
          {
            // Ids on headings, so `#anchors` work and each heading has a link readers can copy.
            resolve: "gatsby-remark-autolink-headers",
            options: { elements: ["h2", "h3", "h4"], isIconAfterHeader: true, className: "anchor" },
          },
          {
            resolve: "gatsby-remark-copy-linked-files",
            options: { ignoreFileExtensions: ["png", "jpg", "jpeg", "webp", "avif"] },
          },
          // Code blocks become HTML here, so nothing after (math, punctuation) sees their text.
          "gatsby-remark-code-blocks",
          {
            resolve: "gatsby-remark-katex",
            // `trust: false` keeps \href{javascript:…} and \includegraphics from making live links.
            // Errors never stop the render: `npm run check` and the build's own check report them
            // with file and line first, and `npm run develop` keeps running with the formula in red.
            options: {
              trust: false,
              strict: "ignore",
              output: "htmlAndMathml",
              throwOnError: false,
            },
          },
          // Tables, task lists and footnotes made accessible.
          "gatsby-remark-accessible-gfm",
          // After autolink-headers: heading ids stay those of the text as typed.
          "gatsby-remark-smart-punctuation",
        ],
      },
    },
  ],
};

export default config;
