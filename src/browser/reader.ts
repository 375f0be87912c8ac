/**
 * The whole client of a site built without Gatsby's runtime (`clientRuntime: "none"`): the same
 * modules that `gatsby-browser.tsx` runs on each route change, run once per page load. The build
 * bundles this file on its own (src/gatsby/reader-script.ts) and loads it with `defer`, so the
 * document is parsed when it runs.
 */
import { setupCopyCode } from "./copy-code";
import { setupCopyTex } from "./copy-tex";
import { setupEmbeds } from "./embeds";
import { setupPreviews } from "./previews";
import { setupSearch } from "./search";
import { setupThemeToggle } from "./theme-toggle";
import { setupTocTracking } from "./toc-tracking";

setupThemeToggle(document);
setupCopyCode(document);
setupEmbeds(document);
setupTocTracking(document);
setupSearch(document);
setupPreviews(document);
setupCopyTex(document);
