import type { GatsbyBrowser } from "gatsby";
import "./src/styles/global.css";
import "./src/styles/code.css";
import "./src/styles/markdown.css";
import "./src/styles/embeds.css";
import "./src/styles/lists.css";
import "./src/styles/post.css";
import "./src/styles/search.css";
import "./src/styles/cross-references.css";
import "./src/styles/citations.css";
import { setupCopyCode } from "./src/browser/copy-code";
import { setupCopyTex } from "./src/browser/copy-tex";
import { setupEmbeds } from "./src/browser/embeds";
import { setupPreviews } from "./src/browser/previews";
import { setupSearch } from "./src/browser/search";
import { setupThemeToggle } from "./src/browser/theme-toggle";
import { setupTocTracking } from "./src/browser/toc-tracking";

export const onRouteUpdate: GatsbyBrowser["onRouteUpdate"] = () => {
  setupThemeToggle(document);
  setupCopyCode(document);
  setupEmbeds(document);
  setupTocTracking(document);
  setupSearch(document);
  setupPreviews(document);
  setupCopyTex(document);
};
