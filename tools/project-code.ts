/**
 * The files and folders of the project that a build is made from, besides `content/` and
 * `node_modules/`: what a copy of the project needs so that it builds exactly like the checkout.
 * Test fixture sites and the benchmark build in such copies, with posts of their own.
 */
export const PROJECT_CODE_ENTRIES: readonly string[] = [
  "package.json",
  "tsconfig.json",
  "gatsby-config.ts",
  "gatsby-node.ts",
  "gatsby-browser.tsx",
  "gatsby-ssr.tsx",
  "site.config.ts",
  "src",
  "plugins",
  "scripts",
  "static",
];
