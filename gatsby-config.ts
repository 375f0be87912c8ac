import type { GatsbyConfig } from "gatsby";
import path from "node:path";
import { siteMetadata } from "./src/site-metadata";
import { contentWidthPx, imageBreakpointsPx } from "./src/lib/layout-constants";

const config: GatsbyConfig = {
  siteMetadata: { ...siteMetadata },
  // Query types are regenerated on every build, so a stale `src/gatsby-types.d.ts` cannot pass.
  graphqlTypegen: { typesOutputPath: "src/gatsby-types.d.ts", generateOnBuild: true },
  trailingSlash: "always",
  jsxRuntime: "automatic",
  plugins: [
    "gatsby-plugin-image",
    "gatsby-plugin-sharp",
    "gatsby-transformer-sharp",
    {
      resolve: "gatsby-source-filesystem",
      options: { name: "blog", path: path.resolve("content/blog") },
    },
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
              loading: "lazy",
              decoding: "async",
            },
          },
          {
            resolve: "gatsby-remark-copy-linked-files",
            options: { ignoreFileExtensions: ["png", "jpg", "jpeg", "webp", "avif"] },
          },
          {
            resolve: "gatsby-remark-katex",
            // `trust: false` keeps \href{javascript:…} and \includegraphics from making live links.
            options: { trust: false, strict: "ignore", output: "htmlAndMathml" },
          },
        ],
      },
    },
  ],
};

export default config;
